import { EventEmitter } from 'node:events';
import { sqlIdentifier, type SqlClient, type SqlExecutor } from '@hotline/platform-sql';
import {
  checkExpectedRevision,
  DEFAULT_READ_BATCH,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
} from '../../event-store';
import { chainNewEvents, type StreamHead } from '../../hash-chain';

interface EventRow {
  global_position: number;
  event_id: string;
  stream_id: string;
  stream_revision: number;
  type: string;
  schema_version: number;
  data: unknown;
  actor: RecordedEvent['actor'];
  occurred_at: Date;
  recorded_at: Date;
  correlation_id: string;
  causation_id: string | null;
  prev_hash: string | null;
  hash: string;
}

const COLUMNS = `global_position, event_id, stream_id, stream_revision, type, schema_version, data, actor,
  occurred_at, recorded_at, correlation_id, causation_id, prev_hash, hash`;

/**
 * The event store on PostgreSQL, through the SqlClient port: the same code serves pg and PGlite.
 *
 * Global positions come from a one-row counter updated inside the append transaction. Its row
 * lock serialises appends, so positions become visible in commit order and a catch-up reader
 * can never skip an event that commits late (the gap problem of sequences).
 */
export class SqlEventStore implements EventStore {
  readonly name: string;
  private readonly appended = new EventEmitter();
  private readonly s: string;
  private ready?: Promise<void>;

  constructor(
    private readonly sql: SqlClient,
    private readonly options: { schema?: string; now?: () => Date } = {},
  ) {
    this.s = sqlIdentifier(options.schema ?? 'event_store');
    this.name = sql.dialect === 'pglite' ? 'PGlite' : 'PostgreSQL';
    this.appended.setMaxListeners(0);
  }

  /** Creates the schema on first use; safe to run concurrently from several processes. */
  migrate(): Promise<void> {
    this.ready ??= this.sql.transaction(async (tx) => {
      await tx.query(`select pg_advisory_xact_lock(hashtext('hotline.event_store.migrate'))`);
      await tx.query(`create schema if not exists ${this.s}`);
      await tx.query(`create table if not exists ${this.s}.events (
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
      await tx.query(`create table if not exists ${this.s}.streams (
        stream_id text primary key,
        revision int8 not null,
        last_hash text not null
      )`);
      await tx.query(`create table if not exists ${this.s}.position (
        id int4 primary key check (id = 1),
        last_position int8 not null
      )`);
      await tx.query(`insert into ${this.s}.position values (1, 0) on conflict (id) do nothing`);
    });
    return this.ready;
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    if (events.length === 0) throw new Error('appendToStream needs at least one event');
    await this.migrate();
    const result = await this.sql.transaction(async (tx) => {
      const [{ last_position: end }] = await tx.query<{ last_position: number }>(
        `update ${this.s}.position set last_position = last_position + $1 where id = 1 returning last_position`,
        [events.length],
      );
      const head = await this.lockHead(tx, streamId);
      checkExpectedRevision(streamId, options.expectedRevision, head ? head.revision : 'no_stream');
      const chained = chainNewEvents(streamId, events, head, this.options.now?.() ?? new Date());
      const recorded: RecordedEvent[] = chained.map((e, i) => ({ ...e, globalPosition: end - events.length + 1 + i }));
      await this.insertEvents(tx, recorded);
      const last = recorded[recorded.length - 1];
      await tx.query(
        `insert into ${this.s}.streams (stream_id, revision, last_hash) values ($1, $2, $3)
         on conflict (stream_id) do update set revision = excluded.revision, last_hash = excluded.last_hash`,
        [streamId, last.streamRevision, last.hash],
      );
      return { nextExpectedRevision: last.streamRevision, lastGlobalPosition: last.globalPosition, events: recorded };
    });
    this.appended.emit('appended');
    return result;
  }

  private async lockHead(tx: SqlExecutor, streamId: string): Promise<StreamHead | null> {
    const rows = await tx.query<{ revision: number; last_hash: string }>(
      `select revision, last_hash from ${this.s}.streams where stream_id = $1 for update`,
      [streamId],
    );
    return rows[0] ? { revision: rows[0].revision, hash: rows[0].last_hash } : null;
  }

  private async insertEvents(tx: SqlExecutor, events: RecordedEvent[]): Promise<void> {
    const params: unknown[] = [];
    const tuples = events.map((e) => {
      const values = [
        e.globalPosition, e.eventId, e.streamId, e.streamRevision, e.type, e.schemaVersion, JSON.stringify(e.data),
        JSON.stringify(e.actor), e.occurredAt, e.recordedAt, e.correlationId, e.causationId, e.prevHash, e.hash,
      ];
      const base = params.length;
      params.push(...values);
      return `(${values.map((_, i) => `$${base + i + 1}${i === 6 || i === 7 ? '::jsonb' : ''}`).join(', ')})`;
    });
    await tx.query(`insert into ${this.s}.events (${COLUMNS}) values ${tuples.join(', ')}`, params);
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    await this.migrate();
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
    const rows = await this.sql.query<EventRow>(
      `select ${COLUMNS} from ${this.s}.events
       where stream_id = $1 and stream_revision ${backwards ? '<=' : '>='} $2
       order by stream_revision ${backwards ? 'desc' : 'asc'} limit $3`,
      [streamId, from, options.maxCount ?? Number.MAX_SAFE_INTEGER],
    );
    return rows.map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    await this.migrate();
    const rows = await this.sql.query<EventRow>(
      `select ${COLUMNS} from ${this.s}.events where global_position > $1 order by global_position limit $2`,
      [options.after ?? 0, options.maxCount ?? DEFAULT_READ_BATCH],
    );
    return rows.map(toRecordedEvent);
  }

  /** The heads the store recorded, so a verifier can tell a deleted last event from a short stream. */
  async streamHeads(): Promise<Map<string, StreamHead>> {
    await this.migrate();
    const rows = await this.sql.query<{ stream_id: string; revision: number; last_hash: string }>(`select * from ${this.s}.streams`);
    return new Map(rows.map((r) => [r.stream_id, { revision: r.revision, hash: r.last_hash }]));
  }

  /** One stream's recorded head, or null for a stream never written. */
  async streamHead(streamId: string): Promise<StreamHead | null> {
    await this.migrate();
    const rows = await this.sql.query<{ revision: number; last_hash: string }>(`select revision, last_hash from ${this.s}.streams where stream_id = $1`, [streamId]);
    return rows[0] ? { revision: Number(rows[0].revision), hash: rows[0].last_hash } : null;
  }

  onAppended(listener: () => void): () => void {
    this.appended.on('appended', listener);
    return () => this.appended.off('appended', listener);
  }

  /** The SqlClient belongs to the caller, who may share it with read models; it is not closed here. */
  async close(): Promise<void> {
    this.appended.removeAllListeners();
  }
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    streamId: row.stream_id,
    streamRevision: row.stream_revision,
    globalPosition: row.global_position,
    occurredAt: new Date(row.occurred_at).toISOString(),
    recordedAt: new Date(row.recorded_at).toISOString(),
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    actor: row.actor,
    data: row.data,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
