import { uuidv7 } from '@hotline/contracts-events';
import {
  readSessionPlan,
  sessionFactsOf,
  SessionRuleViolation,
  vietnamDateOf,
  type PlannedSession,
  type ResultsTotals,
  type SessionActor,
  type SessionCommand,
  type SessionFacts,
  type SessionPlan,
} from '@hotline/session-domain';
import { sessionIdOf } from './aggregate-id';
import type { CalendarPolicyTable } from './calendar-policy-table';
import { SessionInputError } from './session-input-error';
import { envelopeActor, type SessionRepository } from './session-streams';

export interface SessionOfficeDependencies {
  readonly sessions: SessionRepository;
  readonly policies: CalendarPolicyTable;
  readonly now: () => Date;
}

type Input = Readonly<Record<string, unknown>>;
type DataOf<T extends SessionCommand['type']> = Omit<Extract<SessionCommand, { type: T }>['data'], 'now'>;

/**
 * What hosts do to a session: plan it, announce it, run it, report on it. Forms are read field by
 * field (SessionInputError); the Session decides the role, the jurisdiction and the state
 * (SessionRuleViolation). A refused command appends nothing.
 */
export class SessionOffice {
  constructor(private readonly deps: SessionOfficeDependencies) {}

  async plan(actor: SessionActor, input: Input): Promise<PlannedSession> {
    const plan = this.readPlan(input);
    const sessionId = uuidv7();
    return this.run(actor, sessionId, 'PlanSession', { sessionId, plan, policy: await this.policyInEffect() });
  }

  async revise(actor: SessionActor, rawSessionId: unknown, input: Input): Promise<PlannedSession> {
    const sessionId = await this.existing(rawSessionId);
    return this.run(actor, sessionId, 'ReviseSessionPlan', { plan: this.readPlan(input), policy: await this.policyInEffect() });
  }

  /** Under the calendar rules in effect today (Vietnam date). */
  async announce(actor: SessionActor, rawSessionId: unknown): Promise<PlannedSession> {
    const sessionId = await this.existing(rawSessionId);
    return this.run(actor, sessionId, 'AnnounceSession', { policy: await this.policyInEffect() });
  }

  private policyInEffect() {
    return this.deps.policies.inEffectOn(vietnamDateOf(this.deps.now().toISOString()));
  }

  async start(actor: SessionActor, rawSessionId: unknown): Promise<PlannedSession> {
    return this.run(actor, await this.existing(rawSessionId), 'StartSession', {});
  }

  async end(actor: SessionActor, rawSessionId: unknown): Promise<PlannedSession> {
    return this.run(actor, await this.existing(rawSessionId), 'EndSession', {});
  }

  async submitReport(actor: SessionActor, sessionId: string, totals: ResultsTotals): Promise<PlannedSession> {
    return this.run(actor, sessionId, 'SubmitResultsReport', { totals });
  }

  async close(actor: SessionActor, rawSessionId: unknown): Promise<PlannedSession> {
    return this.run(actor, await this.existing(rawSessionId), 'CloseSession', {});
  }

  async recordReportOverdue(actor: SessionActor, sessionId: string, breach: { deadlineId: string; dueAt: string }, at: string): Promise<void> {
    await this.deps.sessions.handle(sessionId, { type: 'RecordReportOverdue', actor, data: { ...breach, now: at } }, { actor: envelopeActor(actor), occurredAt: at });
  }

  async recordAnnouncementOverdue(actor: SessionActor, sessionId: string, breach: { deadlineId: string; dueAt: string }, at: string): Promise<void> {
    await this.deps.sessions.handle(sessionId, { type: 'RecordAnnouncementOverdue', actor, data: { ...breach, now: at } }, { actor: envelopeActor(actor), occurredAt: at });
  }

  /** The session as its stream has it now: what question decisions are made against. */
  async facts(rawSessionId: unknown): Promise<SessionFacts> {
    const sessionId = sessionIdOf(rawSessionId);
    const facts = sessionFactsOf((await this.deps.sessions.load(sessionId)).state);
    if (!facts) throw new SessionRuleViolation('session_not_found');
    return facts;
  }

  private readPlan(input: Input): SessionPlan {
    const reading = readSessionPlan(input, this.deps.now().toISOString());
    if (!reading.ok) throw new SessionInputError(reading.errors);
    return reading.plan;
  }

  private async existing(rawSessionId: unknown): Promise<string> {
    return (await this.facts(rawSessionId)).sessionId;
  }

  private async run<T extends SessionCommand['type']>(actor: SessionActor, sessionId: string, type: T, data: DataOf<T>): Promise<PlannedSession> {
    const now = this.deps.now().toISOString();
    const command = { type, actor, data: { ...data, now } } as SessionCommand;
    const handled = await this.deps.sessions.handle(sessionId, command, { actor: envelopeActor(actor), occurredAt: now });
    if (handled.state.status === 'none') throw new Error(`Session ${sessionId} has no state after ${type}`);
    return handled.state;
  }
}
