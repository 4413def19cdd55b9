import { sqlIdentifier, type SqlClient, type SqlExecutor } from '@hotline/platform-sql';
import { migrateSchema } from './schema-migration';
import type { SessionSubjectChange } from './session-deadline-plan';

/**
 * What the deadline service remembers of online sessions: the current announcement deadline of
 * each draft, when each ended, and each accepted
 * question's session and whether it was answered or withdrawn. Writers pass the transaction in
 * which they also record the event as processed.
 */
export class SessionSubjects {
  private readonly questions: string;
  private readonly sessions: string;
  private readonly announcements: string;

  constructor(
    private readonly sql: SqlClient,
    private readonly schema = 'deadline',
  ) {
    this.questions = `${sqlIdentifier(schema)}.session_questions`;
    this.sessions = `${sqlIdentifier(schema)}.session_ends`;
    this.announcements = `${sqlIdentifier(schema)}.session_announcements`;
  }

  async migrate(): Promise<void> {
    await migrateSchema(this.sql, `hotline.${this.schema}.session_subjects`, [
      `create schema if not exists ${sqlIdentifier(this.schema)}`,
      `create table if not exists ${this.sessions} (session_subject text primary key, ended_at timestamptz not null)`,
      `create table if not exists ${this.questions} (
         question_subject text primary key,
         session_subject text not null,
         answered_at timestamptz,
         withdrawn boolean not null default false
       )`,
      `create index if not exists session_questions_by_session on ${this.questions} (session_subject)`,
      `create table if not exists ${this.announcements} (session_subject text primary key, deadline_id text not null)`,
    ]);
  }

  async apply(tx: SqlExecutor, change: Exclude<SessionSubjectChange, { kind: 'question_unit' }>): Promise<void> {
    switch (change.kind) {
      case 'announcement_due':
        await tx.query(
          `insert into ${this.announcements} (session_subject, deadline_id) values ($1, $2) on conflict (session_subject) do update set deadline_id = excluded.deadline_id`,
          [change.sessionSubject, change.deadlineId],
        );
        return;
      case 'session_ended':
        await tx.query(`insert into ${this.sessions} (session_subject, ended_at) values ($1, $2) on conflict (session_subject) do nothing`, [change.sessionSubject, change.at]);
        return;
      case 'question_accepted':
        await tx.query(`insert into ${this.questions} (question_subject, session_subject) values ($1, $2) on conflict (question_subject) do nothing`, [change.questionSubject, change.sessionSubject]);
        return;
      case 'question_answered':
        await tx.query(`update ${this.questions} set answered_at = $2 where question_subject = $1`, [change.questionSubject, change.at]);
        return;
      case 'question_withdrawn':
        await tx.query(`update ${this.questions} set withdrawn = true where question_subject = $1`, [change.questionSubject]);
        return;
      default: {
        const unreachable: never = change;
        return unreachable;
      }
    }
  }

  /** The session's announcement deadline for its current schedule (S2). */
  async announcementDeadlineOf(sessionSubject: string): Promise<string | null> {
    const [row] = await this.sql.query<{ deadline_id: string }>(`select deadline_id from ${this.announcements} where session_subject = $1`, [sessionSubject]);
    return row?.deadline_id ?? null;
  }

  async endOf(sessionSubject: string): Promise<string | null> {
    const [row] = await this.sql.query<{ ended_at: Date }>(`select ended_at from ${this.sessions} where session_subject = $1`, [sessionSubject]);
    return row ? new Date(row.ended_at).toISOString() : null;
  }

  /** The session's accepted questions without an answer, still its own. */
  async openQuestionsOf(sessionSubject: string): Promise<string[]> {
    const rows = await this.sql.query<{ question_subject: string }>(
      `select question_subject from ${this.questions} where session_subject = $1 and answered_at is null and not withdrawn order by question_subject`,
      [sessionSubject],
    );
    return rows.map((r) => r.question_subject);
  }

  async answeredAt(questionSubject: string): Promise<string | null> {
    const [row] = await this.sql.query<{ answered_at: Date | null }>(`select answered_at from ${this.questions} where question_subject = $1`, [questionSubject]);
    return row?.answered_at ? new Date(row.answered_at).toISOString() : null;
  }
}
