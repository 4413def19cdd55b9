import type { Actor } from '@hotline/contracts-events';
import { InMemoryCheckpointStore } from '../checkpoint-store';
import { subscribeToAll } from '../catch-up-subscription';
import { DEFAULT_READ_BATCH, WrongExpectedRevisionError, type EventStore, type NewEvent, type RecordedEvent } from '../event-store';
import { verifyChains } from '../hash-chain';
import { verifyStore, verifyStream } from '../store-verification';

const actor: Actor = { kind: 'officer', id: 'officer-1', unitCode: '01' };
const event = (type: string, data: unknown, extra: Partial<NewEvent> = {}): NewEvent => ({ type, data, actor, ...extra });

export interface EventStoreContractHooks {
  open(): Promise<EventStore>;
  /** Closes the store and whatever it was opened on. */
  dispose(store: EventStore): Promise<void>;
  /** Replaces the stored data of one event behind the store's back, to prove tampering is detectable. */
  tamper?(store: EventStore, eventId: string, data: unknown): Promise<void>;
  /** Deletes one stored event behind the store's back. */
  deleteEvent?(store: EventStore, eventId: string): Promise<void>;
}

/** The behaviour every EventStore adapter must show. One suite, run against each adapter. */
export function eventStoreContract(hooks: EventStoreContractHooks): void {
  let store: EventStore;
  let run = 0;
  const stream = (name: string) => `${name}-${process.pid}-${Date.now().toString(36)}-${++run}`;

  beforeAll(async () => {
    store = await hooks.open();
  });
  afterAll(async () => {
    await hooks.dispose(store);
  });

  it('appends to a new stream and reads it back with the full envelope', async () => {
    const id = stream('case');
    const result = await store.appendToStream(
      id,
      [event('routing.CaseOpened', { caseId: id, note: 'Khói bụi ở Phường Hoà Bình' }, { correlationId: 'corr-1', occurredAt: '2026-02-14T00:30:00+07:00' })],
      { expectedRevision: 'no_stream' },
    );
    expect(result.nextExpectedRevision).toBe(0);
    const [read] = await store.readStream(id);
    expect(read).toMatchObject({
      type: 'routing.CaseOpened',
      schemaVersion: 1,
      streamId: id,
      streamRevision: 0,
      occurredAt: '2026-02-13T17:30:00.000Z',
      correlationId: 'corr-1',
      causationId: null,
      actor,
      data: { caseId: id, note: 'Khói bụi ở Phường Hoà Bình' },
      prevHash: null,
    });
    expect(read.eventId).toMatch(/^[0-9a-f-]{36}$/);
    expect(read.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(read.globalPosition).toBe(result.lastGlobalPosition);
    expect(Date.parse(read.recordedAt)).not.toBeNaN();
  });

  it('enforces the expected revision with a clear conflict error and writes nothing on conflict', async () => {
    const id = stream('case');
    await store.appendToStream(id, [event('routing.CaseOpened', { n: 0 })], { expectedRevision: 'no_stream' });
    await expect(store.appendToStream(id, [event('routing.CaseOpened', { n: 'again' })], { expectedRevision: 'no_stream' })).rejects.toThrow(
      WrongExpectedRevisionError,
    );
    await expect(store.appendToStream(id, [event('routing.CaseAssigned', { n: 1 })], { expectedRevision: 5 })).rejects.toThrow(
      /expected revision 5, but the stream is at 0/,
    );
    await expect(store.appendToStream(stream('missing'), [event('routing.CaseAssigned', {})], { expectedRevision: 'stream_exists' })).rejects.toThrow(
      WrongExpectedRevisionError,
    );
    await store.appendToStream(id, [event('routing.CaseAssigned', { n: 1 }), event('routing.CaseAssigned', { n: 2 })], { expectedRevision: 0 });
    await store.appendToStream(id, [event('routing.CaseAssigned', { n: 3 })], { expectedRevision: 'any' });
    expect((await store.readStream(id)).map((e) => e.data)).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('lets exactly one of two concurrent writers win the same revision', async () => {
    const id = stream('race');
    await store.appendToStream(id, [event('routing.CaseOpened', {})], { expectedRevision: 'no_stream' });
    const outcomes = await Promise.allSettled(
      [1, 2].map((n) => store.appendToStream(id, [event('routing.CaseAssigned', { writer: n })], { expectedRevision: 0 })),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(WrongExpectedRevisionError);
    expect(await store.readStream(id)).toHaveLength(2);
  });

  it('reads a stream forwards and backwards, from a revision, with a limit', async () => {
    const id = stream('read');
    await store.appendToStream(id, [0, 1, 2, 3, 4].map((n) => event('routing.CaseAssigned', { n })), { expectedRevision: 'no_stream' });
    const revisions = (events: RecordedEvent[]) => events.map((e) => e.streamRevision);
    expect(revisions(await store.readStream(id))).toEqual([0, 1, 2, 3, 4]);
    expect(revisions(await store.readStream(id, { fromRevision: 2, maxCount: 2 }))).toEqual([2, 3]);
    expect(revisions(await store.readStream(id, { direction: 'backwards' }))).toEqual([4, 3, 2, 1, 0]);
    expect(revisions(await store.readStream(id, { direction: 'backwards', fromRevision: 3, maxCount: 2 }))).toEqual([3, 2]);
    expect(await store.readStream(stream('never-written'))).toEqual([]);
  });

  it('reads all events from a global position, in order', async () => {
    const a = stream('all-a');
    const b = stream('all-b');
    const first = await store.appendToStream(a, [event('routing.CaseOpened', { s: 'a0' })], { expectedRevision: 'no_stream' });
    await store.appendToStream(b, [event('routing.CaseOpened', { s: 'b0' })], { expectedRevision: 'no_stream' });
    await store.appendToStream(a, [event('routing.CaseAssigned', { s: 'a1' })], { expectedRevision: 0 });
    const mine = (await readEverything(store, first.lastGlobalPosition - 1)).filter((e) => e.streamId === a || e.streamId === b);
    expect(mine.map((e) => e.data)).toEqual([{ s: 'a0' }, { s: 'b0' }, { s: 'a1' }]);
    const positions = mine.map((e) => e.globalPosition);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    const afterFirst = await store.readAll({ after: first.lastGlobalPosition, maxCount: 1000 });
    expect(afterFirst.some((e) => e.eventId === mine[0].eventId)).toBe(false);
    expect(afterFirst.some((e) => e.eventId === mine[1].eventId)).toBe(true);
  });

  it('hash-chains each stream so that the chain verifies', async () => {
    const id = stream('chain');
    await store.appendToStream(id, [event('routing.CaseOpened', { n: 0 }), event('routing.CaseAssigned', { n: 1 })], { expectedRevision: 'no_stream' });
    await store.appendToStream(id, [event('routing.CaseAssigned', { n: 2 })], { expectedRevision: 1 });
    const events = await store.readStream(id);
    expect(events[1].prevHash).toBe(events[0].hash);
    expect(events[2].prevHash).toBe(events[1].hash);
    expect(verifyChains(events)).toEqual({ intact: true, streams: 1, events: 3 });
  });

  it('verifies one stream read page by page, and the whole store with progress', async () => {
    const id = stream('long');
    await store.appendToStream(id, Array.from({ length: DEFAULT_READ_BATCH + 20 }, (_, n) => event('routing.CaseAssigned', { n })), { expectedRevision: 'no_stream' });
    expect(await verifyStream(store, id)).toEqual({ intact: true, streams: 1, events: DEFAULT_READ_BATCH + 20 });
    expect(await verifyStream(store, stream('never-written'))).toEqual({ intact: true, streams: 0, events: 0 });
    const progress: number[] = [];
    const whole = await verifyStore(store, (p) => progress.push(p.events));
    expect(whole).toMatchObject({ intact: true });
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress[progress.length - 1]).toBe(whole.events);
  });

  it('verifies the whole store, and catches a deleted last event where the store keeps stream heads', async () => {
    const id = stream('tail');
    await store.appendToStream(id, [0, 1].map((n) => event('routing.CaseAssigned', { n })), { expectedRevision: 'no_stream' });
    if (!hooks.deleteEvent) {
      expect(await verifyStore(store)).toMatchObject({ intact: true });
      return;
    }
    const [, last] = await store.readStream(id);
    await hooks.deleteEvent(store, last.eventId);
    expect(verifyChains(await store.readStream(id))).toMatchObject({ intact: true });
    expect(await verifyStore(store)).toMatchObject({ intact: false, brokenAt: { streamId: id, streamRevision: 1, problem: 'revision_gap' } });
    expect(await verifyStream(store, id)).toMatchObject({ intact: false, brokenAt: { streamId: id, streamRevision: 1, problem: 'revision_gap' } });
  });

  it('detects a changed event and a deleted one', async () => {
    const id = stream('tamper');
    await store.appendToStream(id, [0, 1, 2].map((n) => event('routing.CaseAssigned', { unitCode: `0${n}` })), { expectedRevision: 'no_stream' });
    const events = await store.readStream(id);
    const deleted = [events[0], events[2]];
    expect(verifyChains(deleted)).toMatchObject({ intact: false, brokenAt: { streamRevision: 2, problem: 'revision_gap' } });
    if (hooks.tamper) {
      await hooks.tamper(store, events[1].eventId, { unitCode: '99' });
      const tampered = await store.readStream(id);
      expect(verifyChains(tampered)).toMatchObject({ intact: false, brokenAt: { eventId: events[1].eventId, problem: 'hash_mismatch' } });
      expect(await verifyStream(store, id)).toEqual({ intact: false, streams: 1, events: 2, brokenAt: { streamId: id, streamRevision: 1, eventId: events[1].eventId, globalPosition: events[1].globalPosition, problem: 'hash_mismatch' } });
    } else {
      const edited = [events[0], { ...events[1], data: { unitCode: '99' } }, events[2]];
      expect(verifyChains(edited)).toMatchObject({ intact: false, brokenAt: { eventId: events[1].eventId, problem: 'hash_mismatch' } });
    }
  });

  it('runs a catch-up subscription that resumes from its checkpoint', async () => {
    const id = stream('sub');
    const start = await store.appendToStream(id, [event('routing.CaseOpened', { n: 0 })], { expectedRevision: 'no_stream' });
    const checkpoints = new InMemoryCheckpointStore();
    const subscriberId = stream('subscriber');
    const seen: unknown[] = [];
    const handle = async (events: RecordedEvent[]) => {
      for (const e of events) if (e.streamId === id) seen.push(e.data);
    };
    const options = { subscriberId, checkpoints, handle, startAfter: start.lastGlobalPosition - 1, pollIntervalMs: 50 };
    const first = subscribeToAll(store, options);
    await store.appendToStream(id, [event('routing.CaseAssigned', { n: 1 })], { expectedRevision: 0 });
    await first.caughtUp();
    await first.stop();
    expect(seen).toEqual([{ n: 0 }, { n: 1 }]);
    expect(await checkpoints.load(subscriberId)).toBeGreaterThanOrEqual(start.lastGlobalPosition);

    await store.appendToStream(id, [event('routing.CaseAssigned', { n: 2 })], { expectedRevision: 1 });
    const second = subscribeToAll(store, options);
    await second.caughtUp();
    await second.stop();
    expect(seen).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
  });

  it('redelivers a batch whose handler failed, so nothing is skipped', async () => {
    const id = stream('retry');
    const start = await store.appendToStream(id, [event('routing.CaseOpened', { n: 0 })], { expectedRevision: 'no_stream' });
    let failures = 0;
    const seen: unknown[] = [];
    const sub = subscribeToAll(store, {
      subscriberId: stream('retrying'),
      checkpoints: new InMemoryCheckpointStore(),
      startAfter: start.lastGlobalPosition - 1,
      pollIntervalMs: 20,
      handle: async (events) => {
        if (failures++ < 2) throw new Error('read model unavailable');
        for (const e of events) if (e.streamId === id) seen.push(e.data);
      },
    });
    await sub.caughtUp();
    await sub.stop();
    expect(failures).toBeGreaterThanOrEqual(3);
    expect(seen).toEqual([{ n: 0 }]);
  });
}

async function readEverything(store: EventStore, after: number): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for (;;) {
    const batch = await store.readAll({ after, maxCount: 200 });
    if (batch.length === 0) return all;
    all.push(...batch);
    after = batch[batch.length - 1].globalPosition;
  }
}
