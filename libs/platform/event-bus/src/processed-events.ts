import { sqlIdentifier, type SqlClient, type SqlExecutor } from '@hotline/platform-sql';

/**
 * Makes a consumer idempotent: the processed-event record is written in the same transaction
 * as the read-model change, so a redelivered event is recognised and applied only once.
 */
export class ProcessedEvents {
  private readonly table: string;
  private ready?: Promise<void>;

  constructor(
    private readonly sql: SqlClient,
    private readonly schema = 'platform',
  ) {
    this.table = `${sqlIdentifier(schema)}.processed_events`;
  }

  migrate(): Promise<void> {
    this.ready ??= this.sql.exec(
      `create schema if not exists ${sqlIdentifier(this.schema)};
       create table if not exists ${this.table} (
         consumer text not null,
         event_id text not null,
         processed_at timestamptz not null default now(),
         primary key (consumer, event_id)
       );`,
    );
    return this.ready;
  }

  /** Applies `change` unless `consumer` already processed `eventId`. Returns whether it applied. */
  async applyOnce(consumer: string, eventId: string, change: (tx: SqlExecutor) => Promise<void>): Promise<boolean> {
    await this.migrate();
    return this.sql.transaction(async (tx) => {
      const inserted = await tx.query(
        `insert into ${this.table} (consumer, event_id) values ($1, $2) on conflict do nothing returning event_id`,
        [consumer, eventId],
      );
      if (inserted.length === 0) return false;
      await change(tx);
      return true;
    });
  }
}
