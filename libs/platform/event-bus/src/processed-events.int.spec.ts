import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import { PgSqlClient } from '@hotline/platform-sql/pg';
import type { SqlClient } from '@hotline/platform-sql';
import { describeWithServer, uniqueName } from '@hotline/platform-testing';
import { ProcessedEvents } from './processed-events';

function idempotenceContract(open: () => Promise<SqlClient>) {
  let sql: SqlClient;
  let processed: ProcessedEvents;
  const schema = uniqueName('idem');
  beforeAll(async () => {
    sql = await open();
    processed = new ProcessedEvents(sql, schema);
    await sql.exec(`create schema if not exists ${schema}; create table ${schema}.case_counts (unit text primary key, cases int8 not null)`);
  });
  afterAll(async () => {
    await sql.exec(`drop schema if exists ${schema} cascade`);
    await sql.close();
  });

  const countCase = (unit: string) => async (tx: { query: SqlClient['query'] }) => {
    await tx.query(
      `insert into ${schema}.case_counts values ($1, 1) on conflict (unit) do update set cases = ${schema}.case_counts.cases + 1`,
      [unit],
    );
  };
  const count = async (unit: string) =>
    (await sql.query<{ cases: number }>(`select cases from ${schema}.case_counts where unit = $1`, [unit]))[0]?.cases ?? 0;

  it('applies a redelivered event once', async () => {
    expect(await processed.applyOnce('unit-inbox', 'event-1', countCase('01'))).toBe(true);
    expect(await processed.applyOnce('unit-inbox', 'event-1', countCase('01'))).toBe(false);
    expect(await count('01')).toBe(1);
  });

  it('tracks each consumer separately', async () => {
    expect(await processed.applyOnce('national-figures', 'event-1', countCase('national'))).toBe(true);
    expect(await count('national')).toBe(1);
  });

  it('records nothing when the change fails, so the retry applies it', async () => {
    await expect(
      processed.applyOnce('unit-inbox', 'event-2', async (tx) => {
        await countCase('02')(tx);
        throw new Error('projection bug');
      }),
    ).rejects.toThrow('projection bug');
    expect(await count('02')).toBe(0);
    expect(await processed.applyOnce('unit-inbox', 'event-2', countCase('02'))).toBe(true);
    expect(await count('02')).toBe(1);
  });

  it('applies once under concurrent redelivery', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => processed.applyOnce('unit-inbox', 'event-3', countCase('03'))));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await count('03')).toBe(1);
  });
}

describe('idempotent consumer — PGlite (embedded)', () => {
  idempotenceContract(() => PGliteSqlClient.open());
});

describeWithServer('idempotent consumer — PostgreSQL (pg)', 'postgres', (url) => {
  idempotenceContract(async () => new PgSqlClient({ connectionString: url }));
});
