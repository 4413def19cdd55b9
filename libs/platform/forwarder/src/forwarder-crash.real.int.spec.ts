import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Actor } from '@hotline/contracts-events';
import { ProcessedEvents } from '@hotline/platform-event-bus';
import { KafkaEventBus } from '@hotline/platform-event-bus/kafka';
import { SqlCheckpointStore } from '@hotline/platform-event-store';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import { PgSqlClient } from '@hotline/platform-sql/pg';
import { describeWithServer, eventually, lookupServer, uniqueName } from '@hotline/platform-testing';
import { CaseCountProjection } from './fixtures/case-count-projection';
import { Forwarder } from './forwarder';
import { consumeIntegrationEvents, toBusMessage } from './integration-message';

const actor: Actor = { kind: 'system', id: 'crash-test' };
const root = path.resolve(__dirname, '../../../..');

describeWithServer('forwarder killed between append and publish — PostgreSQL + Kafka', 'postgres', (databaseUrl) => {
  const kafka = lookupServer('kafka');
  const run = kafka.available ? it : it.skip;
  const brokers = kafka.available ? kafka.url : '';
  const eventSchema = uniqueName('es');
  const checkpointSchema = uniqueName('cp');
  const readSchema = uniqueName('rm');
  let sql: PgSqlClient;

  beforeAll(() => {
    sql = new PgSqlClient({ connectionString: databaseUrl });
  });
  afterAll(async () => {
    await sql.exec(`drop schema if exists ${eventSchema} cascade; drop schema if exists ${checkpointSchema} cascade; drop schema if exists ${readSchema} cascade;`);
    await sql.close();
  });

  run(`a SIGKILLed forwarder process publishes nothing; after the restart the read model applies the event exactly once${kafka.available ? '' : ` (SKIPPED: ${(kafka as { reason: string }).reason})`}`, async () => {
    const store = new SqlEventStore(sql, { schema: eventSchema });
    const { events } = await store.appendToStream('case-kill', [{ type: 'routing.CaseAssigned', actor, data: { unitCode: '48' } }], { expectedRevision: 'no_stream' });
    const name = uniqueName('forwarder');

    const child = spawn(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, 'fixtures/forwarder-process.ts')], {
      cwd: root,
      env: { ...process.env, TSX_TSCONFIG_PATH: path.join(root, 'tsconfig.base.json'), DATABASE_URL: databaseUrl, KAFKA_BROKERS: brokers, EVENT_SCHEMA: eventSchema, CHECKPOINT_SCHEMA: checkpointSchema, FORWARDER_NAME: name },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d) => String(d).includes('ABOUT_TO_PUBLISH') && resolve());
      child.on('exit', (code) => reject(new Error(`forwarder process exited early (${code}): ${stderr}`)));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const checkpoints = new SqlCheckpointStore(sql, checkpointSchema);
    expect(await checkpoints.load(name)).toBeUndefined();

    const bus = new KafkaEventBus({ brokers: brokers.split(','), clientId: 'crash-test' });
    const projection = new CaseCountProjection(sql, new ProcessedEvents(sql, readSchema), readSchema);
    await projection.migrate();
    const consumer = await consumeIntegrationEvents(bus, { groupId: uniqueName('case-counts'), types: ['routing.CaseAssigned'], handle: projection.apply });
    const forwarder = new Forwarder({ store, bus, checkpoints, name, pollIntervalMs: 50 });
    forwarder.start();
    await forwarder.caughtUp();
    await eventually('the event applied after the restart', async () => (await projection.count('48')) === 1, 60_000);
    expect(await checkpoints.load(name)).toBe(events[0].globalPosition);

    // The same event delivered again (a crash after publish, before the checkpoint) is absorbed.
    await bus.publish('hotline.routing.events', [toBusMessage(events[0])]);
    const marker = await store.appendToStream('case-kill', [{ type: 'routing.CaseAssigned', actor, data: { unitCode: '49' } }], { expectedRevision: 0 });
    await eventually('a later event, proving the duplicate was consumed first', async () => (await projection.count('49')) === 1, 60_000);
    expect(marker.events).toHaveLength(1);
    expect(await projection.count('48')).toBe(1);

    await forwarder.stop();
    await consumer.stop();
    await bus.close();
  }, 120_000);
});
