import { describeWithServer, uniqueName } from '@hotline/platform-testing';
import { PgSqlClient } from '@hotline/platform-sql/pg';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import type { SqlClient } from '@hotline/platform-sql';
import { evidenceStoreContract } from './contract';
import { SqlEvidenceStore } from './sql-evidence-store';

async function sqlEvidenceStore(sql: SqlClient, schema: string) {
  let now = new Date();
  const store = new SqlEvidenceStore(sql, { schema, now: () => now });
  await store.migrate();
  return { store, sql, setNow: (at: Date) => void (now = at) };
}

describe('EvidenceStore contract — SQL on PGlite (embedded)', () => {
  evidenceStoreContract(async () => {
    const { store, sql, setNow } = await sqlEvidenceStore(await PGliteSqlClient.open(), 'intake');
    return { store, setNow, close: () => sql.close() };
  });
});

describeWithServer('EvidenceStore contract — SQL on PostgreSQL (pg)', 'postgres', (url) => {
  evidenceStoreContract(async () => {
    const schema = uniqueName('evidence');
    const { store, sql, setNow } = await sqlEvidenceStore(new PgSqlClient({ connectionString: url }), schema);
    return {
      store,
      setNow,
      close: async () => {
        await sql.exec(`drop schema if exists ${schema} cascade`);
        await sql.close();
      },
    };
  });
});
