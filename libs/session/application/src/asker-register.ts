import { sqlIdentifier, type SqlClient } from '@hotline/platform-sql';
import type { Asker } from '@hotline/session-domain';
import { migrateSchema } from './schema-migration';

interface Row {
  question_id: string;
  name: string;
  kind: Asker['kind'];
  organisation: string | null;
  phone: string | null;
  email: string | null;
}

/**
 * `<schema>.askers`: who asked each question and how to reach them. Kept out of the event stream
 * and the bus (the stream carries the name only when the asker lets it be published), shown only
 * to the session's moderators. Written just before the question is appended and removed if the
 * append fails, so a refused question leaves nothing behind.
 */
export class AskerRegister {
  private readonly table: string;

  constructor(
    private readonly sql: SqlClient,
    private readonly schema = 'session',
  ) {
    this.table = `${sqlIdentifier(schema)}.askers`;
  }

  async migrate(): Promise<void> {
    await migrateSchema(this.sql, `${this.schema}.askers`, [
      `create schema if not exists ${sqlIdentifier(this.schema)}`,
      `create table if not exists ${this.table} (
         question_id text primary key,
         name text not null,
         kind text not null,
         organisation text,
         phone text,
         email text,
         recorded_at timestamptz not null default now()
       )`,
    ]);
  }

  async record(questionId: string, asker: Asker): Promise<void> {
    await this.sql.query(`insert into ${this.table} (question_id, name, kind, organisation, phone, email) values ($1, $2, $3, $4, $5, $6)`, [
      questionId,
      asker.name,
      asker.kind,
      asker.organisation,
      asker.phone,
      asker.email,
    ]);
  }

  async discard(questionId: string): Promise<void> {
    await this.sql.query(`delete from ${this.table} where question_id = $1`, [questionId]);
  }

  async find(questionId: string): Promise<Asker | null> {
    const [row] = await this.sql.query<Row>(`select * from ${this.table} where question_id = $1`, [questionId]);
    return row ? { name: row.name, kind: row.kind, organisation: row.organisation, phone: row.phone, email: row.email } : null;
  }
}
