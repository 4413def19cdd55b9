import { describeWithServer, eventually, lookupServer, TravellingClock } from '@hotline/platform-testing';
import { graphql, startHotlinePlatform, type HotlinePlatform, type PlatformSetting } from './hotline-platform';

/**
 * Issue 3's end-to-end test: reports through every channel, each routed to the competent unit,
 * deadlines counted in working days across the Tết 2026 break, and a breach escalating the case —
 * all observed through the intake, routing and deadline subgraphs. It runs on the embedded
 * adapters and, where the servers are available (CI), on PostgreSQL and Kafka.
 */
function hotlineScenario(setting: () => PlatformSetting | undefined): void {
  const clock = new TravellingClock();
  let platform: HotlinePlatform;

  beforeAll(async () => {
    const chosen = setting();
    if (!chosen) return;
    // The Friday before Tết: 14–22 February 2026 are days off (weekends included).
    clock.travelTo('2026-02-13T09:00:00+07:00');
    platform = await startHotlinePlatform(chosen, { clock: clock.now });
  }, 120_000);
  afterAll(async () => platform?.stop());

  const call = (service: string, query: string, variables: Record<string, unknown> = {}, caller?: string) => graphql(platform, service, query, variables, caller);

  const report = (address: string, description: string) => ({
    location: { address },
    pollutionType: 'wastewater',
    nature: 'continuous',
    description,
  });

  /** The operator classifies the report as soon as the intake desk shows it; the case id comes back. */
  const classify = async (reportId: string, caller = 'operator-hanoi') => {
    const answer = await eventually(`report ${reportId} on the intake desk`, async () => {
      const result = await call('intake', 'mutation ($id: ID!) { classifyReport(id: $id, input: { pollutionType: wastewater, urgent: false, legalTrack: pollution }) { caseId status } }', { id: reportId }, caller);
      return result.data?.['classifyReport'] ? result : undefined;
    });
    return answer.data?.['classifyReport'].caseId as string;
  };

  const routedCase = (caseId: string, caller: string, until: (c: Record<string, unknown>) => boolean) =>
    eventually(`case ${caseId} in routing`, async () => {
      const result = await call('routing', 'query ($id: ID!) { case(id: $id) { id status holderUnitCode provinceCode communeCode escalations } }', { id: caseId }, caller);
      const found = result.data?.['case'] as Record<string, unknown> | null | undefined;
      return found && until(found) ? found : undefined;
    }, 30_000);

  const deadlinesOf = (caseId: string, caller: string, until: (d: Record<string, string | null>[]) => boolean) =>
    eventually(`deadlines of ${caseId}`, async () => {
      const result = await call('deadline', `{ _entities(representations: [{ __typename: "Case", id: ${JSON.stringify(caseId)} }]) { ... on Case { deadlines { step unitCode status dueAt dueAtLocal breachedAt } } } }`, {}, caller);
      const list = result.data?.['_entities']?.[0]?.deadlines as Record<string, string | null>[] | undefined;
      return list && until(list) ? list : undefined;
    }, 30_000);

  const channelCases = new Map<string, string>();
  /** Where each channel's report belongs: Ba Đình has no hotline of its own, Hoàn Kiếm has one. */
  const competentUnit: Record<string, string> = { web: 'P01', api: 'P01', phone: 'C00070' };

  it('lets Hà Nội register the hotline of Hoàn Kiếm ward (H2), so minor cases there go to the ward', async () => {
    const answer = await call(
      'routing',
      'mutation { setHotlineContact(unitCode: "C00070", phone: "024 3825 3535", email: "duongdaynong@hoankiem.hanoi.gov.vn") { ok errors { field message { en } } } }',
      {},
      'admin-hanoi',
    );
    expect(answer.data?.['setHotlineContact']).toEqual({ ok: true, errors: [] });
  });

  it('takes a report from the public web form (anonymous) and one from the API (an integrator)', async () => {
    const web = await call('intake', 'mutation ($input: ReportInput!) { submitReport(input: $input) { ok reportId trackingCode errors { field } } }', {
      input: { ...report('Phường Ba Đình, Thành phố Hà Nội', 'Nước thải đen chảy ra hồ Trúc Bạch, có mùi hôi'), reporter: { phone: '0912 222 333' } },
    });
    expect(web.data?.['submitReport']).toMatchObject({ ok: true, errors: [] });
    channelCases.set('web', await classify(web.data?.['submitReport'].reportId));

    const api = await call(
      'intake',
      'mutation ($input: ReportInput!) { submitReport(input: $input) { ok reportId errors { field } } }',
      { input: { ...report('phuong Ba Dinh, Ha Noi', 'Cơ sở sản xuất xả nước thải ra cống chung ban đêm'), reporter: { email: 'nguoidan@example.vn' } } },
      'integrator',
    );
    expect(api.data?.['submitReport']).toMatchObject({ ok: true, errors: [] });
    channelCases.set('api', await classify(api.data?.['submitReport'].reportId));
  }, 60_000);

  it('takes a hotline call entered by the operator (caller number, call time)', async () => {
    const answer = await call(
      'intake',
      'mutation ($input: ReportInput!, $caller: String!, $at: String!) { recordHotlineCall(input: $input, callerNumber: $caller, calledAt: $at) { ok reportId errors { field } } }',
      { input: report('Hoàn Kiếm, Hà Nội', 'Người gọi báo nước thải tràn ra phố Hàng Bài'), caller: '+84 24 3825 1234', at: '2026-02-13T08:45:00+07:00' },
      'operator-hanoi',
    );
    expect(answer.data?.['recordHotlineCall']).toMatchObject({ ok: true, errors: [] });
    channelCases.set('phone', await classify(answer.data?.['recordHotlineCall'].reportId));
  }, 60_000);

  it('routes every case to the competent unit and counts its deadlines across Tết 2026', async () => {
    for (const [channel, caseId] of channelCases) {
      const unit = competentUnit[channel];
      const routed = await routedCase(caseId, 'handler-hanoi', (c) => c['status'] === 'assigned');
      expect({ channel, ...routed }).toMatchObject({ channel, holderUnitCode: unit, provinceCode: '01' });
      const deadlines = await deadlinesOf(caseId, 'handler-hanoi', (list) => list.some((d) => d['step'] === 'accept'));
      // Accept within 1 working day of Friday 13 February: Tết runs 14–22 February, so the day is Monday 23.
      expect({ channel, ...deadlines.find((d) => d['step'] === 'accept') }).toMatchObject({ channel, unitCode: unit, status: 'running', dueAt: '2026-02-23T17:00:00.000Z' });
    }
  }, 120_000);

  it('escalates a case whose acceptance deadline is breached to the level above', async () => {
    const caseId = channelCases.get('web')!;
    clock.travelTo('2026-02-24T08:00:00+07:00');
    const deadlines = await deadlinesOf(caseId, 'handler-ministry', (list) => list.some((d) => d['step'] === 'accept' && d['breachedAt'] !== null));
    expect(deadlines.find((d) => d['step'] === 'accept')?.['breachedAt']).toMatch(/^2026-02-2[34]T/);
    const escalated = await routedCase(caseId, 'handler-ministry', (c) => c['holderUnitCode'] === 'BTNMT');
    expect(escalated).toMatchObject({ holderUnitCode: 'BTNMT', escalations: 1 });
  }, 120_000);
}

describe('hotline channels end to end, embedded adapters (PGlite, in-process bus)', () => {
  hotlineScenario(() => ({ kind: 'embedded' }));
});

describeWithServer('hotline channels end to end on PostgreSQL + Kafka', 'postgres', (databaseUrl) => {
  const kafka = lookupServer('kafka');
  if (!kafka.available) {
    it.skip(`needs Kafka too (SKIPPED: ${kafka.reason})`, () => undefined);
    return;
  }
  hotlineScenario(() => ({ kind: 'servers', databaseUrl, kafkaBrokers: kafka.url }));
});
