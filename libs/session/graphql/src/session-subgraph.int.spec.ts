import { graphql } from 'graphql';
import { loadConfig } from '@hotline/platform-config';
import { ProcessedEvents } from '@hotline/platform-event-bus';
import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import { InMemoryCheckpointStore } from '@hotline/platform-event-store';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import type { RequestActor } from '@hotline/platform-graphql';
import { createLogger } from '@hotline/platform-runtime';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import { TravellingClock } from '@hotline/platform-testing';
import { startSessionFeatures, type SessionFeatures } from '@hotline/session-application';
import { sessionSubgraphSchema } from './session-service';

const officer = (role: Extract<RequestActor, { kind: 'officer' }>['role'], unitCode: string): RequestActor => ({ kind: 'officer', id: `${role}-${unitCode}`, role, unitCode });
const anonymous: RequestActor = { kind: 'anonymous' };
const headHanoi = officer('unit_head', 'P01');
const operatorHanoi = officer('operator', 'P01');
const auditorHanoi = officer('auditor', 'P01');
const operatorHcm = officer('operator', 'P79');
const ministryAdmin = officer('ministry_admin', 'BTNMT');
const ministryAdminAtHanoi = officer('ministry_admin', 'P01');
const integrator = (...scopes: string[]): RequestActor => ({ kind: 'integrator', id: 'cong-dich-vu-cong', scopes });

interface Result {
  data?: Record<string, any> | null; // eslint-disable-line @typescript-eslint/no-explicit-any
  errors?: readonly { message: string; originalError?: unknown }[];
}

describe('session subgraph', () => {
  const clock = new TravellingClock();
  let sql: PGliteSqlClient;
  let bus: InProcessEventBus;
  let features: SessionFeatures;
  let schema: ReturnType<typeof sessionSubgraphSchema>;

  const run = (source: string, actor: RequestActor, variableValues: Record<string, unknown> = {}): Promise<Result> =>
    graphql({ schema, source, variableValues, contextValue: { actor } }) as Promise<Result>;
  const codeOf = (result: Result) => (result.errors?.[0]?.originalError as { code?: string } | undefined)?.code;
  const ruleOf = (result: Result) => (result.errors?.[0]?.originalError as { rule?: string } | undefined)?.rule;

  beforeAll(async () => {
    sql = await PGliteSqlClient.open();
    bus = new InProcessEventBus();
    features = await startSessionFeatures(
      {
        config: loadConfig({}),
        logger: createLogger('error'),
        clock: clock.now,
        infrastructure: { sql, store: new SqlEventStore(sql, { schema: 'session_events' }), bus, checkpoints: new InMemoryCheckpointStore(), processed: new ProcessedEvents(sql, 'session'), close: async () => undefined },
      },
      { retry: { maxAttempts: 1 } },
    );
    schema = sessionSubgraphSchema(features);
  }, 60_000);
  afterAll(async () => {
    await features.stop();
    await bus.close();
    await sql.close();
  });

  const PLAN = `mutation ($input: SessionPlanInput!) { planSession(input: $input) { ok errors { field message { vi en } } session { id status hostUnitCode startsAtLocal } } }`;
  const SESSION = `query ($id: ID!) { session(id: $id) { id status statusText { en } intakeWindow { opensAtLocal closesAtLocal open } } }`;
  const plan = {
    hostUnitCode: 'P01',
    topic: 'Ô nhiễm không khí đô thị',
    subtopics: ['Bụi mịn PM2.5'],
    startsAt: '2026-04-29T09:00',
    endsAt: '2026-04-29T11:00',
    officials: [{ name: 'Nguyễn Văn An', position: 'Giám đốc Sở' }],
  };
  let sessionId: string;
  let questionId: string;

  it('plans a draft for the host’s leaders, answering bad fields in the result', async () => {
    clock.travelTo('2026-04-10T09:00:00+07:00');
    const bad = await run(PLAN, headHanoi, { input: { ...plan, hostUnitCode: 'C00070', endsAt: 'chiều' } });
    expect(bad.data?.['planSession']).toMatchObject({ ok: false, session: null, errors: [{ field: 'hostUnitCode' }, { field: 'endsAt' }] });
    const refused = await run(PLAN, operatorHanoi, { input: plan });
    expect(codeOf(refused)).toBe('forbidden_role');
    const planned = await run(PLAN, headHanoi, { input: plan });
    expect(planned.data?.['planSession']).toMatchObject({ ok: true, errors: [], session: { status: 'draft', hostUnitCode: 'P01', startsAtLocal: '2026-04-29T09:00:00+07:00' } });
    sessionId = planned.data?.['planSession'].session.id;
  });

  it('shows a draft only to its hosts’ officers', async () => {
    expect((await run(SESSION, anonymous, { id: sessionId })).data?.['session']).toBeNull();
    expect((await run(SESSION, operatorHcm, { id: sessionId })).data?.['session']).toBeNull();
    expect((await run(SESSION, auditorHanoi, { id: sessionId })).data?.['session']).toMatchObject({ status: 'draft' });
  });

  it('announces it; the public sees it taking questions from the minute intake opens', async () => {
    clock.travelTo('2026-04-16T09:00:00+07:00');
    expect((await run('mutation ($id: ID!) { announceSession(sessionId: $id) { status } }', headHanoi, { id: sessionId })).data?.['announceSession']).toEqual({ status: 'announced' });
    clock.travelTo('2026-04-22T00:00:00+07:00');
    expect((await run(SESSION, anonymous, { id: sessionId })).data?.['session']).toEqual({
      id: sessionId,
      status: 'taking_questions',
      statusText: { en: 'taking questions' },
      intakeWindow: { opensAtLocal: '2026-04-22T00:00:00+07:00', closesAtLocal: '2026-04-29T11:00:00+07:00', open: true },
    });
  });

  it('takes a question from the public form and shows the asker only to the session’s moderators', async () => {
    const submitted = await run('mutation ($input: SessionQuestionInput!) { submitQuestion(input: $input) { ok questionId errors { field } } }', anonymous, {
      input: { sessionId, name: 'Lê Minh Châu', email: 'chau@example.vn', provinceCode: '01', topic: 'bui min pm2.5', text: 'Khi nào có chỉ số bụi mịn từng phường?', hideName: true },
    });
    expect(submitted.data?.['submitQuestion']).toMatchObject({ ok: true, errors: [] });
    questionId = submitted.data?.['submitQuestion'].questionId;
    await features.caughtUp();
    const QUESTIONS = `query ($id: ID!) { sessionQuestions(sessionId: $id) { items { id status nameHidden asker { name email } } } }`;
    expect((await run(QUESTIONS, operatorHanoi, { id: sessionId })).data?.['sessionQuestions'].items).toEqual([
      { id: questionId, status: 'pending', nameHidden: true, asker: { name: 'Lê Minh Châu', email: 'chau@example.vn' } },
    ]);
    expect((await run(QUESTIONS, auditorHanoi, { id: sessionId })).data?.['sessionQuestions'].items[0].asker).toBeNull();
    expect(codeOf(await run(QUESTIONS, anonymous, { id: sessionId }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await run(QUESTIONS, operatorHcm, { id: sessionId }))).toBe('OUTSIDE_JURISDICTION');
  });

  it('lets an API client read sessions and send questions only with the scopes its client was granted, writing nothing otherwise', async () => {
    const QUESTIONS = `query ($id: ID!) { sessionQuestions(sessionId: $id) { items { id } } }`;
    const asked = async () => (await run(QUESTIONS, operatorHanoi, { id: sessionId })).data?.['sessionQuestions'].items.length;
    expect((await run(SESSION, integrator('sessions:read'), { id: sessionId })).data?.['session']).toMatchObject({ id: sessionId, status: 'taking_questions' });
    const unscoped = await run(SESSION, integrator('questions:submit'), { id: sessionId });
    expect([codeOf(unscoped), ruleOf(unscoped), unscoped.errors?.[0]?.message]).toEqual(['FORBIDDEN', 'missing_scope', expect.stringContaining('“sessions:read”')]);
    for (const query of ['{ sessions { items { id } } }', `{ publishedQuestions(sessionId: "${sessionId}") { items { id } } }`]) {
      expect(ruleOf(await run(query, integrator('reports:submit')))).toBe('missing_scope');
      expect((await run(query, integrator('sessions:read'))).errors).toBeUndefined();
    }

    const SUBMIT = 'mutation ($input: SessionQuestionInput!) { submitQuestion(input: $input) { ok questionId errors { field message { en } } } }';
    const input = { sessionId, name: 'Cổng dịch vụ công', email: 'hotro@dichvucong.gov.vn', provinceCode: '01', topic: 'Bụi mịn PM2.5', text: 'Trạm quan trắc bụi mịn gần trường học có số liệu công khai không?' };
    const before = await asked();
    expect(ruleOf(await run(SUBMIT, integrator('sessions:read'), { input }))).toBe('missing_scope');
    await features.caughtUp();
    expect(await asked()).toBe(before);
    expect((await run(SUBMIT, integrator('questions:submit'), { input })).data?.['submitQuestion']).toMatchObject({ ok: true, errors: [] });
    await features.caughtUp();
    expect(await asked()).toBe(before + 1);
  });

  it('refuses moderation with the domain’s code and bilingual text, and writes nothing', async () => {
    const before = (await features.questions.byId(questionId))?.updatedAt;
    const refused = await run('mutation ($id: ID!) { rejectQuestion(questionId: $id, reason: "<b>x</b>") { id } }', operatorHanoi, { id: questionId });
    expect(codeOf(refused)).toBe('invalid_text');
    expect(codeOf(await run('mutation ($id: ID!) { acceptQuestion(questionId: $id) { id } }', anonymous, { id: questionId }))).toBe('forbidden_role');
    expect(codeOf(await run('mutation { acceptQuestion(questionId: "không-có") { id } }', operatorHanoi))).toBe('question_not_found');
    expect(codeOf(await run('mutation ($id: ID!) { assignQuestion(questionId: $id) { id } }', operatorHanoi, { id: questionId }))).toBe('INVALID_INPUT');
    expect((await features.questions.byId(questionId))?.updatedAt).toBe(before);
    const accepted = await run('mutation ($id: ID!) { acceptQuestion(questionId: $id) { status } }', operatorHanoi, { id: questionId });
    expect(accepted.data?.['acceptQuestion']).toEqual({ status: 'accepted' });
  });

  it('lists every province’s sessions of a year for officers, and lets only the ministry publish calendar rules', async () => {
    const quotas = await run('{ provinceSessionQuotas(year: 2026) { unitCode sessions belowMinimum } }', operatorHanoi);
    expect(quotas.data?.['provinceSessionQuotas']).toContainEqual({ unitCode: 'P01', sessions: 1, belowMinimum: true });
    expect(codeOf(await run('{ provinceSessionQuotas(year: 2026) { unitCode } }', anonymous))).toBe('UNAUTHENTICATED');
    const PUBLISH = `mutation ($from: String!) { publishSessionCalendarPolicy(rules: { announcementLeadDays: 7, intakeOpensDaysBefore: 10, minSessionsPerProvincePerYear: 2, ministryRoundsPerYear: 2 }, effectiveFrom: $from) { ok errors { field } published { version effectiveFrom publishedBy } } }`;
    expect(codeOf(await run(PUBLISH, headHanoi, { from: '2026-05-01' }))).toBe('FORBIDDEN');
    const misconfigured = await run(PUBLISH, ministryAdminAtHanoi, { from: '2026-05-01' });
    expect([codeOf(misconfigured), ruleOf(misconfigured), misconfigured.errors?.[0]?.message]).toEqual(['FORBIDDEN', 'ministry_unit_required', expect.stringMatching(/BTNMT.*P01/)]);
    expect((await run(PUBLISH, ministryAdmin, { from: '2026-04-22' })).data?.['publishSessionCalendarPolicy']).toMatchObject({ ok: false, errors: [{ field: 'effectiveFrom' }] });
    expect((await run(PUBLISH, ministryAdmin, { from: '2026-05-01' })).data?.['publishSessionCalendarPolicy']).toEqual({
      ok: true,
      errors: [],
      published: { version: 2, effectiveFrom: '2026-05-01', publishedBy: 'ministry_admin-BTNMT' },
    });
    const overview = await run('{ sessionCalendarPolicy { current { version rules { announcementLeadDays } } history { version } } }', operatorHanoi);
    expect(overview.data?.['sessionCalendarPolicy']).toEqual({ current: { version: 1, rules: { announcementLeadDays: 5 } }, history: [{ version: 2 }, { version: 1 }] });
  });
});
