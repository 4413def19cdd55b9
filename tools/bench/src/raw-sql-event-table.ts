import { sqlIdentifier, type SqlClient } from '@hotline/platform-sql';
import type { AppendTarget } from './append-target';
import type { AppendCall } from './event-workload';
import { RawEventRows, type RawEventRow } from './raw-event-rows';

const COLUMNS = `global_position, event_id, stream_id, stream_revision, type, schema_version, data, actor,
  occurred_at, recorded_at, correlation_id, causation_id, prev_hash, hash`;

/**
 * The SQL baseline: a table with the event store's columns, types and keys, written with one
 * autocommitted INSERT per call through the same driver. What it leaves out (transaction,
 * position counter, stream head lock, hash chain) is what the ratio prices.
 */
export class RawSqlEventTable implements AppendTarget {
  readonly label: string;
  private readonly rows = new RawEventRows();

  private constructor(
    private readonly sql: SqlClient,
    private readonly table: string,
  ) {
    this.label = `plain INSERT (${sql.dialect === 'pglite' ? 'PGlite' : 'pg Pool'})`;
  }

  static async create(sql: SqlClient, schema: string): Promise<RawSqlEventTable> {
    const table = `${sqlIdentifier(schema)}.raw_events`;
    await sql.exec(`create schema if not exists ${sqlIdentifier(schema)}`);
    await sql.exec(`create table ${table} (
      global_position int8 primary key,
      event_id uuid not null unique,
      stream_id text not null,
      stream_revision int8 not null,
      type text not null,
      schema_version int4 not null,
      data jsonb not null,
      actor jsonb not null,
      occurred_at timestamptz not null,
      recorded_at timestamptz not null,
      correlation_id text not null,
      causation_id text,
      prev_hash text,
      hash text not null,
      unique (stream_id, stream_revision)
    )`);
    return new RawSqlEventTable(sql, table);
  }

  async append(call: AppendCall): Promise<void> {
    const params: unknown[] = [];
    const tuples = this.rows.rowsFor(call).map((row) => {
      const values = columnValues(row);
      const base = params.length;
      params.push(...values);
      return `(${values.map((_, i) => `$${base + i + 1}${i === 6 || i === 7 ? '::jsonb' : ''}`).join(', ')})`;
    });
    await this.sql.query(`insert into ${this.table} (${COLUMNS}) values ${tuples.join(', ')}`, params);
  }
}

function columnValues(row: RawEventRow): unknown[] {
  return [
    row.globalPosition, row.eventId, row.streamId, row.streamRevision, row.type, row.schemaVersion, JSON.stringify(row.data),
    JSON.stringify(row.actor), row.occurredAt, row.recordedAt, row.correlationId, row.causationId, row.prevHash, row.hash,
  ];
}
