import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import { eventStoreContract } from '../../contract';
import { SqlEventStore } from './sql-event-store';

describe('EventStore contract — PGlite (embedded)', () => {
  let sql: PGliteSqlClient;
  eventStoreContract({
    open: async () => {
      sql = await PGliteSqlClient.open();
      return new SqlEventStore(sql);
    },
    dispose: async (store) => {
      await store.close();
      await sql.close();
    },
    tamper: async (_store, eventId, data) => {
      await sql.query(`update event_store.events set data = $2::jsonb where event_id = $1`, [eventId, JSON.stringify(data)]);
    },
    deleteEvent: async (_store, eventId) => {
      await sql.query(`delete from event_store.events where event_id = $1`, [eventId]);
    },
  });
});
