import { TravellingClock } from '@hotline/platform-testing';
import { at, each, EVERYWHERE, HANOI, label, OFFICER_ROLES, rowsMissing, verifyRow, type Operation, type Target } from './authorization-matrix';
import { graphql, startHotlinePlatform, type HotlinePlatform } from './hotline-platform';

/**
 * The authorization matrix of the session subgraph (issue 5): every query and mutation (found by
 * introspection) as every caller of the matrix (see authorization-matrix.ts), on sessions hosted
 * by Hà Nội (P01). Who may act follows the session permissions: leaders of the host plan,
 * announce and report; moderators run the session and moderate; handlers and leaders draft,
 * leaders approve; moderators publish; auditors read. The public reads announced sessions and
 * asks questions, API clients only under their scopes. Sessions need time to pass (announced 12
 * days ahead, questions only in the intake window, started on the day), so each row makes its
 * sessions two weeks ahead of the platform's clock and moves the clock forward to the stage it
 * needs, on a platform of its own.
 */

type Service = 'session';

const MODERATORS = ['operator', 'handler', 'unit_head', 'provincial_admin', 'ministry_admin'];
const LEADERS = ['unit_head', 'provincial_admin', 'ministry_admin'];
const DRAFTERS = ['handler', 'unit_head', 'provincial_admin', 'ministry_admin'];
const READERS = [...MODERATORS, 'auditor'];

/** The session's own officers who prepare targets: none of them is ever the caller an approval is refused to. */
const HOST_HEAD = 'unit_head@P01';
const HOST_OPERATOR = 'operator@P01';
const HOST_HANDLER = 'handler@P01';

const TOPIC = 'Ô nhiễm không khí đô thị';
const OFFICIAL = 'Nguyễn Văn An';

const clock = new TravellingClock();
let platform: HotlinePlatform;
/** A Hà Nội session taking questions, with one question waiting: what the read rows read. */
let hanoi: { sessionId: string; questionId: string };

async function succeed(document: string, variables: Record<string, unknown>, caller?: string): Promise<Record<string, any>> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const answer = await graphql(platform, 'session', document, variables, caller);
  if (answer.errors?.length || !answer.data) throw new Error(`${caller ?? 'anonymous'} could not prepare ${document}: ${JSON.stringify(answer.errors)}`);
  const result = Object.values(answer.data)[0] as { ok?: boolean; errors?: unknown };
  if (result?.ok === false) throw new Error(`${caller ?? 'anonymous'} could not prepare ${document}: ${JSON.stringify(result.errors)}`);
  return answer.data;
}

// ——— the calendar: Vietnam dates, and a clock that only moves forward ———

const vietnamDate = (instant: Date) => new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * To a Vietnam local time, never backwards. Always 17 minutes past the hour: the deadlines the
 * sessions start fall due at midnight and warn on the hour, so none fires while a row's refusals
 * are checked against the tables.
 */
function travelTo(local: string): void {
  const instant = new Date(`${local}+07:00`);
  if (instant <= clock.now()) throw new Error(`the matrix's clock only moves forward (to ${local})`);
  clock.travelTo(instant);
}

// ——— sessions and questions at the stage a row needs ———

const planInput = (day: string, topic = TOPIC) => ({
  hostUnitCode: 'P01',
  topic,
  startsAt: `${day}T09:00`,
  endsAt: `${day}T11:00`,
  officials: [{ name: OFFICIAL, position: 'Giám đốc Sở Nông nghiệp và Môi trường Hà Nội' }],
});

type SessionStage = 'draft' | 'announced' | 'taking questions' | 'on its day' | 'live' | 'answering' | 'reported';
const STAGES: readonly SessionStage[] = ['draft', 'announced', 'taking questions', 'on its day', 'live', 'answering', 'reported'];
const reaches = (stage: SessionStage, step: SessionStage) => STAGES.indexOf(stage) >= STAGES.indexOf(step);

/** `count` Hà Nội sessions on one day two weeks ahead, each moved by its host to `stage` (with `asked` questions each once they take them). */
async function hanoiSessions(count: number, stage: SessionStage, asked = 0): Promise<{ sessionId: string; questionIds: string[] }[]> {
  const day = plusDays(vietnamDate(clock.now()), 14);
  const sessions: { sessionId: string; questionIds: string[] }[] = [];
  for (let i = 0; i < count; i++) {
    const planned = await succeed('mutation ($input: SessionPlanInput!) { planSession(input: $input) { ok errors { field } session { id } } }', { input: planInput(day) }, HOST_HEAD);
    sessions.push({ sessionId: planned['planSession'].session.id, questionIds: [] });
  }
  const act = (mutation: string, caller: string, selection = 'id') =>
    Promise.all(sessions.map(({ sessionId }) => succeed(`mutation ($id: ID!) { ${mutation}(sessionId: $id) { ${selection} } }`, { id: sessionId }, caller)));
  if (reaches(stage, 'announced')) await act('announceSession', HOST_HEAD);
  if (reaches(stage, 'taking questions')) {
    travelTo(`${plusDays(day, -7)}T01:17:00`);
    for (const session of sessions) session.questionIds = await Promise.all(Array.from({ length: asked }, (_, n) => askQuestion(session.sessionId, n)));
  }
  if (reaches(stage, 'on its day')) travelTo(`${day}T08:17:00`);
  if (reaches(stage, 'live')) await act('startSession', HOST_OPERATOR);
  if (reaches(stage, 'answering')) await act('endSession', HOST_OPERATOR);
  if (reaches(stage, 'reported')) await act('submitSessionResultsReport', HOST_HEAD, 'totals { received }');
  return sessions;
}

const askQuestion = async (sessionId: string, n: number): Promise<string> => {
  const input = { sessionId, name: `Lê Minh Châu ${n}`, phone: '0912 345 678', provinceCode: '01', topic: TOPIC, text: `Khi nào thành phố công bố chỉ số bụi mịn theo từng phường (câu ${n})?` };
  return (await succeed('mutation ($input: SessionQuestionInput!) { submitQuestion(input: $input) { ok questionId errors { field } } }', { input }))['submitQuestion'].questionId;
};

type QuestionStage = 'pending' | 'accepted' | 'drafted' | 'approved';
const QUESTION_STAGES: readonly QuestionStage[] = ['pending', 'accepted', 'drafted', 'approved'];

/** `count` questions of one Hà Nội session at `stage`, the session taking questions or, with `live`, on air. */
async function hanoiQuestions(count: number, stage: QuestionStage, live = false): Promise<{ sessionId: string; questionIds: string[] }> {
  const [session] = await hanoiSessions(1, 'taking questions', count);
  const step = async (mutation: string, caller: string) =>
    Promise.all(session!.questionIds.map((id) => succeed(`mutation ($id: ID!) { ${mutation} { id } }`, { id }, caller)));
  const beyond = (s: QuestionStage) => QUESTION_STAGES.indexOf(stage) >= QUESTION_STAGES.indexOf(s);
  if (beyond('accepted')) await step('acceptQuestion(questionId: $id)', HOST_OPERATOR);
  if (beyond('drafted')) await step('draftAnswer(questionId: $id, text: "Sở sẽ công bố chỉ số theo phường từ quý tới.")', HOST_HANDLER);
  if (beyond('approved')) await step('approveAnswer(questionId: $id)', HOST_HEAD);
  if (live) {
    travelTo(`${plusDays(vietnamDate(clock.now()), 7)}T08:17:00`);
    await succeed('mutation ($id: ID!) { startSession(sessionId: $id) { id } }', { id: session!.sessionId }, HOST_OPERATOR);
  }
  return session!;
}

const questionTargets =
  (stage: QuestionStage, live = false) =>
  async (count: number): Promise<Target[]> =>
    (await hanoiQuestions(count, stage, live)).questionIds.map((id) => ({ variables: { id }, marks: [id] }));

const sessionTargets =
  (stage: SessionStage) =>
  async (count: number): Promise<Target[]> =>
    (await hanoiSessions(count, stage)).map(({ sessionId }) => ({ variables: { id: sessionId }, marks: [sessionId] }));

const theHanoiSession = async (): Promise<Target> => ({ variables: { id: hanoi.sessionId }, marks: [hanoi.questionId] });
const theHanoiQuestion = async (): Promise<Target> => ({ variables: { id: hanoi.questionId }, marks: [hanoi.questionId] });
const nothing = async (): Promise<Target> => ({ variables: {}, marks: [] });

const questionRow = (field: string, args: string, allowed: readonly string[], targets: Operation<Service>['targets'], fresh = true): Operation<Service> => ({
  service: 'session',
  field,
  document: `mutation ($id: ID!) { ${field}(questionId: $id${args}) { id status } }`,
  allowed,
  targets,
  fresh,
});

const sessionRow = (field: string, allowed: readonly string[], stage: SessionStage, expected: string): Operation<Service> => ({
  service: 'session',
  field,
  document: `mutation ($id: ID!) { ${field}(sessionId: $id) { id status } }`,
  allowed,
  targets: sessionTargets(stage),
  fresh: true,
  check: (result) => expect(result).toMatchObject({ status: expected }),
});

/** The rows of the matrix. */
const OPERATIONS: Operation<Service>[] = [
  // ——— queries ———
  {
    service: 'session',
    field: 'session',
    document: 'query ($id: ID!) { session(id: $id) { id status } }',
    allowed: 'public',
    scope: 'sessions:read',
    targets: each(async () => ({ variables: { id: hanoi.sessionId }, marks: [] })),
    check: (result) => expect(result).toEqual({ id: hanoi.sessionId, status: 'taking_questions' }),
  },
  { service: 'session', field: 'sessions', document: '{ sessions(unitCode: "P01") { items { id } } }', allowed: 'public', scope: 'sessions:read', targets: each(nothing) },
  {
    service: 'session',
    field: 'publishedQuestions',
    document: 'query ($id: ID!) { publishedQuestions(sessionId: $id, search: "bui min") { items { id } } }',
    allowed: 'public',
    scope: 'sessions:read',
    targets: each(async () => ({ variables: { id: hanoi.sessionId }, marks: [] })),
  },
  {
    service: 'session',
    field: 'sessionQuestions',
    document: 'query ($id: ID!) { sessionQuestions(sessionId: $id) { items { id } } }',
    allowed: at(READERS, HANOI),
    targets: each(theHanoiSession),
    check: (result) => expect((result as { items: { id: string }[] }).items.map((q) => q.id)).toContain(hanoi.questionId),
  },
  {
    service: 'session',
    field: 'sessionQuestion',
    document: 'query ($id: ID!) { sessionQuestion(id: $id) { id status } }',
    allowed: at(READERS, HANOI),
    targets: each(theHanoiQuestion),
    check: (result) => expect(result).toEqual({ id: hanoi.questionId, status: 'pending' }),
  },
  {
    service: 'session',
    field: 'sessionResultsReport',
    document: 'query ($id: ID!) { sessionResultsReport(sessionId: $id) { session { id } totals { received } } }',
    allowed: at(READERS, HANOI),
    targets: each(theHanoiSession),
  },
  {
    service: 'session',
    field: 'exportSessionResultsReport',
    document: 'query ($id: ID!) { exportSessionResultsReport(sessionId: $id, format: csv) { fileName content } }',
    allowed: at(READERS, HANOI),
    targets: each(theHanoiSession),
  },
  { service: 'session', field: 'provinceSessionQuotas', document: '{ provinceSessionQuotas(year: 2026) { unitCode sessions } }', allowed: at(OFFICER_ROLES, EVERYWHERE), targets: each(nothing) },
  { service: 'session', field: 'sessionCalendarPolicy', document: '{ sessionCalendarPolicy { current { version } } }', allowed: at(OFFICER_ROLES, EVERYWHERE), targets: each(nothing) },
  // ——— mutations: the session (each allowed caller acts on a session of its own, at the stage the act needs) ———
  {
    service: 'session',
    field: 'planSession',
    document: 'mutation ($input: SessionPlanInput!) { planSession(input: $input) { ok session { status } } }',
    allowed: at(LEADERS, HANOI),
    targets: each(async () => ({ variables: { input: planInput(plusDays(vietnamDate(clock.now()), 14)) }, marks: [] })),
    check: (result) => expect(result).toEqual({ ok: true, session: { status: 'draft' } }),
  },
  {
    service: 'session',
    field: 'reviseSessionPlan',
    document: 'mutation ($id: ID!, $input: SessionPlanInput!) { reviseSessionPlan(sessionId: $id, input: $input) { ok session { topic } } }',
    allowed: at(LEADERS, HANOI),
    targets: async () => {
      const [draft] = await hanoiSessions(1, 'draft');
      return [{ variables: { id: draft!.sessionId, input: planInput(plusDays(vietnamDate(clock.now()), 14), 'Ô nhiễm tiếng ồn đô thị') }, marks: [draft!.sessionId] }];
    },
  },
  sessionRow('announceSession', at(LEADERS, HANOI), 'draft', 'announced'),
  sessionRow('startSession', at(MODERATORS, HANOI), 'on its day', 'live'),
  sessionRow('endSession', at(MODERATORS, HANOI), 'live', 'answering'),
  {
    service: 'session',
    field: 'submitSessionResultsReport',
    document: 'mutation ($id: ID!) { submitSessionResultsReport(sessionId: $id) { session { status } } }',
    allowed: at(LEADERS, HANOI),
    targets: sessionTargets('answering'),
    fresh: true,
    check: (result) => expect(result).toEqual({ session: { status: 'reported' } }),
  },
  sessionRow('closeSession', at(LEADERS, HANOI), 'reported', 'closed'),
  {
    service: 'session',
    field: 'publishSessionCalendarPolicy',
    document:
      'mutation ($rules: SessionCalendarRulesInput!, $from: String!) { publishSessionCalendarPolicy(rules: $rules, effectiveFrom: $from) { ok published { version publishedByUnitCode } } }',
    allowed: ['ministry_admin@BTNMT'],
    // The rules in force again, from tomorrow: a new version that leaves the other rows' calendar as it is.
    targets: each(async () => {
      const current = await succeed('{ sessionCalendarPolicy { current { rules { announcementLeadDays intakeOpensDaysBefore minSessionsPerProvincePerYear ministryRoundsPerYear } } } }', {}, HOST_HEAD);
      return { variables: { rules: current['sessionCalendarPolicy'].current.rules, from: plusDays(vietnamDate(clock.now()), 1) }, marks: [] };
    }),
    check: (result) => expect(result).toMatchObject({ ok: true, published: { publishedByUnitCode: 'BTNMT' } }),
  },
  // ——— mutations: questions ———
  {
    service: 'session',
    field: 'submitQuestion',
    document: 'mutation ($input: SessionQuestionInput!) { submitQuestion(input: $input) { ok questionId } }',
    allowed: 'public',
    scope: 'questions:submit',
    targets: async () => {
      const [session] = await hanoiSessions(1, 'taking questions');
      const input = { sessionId: session!.sessionId, name: 'Phạm Thu', email: 'thu@example.vn', provinceCode: '01', topic: TOPIC, text: 'Bao giờ có trạm quan trắc bụi mịn ở phường Ba Đình?' };
      return [{ variables: { input }, marks: [] }];
    },
  },
  questionRow('acceptQuestion', '', at(MODERATORS, HANOI), questionTargets('pending')),
  questionRow('rejectQuestion', ', reason: "Câu hỏi không thuộc chủ đề của buổi giao lưu"', at(MODERATORS, HANOI), questionTargets('pending')),
  {
    service: 'session',
    field: 'mergeQuestion',
    document: 'mutation ($id: ID!, $into: ID!) { mergeQuestion(questionId: $id, intoQuestionId: $into) { id status } }',
    allowed: at(MODERATORS, HANOI),
    // Each duplicate joins the session's first question.
    targets: async (count) => {
      const { questionIds: [into, ...duplicates] } = await hanoiQuestions(count + 1, 'pending');
      return duplicates.map((id) => ({ variables: { id, into }, marks: [id, into!] }));
    },
    fresh: true,
  },
  questionRow('editQuestion', ', text: "Khi nào công bố chỉ số bụi mịn PM2.5 theo từng phường?"', at(MODERATORS, HANOI), questionTargets('pending'), false),
  questionRow('assignQuestion', ', unitCode: "P01", official: "Nguyễn Văn An"', at(MODERATORS, HANOI), questionTargets('accepted'), false),
  questionRow('draftAnswer', ', text: "Sở sẽ công bố chỉ số theo phường từ quý tới."', at(DRAFTERS, HANOI), questionTargets('accepted'), false),
  questionRow('approveAnswer', '', at(LEADERS, HANOI), questionTargets('drafted')),
  questionRow('publishAnswer', '', at(MODERATORS, HANOI), questionTargets('approved', true)),
  questionRow('answerLive', ', text: "Thành phố đã lắp thêm 20 trạm quan trắc.", official: "Nguyễn Văn An"', at(MODERATORS, HANOI), questionTargets('accepted', true)),
];

describe('authorization matrix: roles × jurisdictions × operations of the session subgraph (embedded adapters, a travelling clock)', () => {
  beforeAll(async () => {
    // A fixed start (before the platform runs, so the one move backwards the clock ever makes).
    clock.travelTo('2026-06-01T09:17:00+07:00');
    platform = await startHotlinePlatform({ kind: 'embedded' }, { clock: clock.now });
    const [session] = await hanoiSessions(1, 'taking questions', 1);
    hanoi = { sessionId: session!.sessionId, questionId: session!.questionIds[0]! };
  }, 120_000);
  afterAll(async () => platform?.stop());

  it('has a row for every query and mutation of the session subgraph', async () => {
    expect(await rowsMissing(platform, ['session'], OPERATIONS, { type: 'Session', ownFields: () => true })).toEqual([]);
  });

  it.each(OPERATIONS.map((op) => [label(op), op] as const))('%s', (_, op) => verifyRow(platform, op), 180_000);
});
