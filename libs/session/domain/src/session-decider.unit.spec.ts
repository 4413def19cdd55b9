import { deciderSpec } from '@hotline/platform-testing';
import {
  DEFAULT_SESSION_CALENDAR_POLICY,
  sessionDecider,
  SessionRuleViolation,
  type OfficerActor,
  type OfficerRole,
  type SessionActor,
  type SessionCommand,
  type SessionEvent,
  type SessionPlan,
} from './index';

const spec = deciderSpec(sessionDecider);
const officer = (role: OfficerRole, unitCode: string): OfficerActor => ({ kind: 'officer', officerId: `${role}@${unitCode}`, role, unitCode });
const hanoi = { head: officer('unit_head', 'P01'), admin: officer('provincial_admin', 'P01'), operator: officer('operator', 'P01'), auditor: officer('auditor', 'P01') };
const ministryAdmin = officer('ministry_admin', 'BTNMT');
const daNangAdmin = officer('provincial_admin', 'P48');
const deadlineService: SessionActor = { kind: 'system', id: 'session-service' };
const policy = DEFAULT_SESSION_CALENDAR_POLICY;

// Hà Nội's session on air pollution, Wednesday 29 April 2026, 09:00–11:00, with Đà Nẵng as co-host.
const plan: SessionPlan = {
  hostUnitCode: 'P01',
  coHostUnitCodes: ['P48'],
  topic: 'Ô nhiễm không khí đô thị',
  subtopics: ['Bụi mịn PM2.5', 'Rác thải sinh hoạt'],
  startsAt: '2026-04-29T02:00:00.000Z',
  endsAt: '2026-04-29T04:00:00.000Z',
  officials: [{ name: 'Nguyễn Văn An', position: 'Giám đốc Sở Nông nghiệp và Môi trường', unitCode: null }],
};
const totals = { received: 7, accepted: 5, answeredLive: 2, answeredAfterwards: 2, overdue: 1 };

type DataOf<T extends SessionCommand['type']> = Omit<Extract<SessionCommand, { type: T }>['data'], 'now'>;
const command = <T extends SessionCommand['type']>(type: T, actor: SessionActor, data: DataOf<T>, now: string): SessionCommand => ({ type, actor, data: { ...data, now } }) as SessionCommand;
const stamp = (at: string, by: SessionActor) => ({ sessionId: 's-1', at, by });

const planned: SessionEvent = { type: 'SessionPlanned', data: { ...stamp('2026-04-10T02:00:00.000Z', hanoi.head), ...plan, intakeOpensAt: '2026-04-21T17:00:00.000Z', announceBy: '2026-04-17T17:00:00.000Z' } };
const announced: SessionEvent = {
  type: 'SessionAnnounced',
  data: {
    ...stamp('2026-04-16T02:00:00.000Z', hanoi.head),
    hostUnitCode: 'P01',
    coHostUnitCodes: ['P48'],
    topic: plan.topic,
    startsAt: plan.startsAt,
    endsAt: plan.endsAt,
    intakeOpensAt: '2026-04-21T17:00:00.000Z',
    intakeClosesAt: '2026-04-29T04:00:00.000Z',
    announcedAt: '2026-04-16T02:00:00.000Z',
    policyVersion: 1,
  },
};
const started: SessionEvent = { type: 'SessionStarted', data: { ...stamp('2026-04-29T01:55:00.000Z', hanoi.operator), startedAt: '2026-04-29T01:55:00.000Z' } };
const ended: SessionEvent = {
  type: 'SessionEnded',
  data: { ...stamp('2026-04-29T04:00:00.000Z', hanoi.operator), hostUnitCode: 'P01', startsAt: plan.startsAt, endsAt: plan.endsAt, endedAt: '2026-04-29T04:00:00.000Z' },
};

describe('Session (S1–S5)', () => {
  it('is planned as a draft by the host’s leaders, times in UTC, with the end of the last announcement day (S2: 5 days before intake opens)', () => {
    spec.given([]).when(command('PlanSession', hanoi.head, { sessionId: 's-1', plan, policy }, '2026-04-10T09:00:00+07:00')).then([planned]);
  });

  it('refuses a plan for another province’s page, and from roles that do not lead', () => {
    spec.given([]).when(command('PlanSession', daNangAdmin, { sessionId: 's-1', plan, policy }, '2026-04-10T09:00:00+07:00')).thenThrows(SessionRuleViolation, /outside_jurisdiction/);
    spec.given([]).when(command('PlanSession', hanoi.operator, { sessionId: 's-1', plan, policy }, '2026-04-10T09:00:00+07:00')).thenThrows(SessionRuleViolation, /forbidden_role/);
  });

  it('is announced with its intake window and the policy version (S2, S3)', () => {
    spec.given([planned]).when(command('AnnounceSession', hanoi.head, { policy }, '2026-04-16T09:00:00+07:00')).then([announced]);
  });

  it('may still be announced on the last day (17/04: 5 days before intake opens on 22/04), at any hour', () => {
    const late = command('AnnounceSession', ministryAdmin, { policy }, '2026-04-17T23:59:00+07:00');
    expect(sessionDecider.decide(late, [planned].reduce(sessionDecider.evolve, sessionDecider.initialState()))).toHaveLength(1);
  });

  it('refuses an announcement later than that, naming the last day and the first session day still possible', () => {
    spec
      .given([planned])
      .when(command('AnnounceSession', hanoi.head, { policy }, '2026-04-18T00:00:00+07:00'))
      .thenThrows(SessionRuleViolation, /announcement_too_late.*by 17\/04\/2026.*move the session to 30\/04\/2026 or later/);
  });

  it('lets a draft be moved to a later day, then announced', () => {
    const later = { ...plan, startsAt: '2026-05-06T02:00:00.000Z', endsAt: '2026-05-06T04:00:00.000Z' };
    spec
      .given([planned])
      .when(command('ReviseSessionPlan', hanoi.admin, { plan: later, policy }, '2026-04-18T08:00:00+07:00'))
      .then([{ type: 'SessionPlanRevised', data: { ...stamp('2026-04-18T01:00:00.000Z', hanoi.admin), ...later, intakeOpensAt: '2026-04-28T17:00:00.000Z', announceBy: '2026-04-24T17:00:00.000Z' } }]);
  });

  it('goes live on its day, from the host or a co-host, and ends with the instant the answer limits count from', () => {
    spec.given([planned, announced]).when(command('StartSession', hanoi.operator, {}, '2026-04-29T08:55:00+07:00')).then([started]);
    spec.given([planned, announced, started]).when(command('EndSession', hanoi.operator, {}, '2026-04-29T11:00:00+07:00')).then([ended]);
    expect(() => sessionDecider.decide(command('StartSession', officer('operator', 'P48'), {}, '2026-04-29T08:55:00+07:00'), [planned, announced].reduce(sessionDecider.evolve, sessionDecider.initialState()))).not.toThrow();
  });

  it('is not started on another day', () => {
    spec.given([planned, announced]).when(command('StartSession', hanoi.operator, {}, '2026-04-28T09:00:00+07:00')).thenThrows(SessionRuleViolation, /not_session_day/);
  });

  it('records who submitted the results report to the ministry, when, and its totals', () => {
    spec
      .given([planned, announced, started, ended])
      .when(command('SubmitResultsReport', hanoi.head, { totals }, '2026-05-11T10:00:00+07:00'))
      .then([
        {
          type: 'ResultsReportSubmitted',
          data: { ...stamp('2026-05-11T03:00:00.000Z', hanoi.head), hostUnitCode: 'P01', submittedAt: '2026-05-11T03:00:00.000Z', submittedBy: { officerId: 'unit_head@P01', unitCode: 'P01' }, totals },
        },
      ]);
  });

  it('refuses a report before the session ended, and from a co-host (the host reports)', () => {
    spec.given([planned, announced, started]).when(command('SubmitResultsReport', hanoi.head, { totals }, '2026-04-29T10:00:00+07:00')).thenThrows(SessionRuleViolation, /invalid_state/);
    spec.given([planned, announced, started, ended]).when(command('SubmitResultsReport', daNangAdmin, { totals }, '2026-05-11T10:00:00+07:00')).thenThrows(SessionRuleViolation, /outside_jurisdiction/);
  });

  it('records a breach of the report limit once, however often it is reported', () => {
    const overdue: SessionEvent = { type: 'ResultsReportOverdue', data: { ...stamp('2026-05-12T17:00:00.000Z', deadlineService), deadlineId: 'session-s-1:session_report', dueAt: '2026-05-12T17:00:00.000Z' } };
    const record = command('RecordReportOverdue', deadlineService, { deadlineId: 'session-s-1:session_report', dueAt: '2026-05-12T17:00:00.000Z' }, '2026-05-12T17:00:00.000Z');
    spec.given([planned, announced, started, ended]).when(record).then([overdue]);
    spec.given([planned, announced, started, ended, overdue]).when(record).then([]);
    spec.given([planned, announced, started, ended]).when({ ...record, actor: hanoi.head }).thenThrows(SessionRuleViolation, /forbidden_role/);
  });

  it('records a missed announcement day on a draft once; one since moved or met is not recorded', () => {
    const facts = { deadlineId: 'session-s-1:session_announce', dueAt: '2026-04-17T17:00:00.000Z' };
    const overdue: SessionEvent = { type: 'AnnouncementOverdue', data: { ...stamp('2026-04-17T17:00:00.000Z', deadlineService), ...facts } };
    const record = command('RecordAnnouncementOverdue', deadlineService, facts, '2026-04-17T17:00:00.000Z');
    spec.given([planned]).when(record).then([overdue]);
    spec.given([planned, overdue]).when(record).then([]);
    spec.given([planned, announced]).when(record).then([]);
    spec.given([planned]).when({ ...record, actor: hanoi.head }).thenThrows(SessionRuleViolation, /forbidden_role/);
    const state = [planned, overdue].reduce(sessionDecider.evolve, sessionDecider.initialState());
    expect(state).toMatchObject({ status: 'draft', announcementOverdue: true });
  });

  it('refuses everything on a session that does not exist, and an auditor’s changes', () => {
    spec.given([]).when(command('AnnounceSession', hanoi.head, { policy }, '2026-04-16T09:00:00+07:00')).thenThrows(SessionRuleViolation, /session_not_found/);
    spec.given([planned]).when(command('AnnounceSession', hanoi.auditor, { policy }, '2026-04-16T09:00:00+07:00')).thenThrows(SessionRuleViolation, /forbidden_role/);
  });
});
