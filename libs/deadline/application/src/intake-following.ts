import type { RecordedEvent } from '@hotline/platform-event-store';
import { sqlIdentifier, type SqlClient } from '@hotline/platform-sql';
import { migrateSchema } from './schema-migration';

/**
 * Since when the deadline service follows intake's events (the H10 enter and forward steps).
 * Intake's earlier history — replayed by the in-process bus at every start, read from the
 * beginning by a Kafka group that newly subscribes — is not planned: its reports' entry clocks
 * would start long past due and could breach before their acceptance is planned, escalating cases
 * whose entry was never timed. Compared with the store's `recordedAt`, the wall clock of the append.
 */
export class IntakeFollowing {
  private readonly table: string;
  private started?: Promise<number>;

  constructor(
    private readonly sql: SqlClient,
    private readonly schema = 'deadline',
    private readonly wallClock: () => Date = () => new Date(),
  ) {
    this.table = `${sqlIdentifier(schema)}.intake_following`;
  }

  /** The first start of the service sets the moment; later starts and other replicas keep it. */
  async migrate(): Promise<void> {
    await migrateSchema(this.sql, `hotline.${this.schema}.intake_following`, [
      `create schema if not exists ${sqlIdentifier(this.schema)}`,
      `create table if not exists ${this.table} (source text primary key, since timestamptz not null)`,
    ]);
    await this.sql.query(`insert into ${this.table} (source, since) values ('intake', $1) on conflict (source) do nothing`, [this.wallClock().toISOString()]);
  }

  async follows(event: RecordedEvent): Promise<boolean> {
    this.started ??= this.sql.query<{ since: Date }>(`select since from ${this.table} where source = 'intake'`).then(([row]) => new Date(row.since).getTime());
    return Date.parse(event.recordedAt) >= (await this.started);
  }
}
