import type { SqlClient } from '../sql-client';

/** The behaviour every SqlClient adapter must show. One suite, run against each adapter. */
export function sqlClientContract(open: () => Promise<SqlClient>): void {
  let sql: SqlClient;
  const table = `contract_${Date.now().toString(36)}_${process.pid}`;

  beforeAll(async () => {
    sql = await open();
    await sql.exec(`create table ${table} (id int8 primary key, label text not null, payload jsonb, at timestamptz)`);
  });
  afterAll(async () => {
    await sql.exec(`drop table if exists ${table}`);
    await sql.close();
  });

  it('round-trips int8 as a number, jsonb as an object, timestamptz as a Date, and Vietnamese text intact', async () => {
    await sql.query(`insert into ${table} values ($1, $2, $3::jsonb, $4)`, [
      1,
      'Phường Hoà Bình / Hòa Bình',
      JSON.stringify({ nested: { ok: true } }),
      '2026-02-14T01:00:00.000Z',
    ]);
    const [row] = await sql.query<{ id: number; label: string; payload: unknown; at: Date }>(`select * from ${table} where id = 1`);
    expect(row).toEqual({ id: 1, label: 'Phường Hoà Bình / Hòa Bình', payload: { nested: { ok: true } }, at: new Date('2026-02-14T01:00:00.000Z') });
  });

  it('commits a transaction that resolves', async () => {
    const value = await sql.transaction(async (tx) => {
      await tx.query(`insert into ${table} (id, label) values (2, 'a')`);
      await tx.query(`insert into ${table} (id, label) values (3, 'b')`);
      return 'done';
    });
    expect(value).toBe('done');
    expect(await sql.query(`select id from ${table} where id in (2, 3) order by id`)).toEqual([{ id: 2 }, { id: 3 }]);
  });

  it('rolls back every statement of a transaction that throws, and rethrows', async () => {
    await expect(
      sql.transaction(async (tx) => {
        await tx.query(`insert into ${table} (id, label) values (4, 'kept?')`);
        await tx.query(`insert into ${table} (id, label) values (4, 'duplicate key')`);
      }),
    ).rejects.toThrow(/duplicate key|unique/i);
    expect(await sql.query(`select id from ${table} where id = 4`)).toEqual([]);
  });

  it('keeps concurrent transactions isolated and all of them applied', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        sql.transaction(async (tx) => {
          await tx.query(`insert into ${table} (id, label) values ($1, 'concurrent')`, [100 + i]);
        }),
      ),
    );
    const [{ n }] = await sql.query<{ n: number }>(`select count(*)::int8 as n from ${table} where label = 'concurrent'`);
    expect(n).toBe(10);
  });

  it('lets services create the same schema and tables at once on a fresh database (concurrent migrations)', async () => {
    const schema = `race_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
    const migrate = () => sql.exec(`create schema if not exists ${schema}; create table if not exists ${schema}.t (id int primary key)`);
    await expect(Promise.all(Array.from({ length: 8 }, migrate))).resolves.toHaveLength(8);
    await expect(sql.query(`select count(*)::int as n from ${schema}.t`)).resolves.toEqual([{ n: 0 }]);
    await sql.exec(`drop schema ${schema} cascade`);
  });

  it('reports a SQL error with the server message', async () => {
    await expect(sql.query('select * from table_that_does_not_exist')).rejects.toThrow(/does not exist/);
  });
}
