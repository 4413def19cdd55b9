import { describeWithServer, uniqueName } from '@hotline/platform-testing';
import { PgSqlClient } from '@hotline/platform-sql/pg';
import { eventStoreContract } from '../../contract';
import { SqlEventStore } from './sql-event-store';

describeWithServer('EventStore contract — PostgreSQL (pg)', 'postgres', (url) => {
  const schema = uniqueName('es');
  let sql: PgSqlClient;
  eventStoreContract({
    open: async () => {
      sql = new PgSqlClient({ connectionString: url });
      return new SqlEventStore(sql, { schema });
    },
    dispose: async (store) => {
      await store.close();
      await sql.exec(`drop schema if exists ${schema} cascade`);
      await sql.close();
    },
    tamper: async (_store, eventId, data) => {
      await sql.query(`update ${schema}.events set data = $2::jsonb where event_id = $1`, [eventId, JSON.stringify(data)]);
    },
    deleteEvent: async (_store, eventId) => {
      await sql.query(`delete from ${schema}.events where event_id = $1`, [eventId]);
    },
  });
});
