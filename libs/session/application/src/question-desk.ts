import { uuidv7 } from '@hotline/contracts-events';
import {
  questionDecider,
  readQuestionSubmission,
  readUnitCode,
  SessionRuleViolation,
  type AskedQuestion,
  type FieldError,
  type QuestionCommand,
  type SessionActor,
  type SessionFacts,
} from '@hotline/session-domain';
import { questionIdOf } from './aggregate-id';
import type { AskerRegister } from './asker-register';
import type { SessionOffice } from './session-office';
import { SessionInputError } from './session-input-error';
import { envelopeActor, type QuestionRepository } from './session-streams';

export interface QuestionDeskDependencies {
  readonly questions: QuestionRepository;
  readonly office: SessionOffice;
  readonly askers: AskerRegister;
  readonly now: () => Date;
}

export type QuestionSubmitOutcome = { readonly ok: true; readonly questionId: string } | { readonly ok: false; readonly errors: readonly FieldError[] };

type Input = Readonly<Record<string, unknown>>;
type DataOf<T extends QuestionCommand['type']> = Omit<Extract<QuestionCommand, { type: T }>['data'], 'now' | 'session'>;

/**
 * Questions from the public page and what the session's officers do with them. Each decision is
 * made against the session as its stream has it at that moment (its state, hosts, window and
 * officials); a refused command appends nothing and leaves no asker behind.
 */
export class QuestionDesk {
  constructor(private readonly deps: QuestionDeskDependencies) {}

  /**
   * S3: a citizen's or business's question, from the public page, an integrator's app, or an
   * officer typing one taken by phone. Field errors come back; refusals of the rules are thrown.
   */
  async submit(actor: SessionActor, input: Input): Promise<QuestionSubmitOutcome> {
    const session = await this.deps.office.facts(input['sessionId']);
    const reading = readQuestionSubmission(input, session.topics);
    if (!reading.ok) return { ok: false, errors: reading.errors };
    const questionId = uuidv7();
    const now = this.deps.now().toISOString();
    const command: QuestionCommand = { type: 'SubmitQuestion', actor, data: { questionId, submission: reading.submission, session, now } };
    // Decided once before anything is written, so a question outside the window leaves no asker row.
    questionDecider.decide(command, questionDecider.initialState());
    await this.deps.askers.record(questionId, reading.submission.asker);
    try {
      await this.deps.questions.handle(questionId, command, { actor: envelopeActor(actor), occurredAt: now });
    } catch (error) {
      await this.deps.askers.discard(questionId);
      throw error;
    }
    return { ok: true, questionId };
  }

  accept(actor: SessionActor, questionId: unknown): Promise<AskedQuestion> {
    return this.run(actor, questionId, 'AcceptQuestion', {});
  }

  reject(actor: SessionActor, questionId: unknown, reason: unknown): Promise<AskedQuestion> {
    return this.run(actor, questionId, 'RejectQuestion', { reason: text(reason, 'reason') });
  }

  async merge(actor: SessionActor, questionId: unknown, rawInto: unknown): Promise<AskedQuestion> {
    const into = await this.load(rawInto);
    return this.run(actor, questionId, 'MergeQuestion', { into: { questionId: into.questionId, sessionId: into.sessionId, status: into.status } });
  }

  edit(actor: SessionActor, questionId: unknown, rawText: unknown): Promise<AskedQuestion> {
    return this.run(actor, questionId, 'EditQuestion', { text: text(rawText, 'text') });
  }

  assign(actor: SessionActor, questionId: unknown, rawUnitCode: unknown, rawOfficial: unknown): Promise<AskedQuestion> {
    const given = (raw: unknown) => raw !== undefined && raw !== null && raw !== '';
    const unitCode = given(rawUnitCode) ? (typeof rawUnitCode === 'string' ? readUnitCode(rawUnitCode) : null) : null;
    const errors: FieldError[] = [];
    if (given(rawUnitCode) && unitCode === null) errors.push({ field: 'unitCode', message: { vi: 'Mã đơn vị không có trong danh mục.', en: 'Not a current unit code.' } });
    if (!given(rawUnitCode) && !given(rawOfficial)) errors.push({ field: 'unitCode', message: { vi: 'Chọn đơn vị hoặc người trả lời.', en: 'Choose an answering unit or official.' } });
    if (errors.length > 0) throw new SessionInputError(errors);
    return this.run(actor, questionId, 'AssignQuestion', { unitCode, official: given(rawOfficial) ? text(rawOfficial, 'official') : null });
  }

  draftAnswer(actor: SessionActor, questionId: unknown, rawText: unknown): Promise<AskedQuestion> {
    return this.run(actor, questionId, 'DraftAnswer', { text: text(rawText, 'text') });
  }

  approveAnswer(actor: SessionActor, questionId: unknown): Promise<AskedQuestion> {
    return this.run(actor, questionId, 'ApproveAnswer', {});
  }

  publishAnswer(actor: SessionActor, questionId: unknown): Promise<AskedQuestion> {
    return this.run(actor, questionId, 'PublishAnswer', {});
  }

  answerLive(actor: SessionActor, questionId: unknown, rawText: unknown, rawOfficial: unknown): Promise<AskedQuestion> {
    return this.run(actor, questionId, 'AnswerLive', { text: text(rawText, 'text'), official: text(rawOfficial, 'official') });
  }

  async recordOverdue(actor: SessionActor, questionId: string, breach: { deadlineId: string; dueAt: string }, at: string): Promise<void> {
    const question = await this.load(questionId);
    const session = await this.deps.office.facts(question.sessionId);
    await this.deps.questions.handle(question.questionId, { type: 'RecordAnswerOverdue', actor, data: { ...breach, session, now: at } }, { actor: envelopeActor(actor), occurredAt: at });
  }

  /** The question and the facts of its session, for reading checks. */
  async withSession(rawQuestionId: unknown): Promise<{ question: AskedQuestion; session: SessionFacts }> {
    const question = await this.load(rawQuestionId);
    return { question, session: await this.deps.office.facts(question.sessionId) };
  }

  private async load(rawQuestionId: unknown): Promise<AskedQuestion> {
    const { state } = await this.deps.questions.load(questionIdOf(rawQuestionId));
    if (state.status === 'none') throw new SessionRuleViolation('question_not_found');
    return state;
  }

  private async run<T extends QuestionCommand['type']>(actor: SessionActor, rawQuestionId: unknown, type: T, data: DataOf<T>): Promise<AskedQuestion> {
    const { question, session } = await this.withSession(rawQuestionId);
    const now = this.deps.now().toISOString();
    const command = { type, actor, data: { ...data, session, now } } as QuestionCommand;
    const handled = await this.deps.questions.handle(question.questionId, command, { actor: envelopeActor(actor), occurredAt: now });
    if (handled.state.status === 'none') throw new Error(`Question ${question.questionId} has no state after ${type}`);
    return handled.state;
  }
}

/** GraphQL has typed the argument already; this names the field if another caller did not. */
function text(raw: unknown, field: string): string {
  if (typeof raw === 'string') return raw;
  throw new SessionInputError([{ field, message: { vi: 'Phải là văn bản.', en: 'Must be text.' } }]);
}
