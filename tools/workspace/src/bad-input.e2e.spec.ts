import { eventually, TravellingClock } from '@hotline/platform-testing';
import { graphql, startHotlinePlatform, type GraphqlAnswer, type HotlinePlatform } from './hotline-platform';
import {
  fillArgument,
  hostileLeaf,
  HOSTILE_TEXTS,
  INTROSPECT_MUTATIONS,
  mutationDocument,
  wronglyTypedLeaf,
  type MutationField,
  type NamedType,
} from './hostile-input';

/**
 * Issue 3's bad-input suite: every mutation of the subgraphs — found by introspection, so
 * a new mutation is covered the day it is added — gets malformed, oversized, wrongly typed and
 * hostile input from every kind of caller. Each call must be refused with a clear error (a code
 * and a message a person can read, never an internal error) and write nothing: the row count of
 * every table the services own is the same before and after.
 */
const SERVICES = ['intake', 'routing', 'deadline', 'session'] as const;
const CALLERS = [undefined, 'operator-hanoi', 'handler-hanoi', 'head-hanoi', 'admin-hanoi', 'admin-ministry', 'integrator'];
const TEN_MEGABYTES = 'ô'.repeat(5 * 1024 * 1024);

describe('bad input to every mutation (embedded adapters)', () => {
  let platform: HotlinePlatform;
  // Runs like the system clock until the real targets are made: a session taking questions needs a date.
  const clock = new TravellingClock();
  const mutations: { service: (typeof SERVICES)[number]; field: MutationField; types: Map<string, NamedType> }[] = [];

  beforeAll(async () => {
    platform = await startHotlinePlatform({ kind: 'embedded' }, { clock: clock.now });
    for (const service of SERVICES) {
      const answer = await graphql(platform, service, INTROSPECT_MUTATIONS);
      const types = new Map((answer.data?.['__schema'].types as NamedType[]).map((t) => [t.name, t]));
      for (const field of (answer.data?.['__schema'].mutationType?.fields ?? []) as MutationField[]) mutations.push({ service, field, types });
    }
  }, 120_000);
  afterAll(async () => platform?.stop());

  it('finds the mutations of every subgraph', () => {
    const names = mutations.map((m) => m.field.name);
    expect(names).toEqual(
      expect.arrayContaining(['submitReport', 'recordHotlineCall', 'classifyReport', 'rejectReport', 'acceptCase', 'transferCase', 'escalateCase', 'planSession', 'submitQuestion', 'answerLive']),
    );
  });

  /** A refusal a person can act on: GraphQL errors with a code, or an `ok: false` result naming fields. */
  const expectClearRefusal = (what: string, answer: GraphqlAnswer, mutation: string) => {
    const result = answer.data?.[mutation] as { ok?: boolean; errors?: { field: string; message: { vi: string; en: string } }[] } | null | undefined;
    if (answer.errors?.length) {
      for (const error of answer.errors) {
        // One uppercase code in every subgraph; a domain rule's own name goes in `rule`.
        expect({ what, code: error.extensions?.['code'] }).toEqual({ what, code: expect.stringMatching(/^[A-Z_]+$/) });
        expect({ what, code: error.extensions?.['code'] }).not.toEqual({ what, code: 'INTERNAL_SERVER_ERROR' });
        expect(error.message.length).toBeGreaterThan(0);
      }
      return;
    }
    expect({ what, ok: result?.ok }).toEqual({ what, ok: false });
    expect({ what, errors: result?.errors?.length }).toEqual({ what, errors: expect.any(Number) });
    for (const error of result!.errors!) expect(error.message.vi.length * error.message.en.length).toBeGreaterThan(0);
  };

  it('refuses hostile text (script tags, SQL fragments, invalid Unicode, control characters) in every argument, from every caller, and writes nothing', async () => {
    for (const { service, field, types } of mutations) {
      const before = await platform.census();
      for (const [label, payload] of Object.entries(HOSTILE_TEXTS)) {
        const variables = Object.fromEntries(field.args.map((a) => [a.name, fillArgument(a.type, types, hostileLeaf(payload))]));
        for (const caller of CALLERS) {
          const answer = await graphql(platform, service, mutationDocument(field, types), variables, caller);
          expectClearRefusal(`${service}.${field.name} with ${label} as ${caller ?? 'anonymous'}`, answer, field.name);
        }
      }
      expect({ mutation: field.name, tables: await platform.census() }).toEqual({ mutation: field.name, tables: before });
    }
  }, 300_000);

  /** A session of Hà Nội taking questions (intake opens 7 days before it), and one question asked. */
  async function sessionTakingQuestions(): Promise<{ sessionId: string; questionId: string }> {
    clock.travelTo('2026-06-01T09:00:00+07:00');
    const plan = { hostUnitCode: 'P01', topic: 'Ô nhiễm tiếng ồn đô thị', startsAt: '2026-06-15T09:00', endsAt: '2026-06-15T11:00', officials: [{ name: 'Nguyễn Văn An', position: 'Giám đốc Sở' }] };
    const planned = await graphql(platform, 'session', 'mutation ($input: SessionPlanInput!) { planSession(input: $input) { session { id } } }', { input: plan }, 'admin-hanoi');
    const sessionId = planned.data?.['planSession'].session.id as string;
    await graphql(platform, 'session', 'mutation ($id: ID!) { announceSession(sessionId: $id) { id } }', { id: sessionId }, 'admin-hanoi');
    clock.travelTo('2026-06-10T09:00:00+07:00');
    const input = { sessionId, name: 'Lê Minh Châu', phone: '0912 345 678', provinceCode: '01', topic: plan.topic, text: 'Xin hỏi giờ thi công ban đêm được quy định thế nào?' };
    const asked = await graphql(platform, 'session', 'mutation ($input: SessionQuestionInput!) { submitQuestion(input: $input) { questionId } }', { input });
    const questionId = asked.data?.['submitQuestion']?.questionId as string | undefined;
    expect({ sessionId, questionId }).toEqual({ sessionId: expect.any(String), questionId: expect.any(String) });
    return { sessionId, questionId: questionId! };
  }

  it('refuses markup and control characters in the text of real reports and cases (past the "not found" check), and writes nothing', async () => {
    const { sessionId, questionId } = await sessionTakingQuestions();
    const submitted = await graphql(platform, 'intake', 'mutation ($input: ReportInput!) { submitReport(input: $input) { ok reportId } }', {
      input: { location: { address: 'Phường Ba Đình, Hà Nội' }, pollutionType: 'noise', nature: 'continuous', description: 'Tiếng ồn máy khoan bê tông suốt đêm' },
    });
    const reportId = submitted.data?.['submitReport'].reportId as string;
    const classified = await eventually('the report on the desk', async () => {
      const answer = await graphql(platform, 'intake', 'mutation ($id: ID!) { classifyReport(id: $id, input: { pollutionType: noise, urgent: false, legalTrack: pollution }) { caseId } }', { id: reportId }, 'operator-hanoi');
      return answer.data?.['classifyReport']?.caseId as string | undefined;
    });
    await eventually('the case in routing', async () => (await graphql(platform, 'routing', 'query ($id: ID!) { case(id: $id) { id } }', { id: classified }, 'handler-hanoi')).data?.['case']);
    const realIds: Record<string, string> = { id: reportId, reportId, caseId: classified, deadlineId: `${classified}:accept`, sessionId, questionId, intoQuestionId: questionId };
    const targeted = mutations.filter(({ field }) => field.args.some((a) => realIds[a.name]));
    expect(targeted.length).toBeGreaterThan(10);
    for (const { service, field, types } of targeted) {
      for (const label of ['script tag', 'control characters'] as const) {
        const hostile = hostileLeaf(HOSTILE_TEXTS[label]);
        const variables = Object.fromEntries(field.args.map((a) => [a.name, realIds[a.name] ?? fillArgument(a.type, types, hostile)]));
        const hasText = JSON.stringify(variables).includes(HOSTILE_TEXTS[label].slice(0, 6));
        if (!hasText) continue;
        const before = await platform.census();
        for (const caller of CALLERS) {
          const answer = await graphql(platform, service, mutationDocument(field, types), variables, caller);
          expectClearRefusal(`${service}.${field.name} on a real ${{ intake: 'report', session: 'session' }[service as string] ?? 'case'} with ${label} as ${caller ?? 'anonymous'}`, answer, field.name);
        }
        expect({ mutation: field.name, label, tables: await platform.census() }).toEqual({ mutation: field.name, label, tables: before });
      }
    }
  }, 300_000);

  it('refuses wrongly typed arguments (numbers for text, text for numbers, objects for flags), and writes nothing', async () => {
    for (const { service, field, types } of mutations) {
      if (field.args.length === 0) continue;
      const before = await platform.census();
      const variables = Object.fromEntries(field.args.map((a) => [a.name, fillArgument(a.type, types, wronglyTypedLeaf)]));
      const answer = await graphql(platform, service, mutationDocument(field, types), variables, 'admin-ministry');
      // Mostly GraphQL's own coercion error (BAD_USER_INPUT); an ID also accepts a number, which then names nothing.
      expectClearRefusal(`${service}.${field.name} wrongly typed`, answer, field.name);
      expect({ mutation: field.name, tables: await platform.census() }).toEqual({ mutation: field.name, tables: before });
    }
  }, 120_000);

  it('refuses 10 MB of text in any argument with 413 and a bilingual message, and writes nothing', async () => {
    const before = await platform.census();
    for (const { service, field, types } of mutations) {
      if (field.args.length === 0) continue;
      const variables = Object.fromEntries(field.args.map((a) => [a.name, fillArgument(a.type, types, hostileLeaf(TEN_MEGABYTES))]));
      const response = await fetch(`${platform.url(service)}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-test-officer': 'admin-ministry' },
        body: JSON.stringify({ query: mutationDocument(field, types), variables }),
      });
      const body = (await response.json()) as GraphqlAnswer;
      expect({ mutation: field.name, status: response.status }).toEqual({ mutation: field.name, status: 413 });
      expect(body.errors?.[0]?.extensions?.['message']).toEqual({ vi: expect.stringContaining('byte'), en: expect.stringContaining('bytes') });
    }
    expect(await platform.census()).toEqual(before);
  }, 300_000);

  it('refuses malformed requests: broken JSON, invalid UTF-8 bytes, a document that does not parse', async () => {
    const before = await platform.census();
    const post = (service: string, body: string | Buffer) =>
      fetch(`${platform.url(service)}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-test-officer': 'operator-hanoi' }, body });
    for (const service of SERVICES) {
      const broken = await post(service, '{"query": "mutation { submitReport(');
      expect(broken.status).toBe(400);
      const invalidUtf8 = Buffer.concat([Buffer.from('{"query":"mutation { rejectReport(id: \\"x\\", reason: \\"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('\\") { id } }"}')]);
      const refused = await post(service, invalidUtf8);
      expect({ service, status: refused.status, body: await refused.json() }).toMatchObject({ service, status: 400, body: { errors: [{ extensions: { code: 'BAD_REQUEST' } }] } });
      const unparsable = (await (await post(service, JSON.stringify({ query: 'mutation { <script> }' }))).json()) as GraphqlAnswer;
      expect(unparsable.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
    }
    expect(await platform.census()).toEqual(before);
  });
});
