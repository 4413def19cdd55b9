import type { Actor } from '@hotline/contracts-events';
import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import { ProcessedEvents, type EventBus } from '@hotline/platform-event-bus';
import { SqlCheckpointStore } from '@hotline/platform-event-store';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import { eventually, uniqueName } from '@hotline/platform-testing';
import { CaseCountProjection } from './fixtures/case-count-projection';
import { Forwarder } from './forwarder';
import { consumeIntegrationEvents, toBusMessage } from './integration-message';

const actor: Actor = { kind: 'system', id: 'forwarder-test' };
const assigned = (unitCode: string) => ({ type: 'routing.CaseAssigned', actor, data: { unitCode } });

/** A bus that freezes on publish, like a process that died right there. */
function freezingBus(): EventBus & { reachedPublish: Promise<void> } {
  const inner = new InProcessEventBus();
  let reached!: () => void;
  const reachedPublish = new Promise<void>((r) => (reached = r));
  return Object.assign(Object.create(inner) as EventBus, {
    durable: true,
    reachedPublish,
    publish: () => {
      reached();
      return new Promise<void>(() => undefined);
    },
  });
}

describe('forwarder on the embedded adapters (PGlite + in-process bus)', () => {
  let sql: PGliteSqlClient;
  let store: SqlEventStore;
  let projection: CaseCountProjection;

  beforeAll(async () => {
    sql = await PGliteSqlClient.open();
    store = new SqlEventStore(sql);
    projection = new CaseCountProjection(sql, new ProcessedEvents(sql), 'read_model');
    await projection.migrate();
  });
  afterAll(async () => {
    await store.close();
    await sql.close();
  });

  it('publishes each appended event to its context topic, keyed by stream, with the full envelope', async () => {
    const bus = new InProcessEventBus();
    const seen: unknown[] = [];
    await bus.subscribe({ groupId: 'probe', topics: ['hotline.routing.events'], handle: async (m) => void seen.push({ key: m.key, ...JSON.parse(m.value) }) });
    const forwarder = new Forwarder({ store, bus, checkpoints: new SqlCheckpointStore(sql), name: uniqueName('fw'), pollIntervalMs: 20 });
    forwarder.start();
    const { events } = await store.appendToStream('case-publish', [assigned('77')], { expectedRevision: 'no_stream' });
    await forwarder.caughtUp();
    await eventually('the published event', async () => seen.length === 1);
    await forwarder.stop();
    await bus.close();
    expect(seen[0]).toEqual({ key: 'case-publish', ...events[0] });
  });

  it('after a crash between append and publish, the restarted platform applies every event exactly once', async () => {
    // Before the crash: one event is published and applied normally.
    const name = uniqueName('fw');
    const checkpoints = new SqlCheckpointStore(sql);
    const busBefore = new InProcessEventBus();
    const consumer = await consumeIntegrationEvents(busBefore, { groupId: 'case-counts', types: ['routing.CaseAssigned'], handle: projection.apply });
    const first = new Forwarder({ store, bus: busBefore, checkpoints, name, pollIntervalMs: 20 });
    first.start();
    await store.appendToStream('case-crash', [assigned('01')], { expectedRevision: 'no_stream' });
    await first.caughtUp();
    await eventually('the first event applied', async () => (await projection.count('01')) === 1);
    await first.stop();
    await consumer.stop();

    // The process freezes right before publishing the next event, then dies with its bus.
    const frozen = freezingBus();
    new Forwarder({ store, bus: frozen, checkpoints, name, pollIntervalMs: 20 }).start();
    await store.appendToStream('case-crash', [assigned('02')], { expectedRevision: 0 });
    await frozen.reachedPublish;
    expect(await projection.count('02')).toBe(0);

    // Restart: a fresh in-process bus, the same database.
    const busAfter = new InProcessEventBus();
    const restartedConsumer = await consumeIntegrationEvents(busAfter, { groupId: 'case-counts', types: ['routing.CaseAssigned'], handle: projection.apply });
    const restarted = new Forwarder({ store, bus: busAfter, checkpoints, name, pollIntervalMs: 20 });
    restarted.start();
    await restarted.caughtUp();
    await eventually('the event appended before the crash', async () => (await projection.count('02')) === 1);

    // A duplicate delivery (crash after publish, before the checkpoint) changes nothing.
    const [again] = await store.readStream('case-crash', { fromRevision: 1 });
    await busAfter.publish('hotline.routing.events', [toBusMessage(again)]);
    await new Promise((r) => setTimeout(r, 100));
    await restarted.stop();
    await restartedConsumer.stop();
    expect(await projection.count('01')).toBe(1);
    expect(await projection.count('02')).toBe(1);
  });
});
