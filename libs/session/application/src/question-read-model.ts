import type { ProcessedEvents } from '@hotline/platform-event-bus';
import type { RecordedEvent } from '@hotline/platform-event-store';
import { decodeCursor, encodeCursor, pageSizeOf, sqlIdentifier, type Page, type SqlClient, type SqlExecutor } from '@hotline/platform-sql';
import { foldedKey, searchTerms, type AskerKind, type QuestionEvent, type QuestionStatus } from '@hotline/session-domain';
import { migrateSchema } from './schema-migration';
import { isQuestionStreamEvent, toQuestionEvent } from './session-streams';

export const QUESTION_READ_MODEL = 'session-question-read-model';

/** A question as the session's moderators see it (the asker's contacts come from the register). */
export interface QuestionView {
  readonly questionId: string;
  readonly sessionId: string;
  readonly status: QuestionStatus;
  readonly provinceCode: string;
  readonly topic: string;
  readonly originalText: string;
  readonly publishedText: string;
  readonly askerKind: AskerKind;
  /** Null when the asker asked that their name not be published. */
  readonly publishedName: string | null;
  readonly organisation: string | null;
  readonly rejectionReason: string | null;
  readonly mergedInto: string | null;
  readonly assignedUnitCode: string | null;
  readonly assignedOfficial: string | null;
  readonly draftAnswer: string | null;
  readonly draftedBy: string | null;
  readonly approvedBy: string | null;
  readonly answer: { readonly text: string; readonly at: string; readonly live: boolean; readonly official: string | null; readonly unitCode: string } | null;
  readonly overdue: boolean;
  readonly answerDueAt: string | null;
  readonly submittedAt: string;
  readonly updatedAt: string;
}

export interface QuestionListQuery {
  readonly status?: QuestionStatus | null;
  readonly limit?: number;
  readonly after?: string | null;
}

interface Row {
  question_id: string;
  session_id: string;
  status: QuestionStatus;
  province_code: string;
  topic: string;
  original_text: string;
  published_text: string;
  asker_kind: AskerKind;
  published_name: string | null;
  organisation: string | null;
  rejection_reason: string | null;
  merged_into: string | null;
  assigned_unit_code: string | null;
  assigned_official: string | null;
  draft_answer: string | null;
  drafted_by: string | null;
  approved_by: string | null;
  answer_text: string | null;
  answered_at: Date | null;
  answered_live: boolean | null;
  answered_by_official: string | null;
  answer_unit_code: string | null;
  overdue: boolean;
  answer_due_at: Date | null;
  submitted_at: Date;
  updated_at: Date;
}

/**
 * `<schema>.questions`: the moderators' list, the public Q&A of each session (answered questions
 * only, searchable with or without diacritics through a folded key), and the report's counts.
 */
export class QuestionReadModel {
  private readonly table: string;

  constructor(
    private readonly sql: SqlClient,
    private readonly processed: ProcessedEvents,
    private readonly schema = 'session',
  ) {
    this.table = `${sqlIdentifier(schema)}.questions`;
  }

  async migrate(): Promise<void> {
    await this.processed.migrate();
    await migrateSchema(this.sql, `${this.schema}.questions`, [
      `create schema if not exists ${sqlIdentifier(this.schema)}`,
      `create table if not exists ${this.table} (
         question_id text primary key,
         session_id text not null,
         status text not null,
         province_code text not null,
         topic text not null,
         original_text text not null,
         published_text text not null,
         asker_kind text not null,
         published_name text,
         organisation text,
         rejection_reason text,
         merged_into text,
         assigned_unit_code text,
         assigned_official text,
         draft_answer text,
         drafted_by text,
         approved_by text,
         answer_text text,
         answered_at timestamptz,
         answered_live boolean,
         answered_by_official text,
         answer_unit_code text,
         overdue boolean not null default false,
         answer_due_at timestamptz,
         search_key text not null default '',
         submitted_at timestamptz not null,
         updated_at timestamptz not null
       )`,
      `create index if not exists questions_of_session on ${this.table} (session_id, submitted_at, question_id)`,
      `create index if not exists questions_published on ${this.table} (session_id, answered_at, question_id) where answered_at is not null`,
    ]);
  }

  readonly apply = async (events: readonly RecordedEvent[]): Promise<void> => {
    for (const event of events) {
      if (!isQuestionStreamEvent(event)) continue;
      await this.processed.applyOnce(QUESTION_READ_MODEL, event.eventId, (tx) => this.project(tx, toQuestionEvent(event)));
    }
  };

  async byId(questionId: string): Promise<QuestionView | null> {
    const [row] = await this.sql.query<Row>(`select * from ${this.table} where question_id = $1`, [questionId]);
    return row ? viewOf(row) : null;
  }

  /** A session's questions for its moderators, oldest first. */
  async ofSession(sessionId: string, query: QuestionListQuery = {}): Promise<Page<QuestionView>> {
    return this.page(`session_id = $1 and ($2::text is null or status = $2)`, [sessionId, query.status ?? null], 'submitted_at', query);
  }

  /** The public Q&A of a session: answered questions, in the order they were answered, every search word present. */
  async published(sessionId: string, search: string | null, query: QuestionListQuery = {}): Promise<Page<QuestionView>> {
    const patterns = searchTerms(search ?? '').map((term) => `%${term}%`);
    return this.page(`session_id = $1 and status = 'accepted' and answered_at is not null and search_key like all($2::text[])`, [sessionId, patterns], 'answered_at', query);
  }

  /** Every question of the session, for the results report. */
  async allOfSession(sessionId: string): Promise<QuestionView[]> {
    return (await this.sql.query<Row>(`select * from ${this.table} where session_id = $1 order by submitted_at, question_id`, [sessionId])).map(viewOf);
  }

  private async page(condition: string, values: readonly unknown[], orderedBy: 'submitted_at' | 'answered_at', query: QuestionListQuery): Promise<Page<QuestionView>> {
    const size = pageSizeOf(query.limit);
    const after = query.after ? decodeCursor(query.after) : null;
    const n = values.length;
    const rows = await this.sql.query<Row>(
      `select * from ${this.table} where ${condition}
       and ($${n + 1}::timestamptz is null or (${orderedBy}, question_id) > ($${n + 1}::timestamptz, $${n + 2}::text))
       order by ${orderedBy}, question_id limit $${n + 3}`,
      [...values, after?.at ?? null, after?.id ?? null, size + 1],
    );
    const items = rows.slice(0, size).map(viewOf);
    const last = items[items.length - 1];
    const position = last && (orderedBy === 'answered_at' ? last.answer!.at : last.submittedAt);
    return { items, nextCursor: rows.length > size && last ? encodeCursor({ at: position!, id: last.questionId }) : null };
  }

  private reindex(tx: SqlExecutor, questionId: string): Promise<void> {
    return reindexed(tx, this.table, questionId);
  }

  private async project(tx: SqlExecutor, event: QuestionEvent): Promise<void> {
    const { questionId, at } = event.data;
    const update = (assignments: string, values: readonly unknown[] = []) =>
      tx.query(`update ${this.table} set ${assignments}, updated_at = $2 where question_id = $1`, [questionId, at, ...values]);
    switch (event.type) {
      case 'QuestionSubmitted': {
        const d = event.data;
        await tx.query(
          `insert into ${this.table} (question_id, session_id, status, province_code, topic, original_text, published_text, asker_kind, published_name, organisation, search_key, submitted_at, updated_at)
           values ($1, $2, 'pending', $3, $4, $5, $5, $6, $7, $8, $9, $10, $10) on conflict (question_id) do nothing`,
          [questionId, d.sessionId, d.provinceCode, d.topic, d.text, d.askerKind, d.publishedName, d.organisation, foldedKey(`${d.topic} ${d.text}`), at],
        );
        return;
      }
      case 'QuestionAccepted':
        await update(`status = 'accepted'`);
        return;
      case 'QuestionRejected':
        await update(`status = 'rejected', rejection_reason = $3`, [event.data.reason]);
        return;
      case 'QuestionMerged':
        await update(`status = 'merged', merged_into = $3`, [event.data.intoQuestionId]);
        return;
      case 'QuestionEdited':
        await update(`published_text = $3`, [event.data.publishedText]);
        await this.reindex(tx, questionId);
        return;
      case 'QuestionAssigned':
        await update(`assigned_unit_code = $3, assigned_official = $4`, [event.data.unitCode, event.data.official]);
        return;
      case 'AnswerDrafted':
        await update(`draft_answer = $3, drafted_by = $4, approved_by = null`, [event.data.text, actorName(event.data.by)]);
        return;
      case 'AnswerApproved':
        await update(`approved_by = $3`, [actorName(event.data.by)]);
        return;
      case 'QuestionAnswered': {
        const d = event.data;
        await update(`answer_text = $3, answered_at = $4, answered_live = $5, answered_by_official = $6, answer_unit_code = $7`, [d.text, d.answeredAt, d.live, d.official, d.unitCode]);
        await this.reindex(tx, questionId);
        return;
      }
      case 'AnswerOverdue':
        await update(`overdue = true, answer_due_at = $3`, [event.data.dueAt]);
        return;
      default: {
        const unreachable: never = event;
        return unreachable;
      }
    }
  }
}

/** The search key follows what is published: the topic, the (edited) question and the answer. */
async function reindexed(tx: SqlExecutor, table: string, questionId: string): Promise<void> {
  const [row] = await tx.query<Pick<Row, 'topic' | 'published_text' | 'answer_text'>>(`select topic, published_text, answer_text from ${table} where question_id = $1`, [questionId]);
  if (row) await tx.query(`update ${table} set search_key = $2 where question_id = $1`, [questionId, foldedKey(`${row.topic} ${row.published_text} ${row.answer_text ?? ''}`)]);
}

function actorName(actor: QuestionEvent['data']['by']): string {
  return actor.kind === 'officer' ? actor.officerId : actor.id;
}

const iso = (value: Date | null) => (value === null ? null : new Date(value).toISOString());

function viewOf(row: Row): QuestionView {
  return {
    questionId: row.question_id,
    sessionId: row.session_id,
    status: row.status,
    provinceCode: row.province_code,
    topic: row.topic,
    originalText: row.original_text,
    publishedText: row.published_text,
    askerKind: row.asker_kind,
    publishedName: row.published_name,
    organisation: row.organisation,
    rejectionReason: row.rejection_reason,
    mergedInto: row.merged_into,
    assignedUnitCode: row.assigned_unit_code,
    assignedOfficial: row.assigned_official,
    draftAnswer: row.draft_answer,
    draftedBy: row.drafted_by,
    approvedBy: row.approved_by,
    answer:
      row.answered_at === null
        ? null
        : { text: row.answer_text!, at: iso(row.answered_at)!, live: row.answered_live!, official: row.answered_by_official, unitCode: row.answer_unit_code! },
    overdue: row.overdue,
    answerDueAt: iso(row.answer_due_at),
    submittedAt: new Date(row.submitted_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
