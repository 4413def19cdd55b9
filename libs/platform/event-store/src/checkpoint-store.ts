import { sqlIdentifier, type SqlClient, type SqlExecutor } from '@hotline/platform-sql';

/** Where a subscription remembers the last global position it fully handled. */
export interface CheckpointStore {
  load(subscriberId: string): Promise<number | undefined>;
  save(subscriberId: string, position: number, tx?: SqlExecutor): Promise<void>;
}

export class SqlCheckpointStore implements CheckpointStore {
  private readonly table: string;
  private ready?: Promise<void>;

  constructor(
    private readonly sql: SqlClient,
    private readonly schema = 'platform',
  ) {
    this.table = `${sqlIdentifier(schema)}.checkpoints`;
  }

  private migrate(): Promise<void> {
    this.ready ??= this.sql.exec(
      `create schema if not exists ${sqlIdentifier(this.schema)};
       create table if not exists ${this.table} (
         subscriber_id text primary key,
         position int8 not null,
         updated_at timestamptz not null default now()
       );`,
    );
    return this.ready;
  }

  async load(subscriberId: string): Promise<number | undefined> {
    await this.migrate();
    const rows = await this.sql.query<{ position: number }>(`select position from ${this.table} where subscriber_id = $1`, [subscriberId]);
    return rows[0]?.position;
  }

  async save(subscriberId: string, position: number, tx?: SqlExecutor): Promise<void> {
    await this.migrate();
    await (tx ?? this.sql).query(
      `insert into ${this.table} (subscriber_id, position) values ($1, $2)
       on conflict (subscriber_id) do update set position = excluded.position, updated_at = now()`,
      [subscriberId, position],
    );
  }
}

export class InMemoryCheckpointStore implements CheckpointStore {
  private readonly positions = new Map<string, number>();
  async load(subscriberId: string): Promise<number | undefined> {
    return this.positions.get(subscriberId);
  }
  async save(subscriberId: string, position: number): Promise<void> {
    this.positions.set(subscriberId, position);
  }
}
