import type { RunningGateway } from '@hotline/platform-gateway';
import { eventually } from '@hotline/platform-testing';
import { graphql, startHotlinePlatform, type HotlinePlatform } from './hotline-platform';
import { startPlatformGateway, viaGateway } from './platform-gateway';

const SUBMIT = 'mutation ($input: ReportInput!) { submitReport(input: $input) { ok reportId trackingCode } }';
const CLASSIFY = 'mutation ($id: ID!) { classifyReport(id: $id, input: { pollutionType: wastewater, urgent: false, legalTrack: pollution }) { caseId } }';
const WHOLE_CASE = `query ($id: ID!) {
  case(id: $id) {
    id status holderUnitCode provinceCode
    report { id trackingCode channel receivedAt pollutionType status placement { kind provinceCode communeCode } }
    deadlines { step unitCode status dueAt dueAtLocal }
  }
}`;
const AUDITED_CASE = `query ($id: ID!, $before: String!, $after: String!) {
  case(id: $id) {
    reportHistory { streamId type actor { kind id unitCode } data }
    caseHistory { streamId revision type actor { kind id unitCode } hash prevHash }
    deadlineHistory { streamId type }
  }
  before: caseAsOf(caseId: $id, at: $before) { status holderUnitCode eventsApplied }
  after: caseAsOf(caseId: $id, at: $after) { status holderUnitCode eventsApplied }
}`;

/**
 * Issue 4: through the gateway, one query returns a case with fields from three subgraphs — its
 * intake details, its routing state and its deadlines — and an auditor gets the case's whole
 * history from the three stores the same way. Each subgraph checks the caller for itself.
 */
describe('one case through the federated gateway (embedded adapters)', () => {
  let platform: HotlinePlatform;
  let gateway: RunningGateway;
  let reportId: string;
  let trackingCode: string;
  let caseId: string;

  beforeAll(async () => {
    platform = await startHotlinePlatform({ kind: 'embedded' });
    gateway = await startPlatformGateway(platform);
    const submitted = await graphql(platform, 'intake', SUBMIT, {
      input: {
        reporter: { fullName: 'Nguyễn Văn A', phone: '0912 345 333' },
        location: { address: 'Phường Ba Đình, Thành phố Hà Nội' },
        pollutionType: 'wastewater',
        nature: 'continuous',
        description: 'Nước thải đen chảy ra hồ Trúc Bạch mỗi đêm',
      },
    });
    ({ reportId, trackingCode } = submitted.data?.['submitReport'] as { reportId: string; trackingCode: string });
    caseId = await eventually('the report on the intake desk', async () => (await graphql(platform, 'intake', CLASSIFY, { id: reportId }, 'operator-hanoi')).data?.['classifyReport']?.caseId as string | undefined);
  }, 120_000);
  afterAll(async () => {
    await gateway?.stop();
    await platform?.stop();
  });

  it('answers one query with the intake details, the routing state and the deadlines of a case', async () => {
    const answer = await eventually(
      'the case routed and its deadlines running',
      async () => {
        const result = await viaGateway(gateway, WHOLE_CASE, { id: caseId }, 'handler-hanoi');
        return result.data?.['case']?.deadlines?.some((d: { step: string }) => d.step === 'accept') ? result : undefined;
      },
      30_000,
    );
    expect(answer.errors).toBeUndefined();
    const found = answer.data?.['case'];
    // routing
    expect(found).toMatchObject({ id: caseId, status: 'assigned', holderUnitCode: 'P01', provinceCode: '01' });
    // intake
    expect(found.report).toMatchObject({ id: reportId, trackingCode, channel: 'web', pollutionType: 'wastewater', status: 'accepted', placement: { kind: 'resolved', provinceCode: '01', communeCode: '00004' } });
    expect(Date.parse(found.report.receivedAt)).toBeGreaterThan(0);
    // deadline
    expect(found.deadlines.find((d: { step: string }) => d.step === 'accept')).toMatchObject({ unitCode: 'P01', status: 'running', dueAt: expect.any(String), dueAtLocal: expect.any(String) });
    // The intake details carry no identity.
    expect(JSON.stringify(found)).not.toMatch(/Nguyễn|345333|\+84912/u);
  });

  it('gives an auditor the case’s whole history from the three stores, and the case as it stood before and after an officer acted', async () => {
    const beforeAcceptance = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    const accepted = await viaGateway(gateway, 'mutation ($id: ID!) { acceptCase(caseId: $id) { status } }', { id: caseId }, 'handler-hanoi');
    expect(accepted.data?.['acceptCase']).toEqual({ status: 'accepted' });
    const viewed = await viaGateway(gateway, 'query ($id: ID!) { reporterIdentity(reportId: $id, purpose: "Gọi lại xác minh") { disclosure fullName } }', { id: reportId }, 'operator-hanoi');
    expect(viewed.data?.['reporterIdentity']).toEqual({ disclosure: 'full', fullName: 'Nguyễn Văn A' });

    const answer = await eventually('the verify deadline in the trail', async () => {
      const result = await viaGateway(gateway, AUDITED_CASE, { id: caseId, before: beforeAcceptance, after: new Date().toISOString() }, 'auditor@BTNMT');
      return result.data?.['case']?.deadlineHistory?.some((e: { streamId: string }) => e.streamId.endsWith(':verify')) ? result : undefined;
    });
    expect(answer.errors).toBeUndefined();
    const { reportHistory, caseHistory, deadlineHistory } = answer.data?.['case'] as Record<string, { streamId: string; type: string; actor: { id: string }; revision: number; hash: string; prevHash: string | null }[]>;
    expect(reportHistory.map((e) => e.type)).toEqual(expect.arrayContaining(['intake.ReportReceived', 'intake.ReportClassified', 'intake.ReportAccepted', 'intake.ReporterIdentityViewed']));
    expect(reportHistory.find((e) => e.type === 'intake.ReporterIdentityViewed')?.actor).toMatchObject({ kind: 'officer', id: 'op-hn', unitCode: 'P01' });
    expect(JSON.stringify(reportHistory)).not.toMatch(/Nguyễn|345333/u);
    expect(caseHistory.map((e) => e.type)).toEqual(expect.arrayContaining(['routing.CaseOpened', 'routing.CaseAssigned', 'routing.CaseAccepted']));
    expect(caseHistory.find((e) => e.type === 'routing.CaseAccepted')?.actor).toMatchObject({ kind: 'officer', id: 'hd-hn', unitCode: 'P01' });
    caseHistory.forEach((e, i) => expect({ revision: e.revision, prevHash: e.prevHash }).toEqual({ revision: i, prevHash: i === 0 ? null : caseHistory[i - 1].hash }));
    expect(deadlineHistory.length).toBeGreaterThan(0);
    expect(deadlineHistory.every((e) => e.streamId.startsWith(`deadline-${caseId}:`) && e.type.startsWith('deadline.'))).toBe(true);

    expect(answer.data?.['before']).toMatchObject({ status: 'assigned', holderUnitCode: 'P01' });
    expect(answer.data?.['after']).toMatchObject({ status: 'accepted', holderUnitCode: 'P01' });
    expect(answer.data?.['after'].eventsApplied).toBe(answer.data?.['before'].eventsApplied + 1);

    const chains = await viaGateway(gateway, '{ verifyIntakeEventChain { ok eventsChecked } verifyRoutingEventChain { ok eventsChecked } verifyDeadlineEventChain { ok eventsChecked } }', {}, 'auditor@BTNMT');
    expect(chains.errors).toBeUndefined();
    for (const verdict of Object.values(chains.data ?? {})) expect(verdict).toMatchObject({ ok: true, eventsChecked: expect.any(Number) });
  });

  it('refuses another province, field by field, and shows it nothing of the case', async () => {
    const answer = await viaGateway(gateway, WHOLE_CASE, { id: caseId }, 'operator-danang');
    expect(answer.data?.['case']).toBeNull();
    expect(answer.errors?.map((e) => e.extensions?.['code'])).toContain('OUTSIDE_JURISDICTION');
    const text = JSON.stringify(answer);
    expect(text).not.toContain(reportId);
    expect(text).not.toContain(trackingCode);
    const audit = await viaGateway(gateway, AUDITED_CASE, { id: caseId, before: new Date().toISOString(), after: new Date().toISOString() }, 'auditor@P48');
    expect(audit.data).toBeNull();
    expect(JSON.stringify(audit)).not.toContain(trackingCode);
  });
});
