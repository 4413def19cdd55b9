import { systemActor } from '@hotline/contracts-events';
import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import { PgSqlClient } from '@hotline/platform-sql/pg';
import { describeWithServer, uniqueName } from '@hotline/platform-testing';
import { recordingLogger } from './recording-logger';
import { embeddedTestServer, postgresTestServer, type TestDatabase } from './test-database';
import { testServiceContext } from './test-service-context';

const append = (db: TestDatabase, store: 'store' | 'upstream', streamId: string) =>
  db[store].appendToStream(streamId, [{ type: 'test.Happened', data: { streamId }, actor: systemActor('test-kit') }], { expectedRevision: 'any' });

describe('test database on PGlite', () => {
  const server = embeddedTestServer();
  afterAll(() => server.close());

  it('opens every schema on one embedded database, each with its own stores', async () => {
    const [a, b] = [await server.open(uniqueName('kit_a')), await server.open(uniqueName('kit_b'))];
    expect(server.dialect).toBe('pglite');
    expect(a.sql).toBe(b.sql);
    await append(a, 'store', 'stream-1');
    await append(a, 'upstream', 'stream-1');
    expect((await a.store.readStream('stream-1')).map((e) => e.data)).toEqual([{ streamId: 'stream-1' }]);
    expect(await b.store.readStream('stream-1')).toEqual([]);
  });

  it('gives the features the context a service host would, quiet unless asked', async () => {
    const db = await server.open(uniqueName('kit_ctx'));
    const bus = new InProcessEventBus();
    const now = new Date('2026-02-13T02:15:00Z');
    const quiet = testServiceContext(db, bus, { clock: () => now });
    const { sql, store, bus: givenBus, processed, checkpoints } = quiet.infrastructure;
    // The very objects (identity, not deep equality: a PGlite client is not for comparing).
    expect([sql, store, givenBus, processed, checkpoints].map((given, i) => given === [db.sql, db.store, bus, db.processed, db.checkpoints][i])).toEqual([true, true, true, true, true]);
    expect(quiet.clock?.()).toBe(now);
    const logger = recordingLogger();
    testServiceContext(db, bus, { logger }).logger.warn('refused', { reason: 'test' });
    expect(logger.lines).toEqual([{ level: 'warn', message: 'refused', fields: { reason: 'test' } }]);
  });
});

describeWithServer('test database on PostgreSQL', 'postgres', (url) => {
  const schemasLike = async (prefix: string) => {
    const sql = new PgSqlClient({ connectionString: url, maxConnections: 1 });
    try {
      return (await sql.query<{ name: string }>(`select nspname as name from pg_namespace where nspname like $1 order by 1`, [`${prefix}%`])).map((r) => r.name);
    } finally {
      await sql.close();
    }
  };

  it('drops every schema the test made there, the context’s extra ones too, and closes its pools', async () => {
    const server = postgresTestServer(url, { applicationName: 'platform-test-kit-test', extraSchemaSuffixes: ['_routing'] });
    const schema = uniqueName('kit_pg');
    const [first, second] = [await server.open(schema), await server.open(schema)];
    expect(first.sql).not.toBe(second.sql);
    await append(first, 'store', 'stream-1');
    await append(second, 'upstream', 'stream-1');
    await first.sql.exec(`create schema ${schema}_routing; create schema ${schema}; create table ${schema}.probe (id int)`);
    expect(await schemasLike(schema)).toEqual([schema, `${schema}_events`, `${schema}_routing`, `${schema}_upstream`]);
    await server.close();
    expect(await schemasLike(schema)).toEqual([]);
  });
});
