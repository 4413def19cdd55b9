import { eventually } from '@hotline/platform-testing';
import { at, coversHanoi, each, EVERYWHERE, HANOI, JURISDICTION_REFUSALS, label, OFFICER_ROLES, roleOf, ROLE_REFUSALS, rowsMissing, unitOf, verifyRow, type Caller, type Operation, type Target } from './authorization-matrix';
import { graphql, startHotlinePlatform, type HotlinePlatform } from './hotline-platform';

/**
 * Issue 4's authorization matrix for the report subgraphs: every query and mutation of intake,
 * routing and deadline, and every field they add to a case (found by introspection, so a new
 * operation fails the suite until it has a row), as every caller of the matrix (see
 * authorization-matrix.ts for who calls and what each must get). Each row names who may call
 * the operation on a Hà Nội report, case or deadline (held by P01, in Phường Ba Đình). The
 * session subgraph has its own matrix (session-authorization-matrix.e2e.spec.ts): its rows travel
 * in time, which would let these cases' deadlines fall due.
 */

type Service = 'intake' | 'routing' | 'deadline';

const DESK_ROLES = ['operator', 'handler', 'unit_head', 'provincial_admin', 'ministry_admin'];
const ADJUSTERS = ['unit_head', 'provincial_admin', 'ministry_admin'];
const AUDITORS_OF_HANOI = [...at(['auditor'], HANOI), 'ministry_admin@BTNMT'];
const NATIONAL_AUDITORS = ['auditor@BTNMT', 'ministry_admin@BTNMT'];
const HEADS_AND_ADMINS_OF_HANOI = ['unit_head@P01', 'provincial_admin@P01', 'ministry_admin@BTNMT'];

let platform: HotlinePlatform;
/** The Hà Nội report and case most rows act on, made once. */
let hanoi: { reportId: string; trackingCode: string; caseId: string };

const call = (service: Service, document: string, variables: Record<string, unknown>, caller: Caller) => graphql(platform, service, document, variables, caller);

async function succeed(service: Service, document: string, variables: Record<string, unknown>, caller: string): Promise<Record<string, any>> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const answer = await call(service, document, variables, caller);
  if (answer.errors?.length || !answer.data) throw new Error(`${caller} could not prepare ${document}: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

// Reports lie 600 m apart, so none is linked to another's case as a duplicate.
let placed = 0;
const nextPoint = () => ({ latitude: 20.95 + placed++ * 0.006, longitude: 105.8 });

async function hanoiReport(): Promise<{ reportId: string; trackingCode: string }> {
  const data = await succeed(
    'intake',
    'mutation ($input: ReportInput!) { submitReport(input: $input) { ok reportId trackingCode } }',
    {
      input: {
        reporter: { fullName: 'Trần Thị Hoa', phone: '0912 777 888' },
        location: { address: 'Phường Ba Đình, Hà Nội', ...nextPoint() },
        pollutionType: 'wastewater',
        nature: 'continuous',
        description: 'Nước thải đen chảy ra hồ mỗi đêm',
      },
    },
    'operator-hanoi',
  );
  return data['submitReport'];
}

/** A Hà Nội report accepted at the desk and routed by routing to P01, waiting there (assigned). */
async function hanoiCase(legalTrack: 'pollution' | 'denunciation' = 'pollution') {
  const report = await hanoiReport();
  const classify = `mutation ($id: ID!) { classifyReport(id: $id, input: { pollutionType: wastewater, urgent: false, legalTrack: ${legalTrack} }) { caseId } }`;
  const caseId = await eventually('the report on the desk', async () => (await call('intake', classify, { id: report.reportId }, 'operator-hanoi')).data?.['classifyReport']?.caseId as string | undefined);
  await eventually('the case assigned to P01', async () => (await call('routing', 'query ($id: ID!) { case(id: $id) { status holderUnitCode } }', { id: caseId }, 'handler-hanoi')).data?.['case']?.status === 'assigned');
  return { ...report, caseId };
}

const STEPS = {
  accept: ['handler-hanoi', 'acceptCase(caseId: $id)'],
  verify: ['handler-hanoi', 'recordVerification(caseId: $id, findings: "Kiểm tra hiện trường: có nước thải", pollutionConfirmed: true)'],
  handle: ['handler-hanoi', 'recordHandling(caseId: $id, measures: "Lập biên bản, yêu cầu khắc phục")'],
  feedBack: ['handler-hanoi', 'feedBackResult(caseId: $id, message: "Cơ sở đã bị xử phạt")'],
  close: ['head-hanoi', 'closeCase(caseId: $id)'],
  handBack: ['head-hanoi', 'handBackCase(caseId: $id, reason: "Cần phân loại lại mức độ")'],
} as const;

/** A Hà Nội case moved on by its own officers, step by step. */
async function caseAfter(...steps: (keyof typeof STEPS)[]): Promise<Target> {
  const made = await hanoiCase();
  for (const step of steps) {
    const [caller, mutation] = STEPS[step];
    await succeed('routing', `mutation ($id: ID!) { ${mutation} { id } }`, { id: made.caseId }, caller);
  }
  return { variables: { id: made.caseId }, marks: [made.reportId, made.trackingCode] };
}

/** A running deadline of a fresh case: the verify step once accepted, paused if asked; the denunciation clock. */
async function deadlineOf(kind: 'verify' | 'paused verify' | 'denunciation'): Promise<Target> {
  const made = kind === 'denunciation' ? await hanoiCase('denunciation') : { ...(await hanoiCase()) };
  if (kind !== 'denunciation') await succeed('routing', 'mutation ($id: ID!) { acceptCase(caseId: $id) { id } }', { id: made.caseId }, 'handler-hanoi');
  const id = `${made.caseId}:${kind === 'denunciation' ? 'denunciation_resolve' : 'verify'}`;
  const deadlines = 'query ($case: ID!) { _entities(representations: [{ __typename: "Case", id: $case }]) { ... on Case { deadlines { id status } } } }';
  await eventually(`deadline ${id} running`, async () =>
    ((await call('deadline', deadlines, { case: made.caseId }, 'head-hanoi')).data?.['_entities']?.[0]?.deadlines as { id: string; status: string }[] | undefined)?.some((d) => d.id === id && d.status === 'running'),
  );
  if (kind === 'paused verify') await succeed('deadline', 'mutation ($id: ID!) { pauseDeadline(id: $id, reason: "Chờ kết quả quan trắc") { id } }', { id }, 'head-hanoi');
  return { variables: { id }, marks: [made.reportId, made.trackingCode] };
}

const ambiguousReport = async (): Promise<Target> => {
  const data = await succeed(
    'intake',
    'mutation ($input: ReportInput!) { submitReport(input: $input) { reportId trackingCode } }',
    { input: { location: { address: 'xa tan lap, huyen dan phuong, ha noi' }, pollutionType: 'noise', nature: 'continuous', description: 'Tiếng ồn máy nghiền đá suốt đêm' } },
    'operator-hanoi',
  );
  const { reportId, trackingCode } = data['submitReport'];
  await eventually('the report on the desk', async () => (await call('intake', 'query ($id: ID!) { report(id: $id) { id } }', { id: reportId }, 'operator-hanoi')).data?.['report']);
  return { variables: { id: reportId }, marks: [reportId, trackingCode] };
};

const receivedReport = async (): Promise<Target> => {
  const { reportId, trackingCode } = await hanoiReport();
  await eventually('the report on the desk', async () => (await call('intake', 'query ($id: ID!) { report(id: $id) { id } }', { id: reportId }, 'operator-hanoi')).data?.['report']);
  return { variables: { id: reportId }, marks: [reportId, trackingCode] };
};

const theHanoiReport = async (): Promise<Target> => ({ variables: { id: hanoi.reportId }, marks: [hanoi.reportId, hanoi.trackingCode] });
const theHanoiCase = async (): Promise<Target> => ({ variables: { id: hanoi.caseId }, marks: [hanoi.reportId, hanoi.trackingCode] });
const nothing = async (): Promise<Target> => ({ variables: {}, marks: [] });
const theHanoiUnit = async (): Promise<Target> => ({ variables: { unit: 'P01' }, marks: [hanoi.reportId, hanoi.trackingCode] });

let callIds = 0;
const inDays = (days: number) => new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
const entity = (selection: string) => `query ($id: ID!) { _entities(representations: [{ __typename: "Case", id: $id }]) { ... on Case { ${selection} } } }`;
const REPORT_INPUT = { location: { address: 'Phường Ba Đình, Hà Nội' }, pollutionType: 'noise', nature: 'sudden', description: 'Tiếng ồn công trình lúc nửa đêm' };

/** The rows of the matrix. */
const OPERATIONS: Operation<Service>[] = [
  // ——— intake: queries ———
  {
    service: 'intake',
    field: 'trackReport',
    document: 'query ($code: String!, $contact: String!) { trackReport(trackingCode: $code, contact: $contact) { status } }',
    allowed: 'public',
    scope: 'reports:track',
    targets: each(async () => ({ variables: { code: hanoi.trackingCode, contact: '0912777888' }, marks: [] })),
  },
  { service: 'intake', field: 'report', document: 'query ($id: ID!) { report(id: $id) { id trackingCode } }', allowed: at(OFFICER_ROLES, HANOI), targets: each(theHanoiReport) },
  {
    service: 'intake',
    field: 'intakeDesk',
    document: 'query { intakeDesk(status: accepted, first: 200) { items { id trackingCode } } }',
    allowed: at(DESK_ROLES, EVERYWHERE),
    targets: each(async () => ({ variables: {}, marks: [hanoi.reportId, hanoi.trackingCode] })),
    // Every report of this run lies in Hà Nội: another desk's list is empty.
    check: (result, caller) => expect((result as { items: { id: string }[] }).items.map((r) => r.id)).toEqual(coversHanoi(caller) ? expect.arrayContaining([hanoi.reportId]) : []),
  },
  {
    service: 'intake',
    field: 'reporterIdentity',
    document: 'query ($id: ID!) { reporterIdentity(reportId: $id, purpose: "Kiểm tra theo ma trận phân quyền") { disclosure fullName phone } }',
    allowed: at(OFFICER_ROLES, HANOI),
    targets: each(theHanoiReport),
    check: (result, caller) => {
      const full = ['operator', 'unit_head'].includes(roleOf(caller));
      expect(result).toEqual(full ? { disclosure: 'full', fullName: 'Trần Thị Hoa', phone: '+84912777888' } : { disclosure: 'masked', fullName: 'Trần T*** H***', phone: '09*****888' });
    },
  },
  {
    service: 'intake',
    field: 'reportAsOf',
    document: 'query ($id: ID!) { reportAsOf(reportId: $id, at: "2100-01-01T00:00:00+07:00") { status } }',
    allowed: AUDITORS_OF_HANOI,
    targets: each(theHanoiReport),
    check: (result) => expect(result).toEqual({ status: 'accepted' }),
  },
  { service: 'intake', field: 'verifyIntakeEventChain', variant: 'the whole store', document: '{ verifyIntakeEventChain { ok } }', allowed: NATIONAL_AUDITORS, targets: each(nothing) },
  {
    service: 'intake',
    field: 'verifyIntakeEventChain',
    variant: 'a report’s stream',
    document: 'query ($stream: String!) { verifyIntakeEventChain(streamId: $stream) { ok eventsChecked } }',
    allowed: AUDITORS_OF_HANOI,
    targets: each(async () => ({ variables: { stream: `report-${hanoi.reportId}` }, marks: [] })),
    check: (result) => expect(result).toEqual({ ok: true, eventsChecked: 3 }),
  },
  { service: 'intake', field: 'Case.report', document: entity('report { id trackingCode }'), allowed: at(OFFICER_ROLES, HANOI), targets: each(theHanoiCase) },
  {
    service: 'intake',
    field: 'Case.reportHistory',
    document: entity('reportHistory { type actor { id } }'),
    allowed: AUDITORS_OF_HANOI,
    targets: each(theHanoiCase),
    check: (result) => expect((result as { type: string }[]).map((e) => e.type)).toContain('intake.ReportAccepted'),
  },
  // ——— intake: mutations ———
  {
    service: 'intake',
    field: 'submitReport',
    document: 'mutation ($input: ReportInput!) { submitReport(input: $input) { ok } }',
    allowed: 'public',
    scope: 'reports:submit',
    targets: each(async () => ({ variables: { input: REPORT_INPUT }, marks: [] })),
  },
  {
    service: 'intake',
    field: 'recordHotlineCall',
    document: 'mutation ($input: ReportInput!) { recordHotlineCall(input: $input, callerNumber: "0243 825 1234", calledAt: "2026-02-13T09:00:00+07:00") { ok } }',
    allowed: at(DESK_ROLES, EVERYWHERE),
    targets: each(async () => ({ variables: { input: REPORT_INPUT }, marks: [] })),
  },
  {
    service: 'intake',
    field: 'chooseReportLocation',
    document: 'mutation ($id: ID!) { chooseReportLocation(id: $id, provinceCode: "01", communeCode: "09817") { placement { kind } } }',
    allowed: at(DESK_ROLES, HANOI),
    targets: each(ambiguousReport),
    fresh: true,
  },
  {
    service: 'intake',
    field: 'classifyReport',
    document: 'mutation ($id: ID!) { classifyReport(id: $id, input: { pollutionType: wastewater, urgent: false, legalTrack: pollution }) { status } }',
    allowed: at(DESK_ROLES, HANOI),
    targets: each(receivedReport),
    fresh: true,
  },
  {
    service: 'intake',
    field: 'rejectReport',
    document: 'mutation ($id: ID!) { rejectReport(id: $id, reason: "Không thuộc phạm vi ô nhiễm môi trường") { status } }',
    allowed: at(DESK_ROLES, HANOI),
    targets: each(receivedReport),
    fresh: true,
  },
  {
    service: 'intake',
    field: 'importCallLog',
    document: 'mutation ($csv: String!) { importCallLog(csv: $csv) { importedCount rejectedCount } }',
    allowed: at(DESK_ROLES, EVERYWHERE),
    targets: each(async () => ({
      variables: { csv: `Call ID,Caller ID,Call time,Agent,Pollution type,Nature,Location,Description\nM-${++callIds},0912 345 678,2026-02-13 09:15,Lan,wastewater,continuous,"Phường Ba Đình, Hà Nội",Nước thải đen chảy ra hồ từ cống` },
      marks: [],
    })),
    fresh: true,
    check: (result) => expect(result).toEqual({ importedCount: 1, rejectedCount: 0 }),
  },
  // ——— routing: queries ———
  { service: 'routing', field: 'case', document: 'query ($id: ID!) { case(id: $id) { id holderUnitCode } }', allowed: at(OFFICER_ROLES, HANOI), targets: each(theHanoiCase) },
  {
    service: 'routing',
    field: 'inbox',
    document: 'query { inbox(first: 200) { items { id } } }',
    allowed: at(OFFICER_ROLES, EVERYWHERE),
    targets: each(async () => ({ variables: {}, marks: [hanoi.reportId] })),
    // Every case of this run is held in Hà Nội (or escalated to the ministry): another unit's inbox is empty.
    check: (result, caller) => expect((result as { items: { id: string }[] }).items.map((c) => c.id)).toEqual(coversHanoi(caller) ? expect.arrayContaining([hanoi.caseId]) : []),
  },
  { service: 'routing', field: 'hotlineDirectory', document: '{ hotlineDirectory(provinceCode: "01") { items { unitCode } } }', allowed: 'public', scope: 'directory:read', targets: each(nothing) },
  { service: 'routing', field: 'assignmentRules', document: '{ assignmentRules { current { version } } }', allowed: at(OFFICER_ROLES, EVERYWHERE), targets: each(nothing) },
  {
    service: 'routing',
    field: 'caseAsOf',
    document: 'query ($id: ID!) { caseAsOf(caseId: $id, at: "2100-01-01T00:00:00+07:00") { status holderUnitCode } }',
    allowed: AUDITORS_OF_HANOI,
    targets: each(theHanoiCase),
    check: (result) => expect(result).toEqual({ status: 'assigned', holderUnitCode: 'P01' }),
  },
  { service: 'routing', field: 'verifyRoutingEventChain', variant: 'the whole store', document: '{ verifyRoutingEventChain { ok } }', allowed: NATIONAL_AUDITORS, targets: each(nothing) },
  {
    service: 'routing',
    field: 'verifyRoutingEventChain',
    variant: 'a case’s stream',
    document: 'query ($stream: String!) { verifyRoutingEventChain(streamId: $stream) { ok } }',
    allowed: AUDITORS_OF_HANOI,
    targets: each(async () => ({ variables: { stream: `case-${hanoi.caseId}` }, marks: [] })),
  },
  {
    service: 'routing',
    field: 'Case.caseHistory',
    document: entity('caseHistory { type }'),
    allowed: AUDITORS_OF_HANOI,
    targets: each(theHanoiCase),
    // Routing resolves the case itself first, with the reading rights of its case query.
    refusal: (caller) => (unitOf(caller) && !coversHanoi(caller) ? JURISDICTION_REFUSALS : ROLE_REFUSALS),
    check: (result) => expect((result as { type: string }[]).map((e) => e.type)).toEqual(expect.arrayContaining(['routing.CaseOpened', 'routing.CaseAssigned'])),
  },
  // ——— routing: mutations (each allowed caller acts on a case of its own, in the stage the transition needs) ———
  { service: 'routing', field: 'acceptCase', document: 'mutation ($id: ID!) { acceptCase(caseId: $id) { status } }', allowed: ['handler@P01', 'unit_head@P01'], targets: each(() => caseAfter()), fresh: true },
  {
    service: 'routing',
    field: 'handBackCase',
    document: 'mutation ($id: ID!) { handBackCase(caseId: $id, reason: "Không thuộc thẩm quyền của đơn vị") { status } }',
    allowed: ['unit_head@P01'],
    targets: each(() => caseAfter()),
    fresh: true,
  },
  {
    service: 'routing',
    field: 'recordVerification',
    document: 'mutation ($id: ID!) { recordVerification(caseId: $id, findings: "Có dấu hiệu ô nhiễm", pollutionConfirmed: true) { status } }',
    allowed: ['handler@P01'],
    targets: each(() => caseAfter('accept')),
    fresh: true,
  },
  {
    service: 'routing',
    field: 'recordHandling',
    document: 'mutation ($id: ID!) { recordHandling(caseId: $id, measures: "Đình chỉ xả thải") { status } }',
    allowed: ['handler@P01'],
    targets: each(() => caseAfter('accept', 'verify')),
    fresh: true,
  },
  {
    service: 'routing',
    field: 'feedBackResult',
    document: 'mutation ($id: ID!) { feedBackResult(caseId: $id, message: "Đã xử lý, cảm ơn người phản ánh") { status } }',
    allowed: ['handler@P01'],
    targets: each(() => caseAfter('accept', 'verify', 'handle')),
    fresh: true,
  },
  {
    service: 'routing',
    field: 'closeCase',
    document: 'mutation ($id: ID!) { closeCase(caseId: $id) { status } }',
    allowed: ['unit_head@P01'],
    targets: each(() => caseAfter('accept', 'verify', 'handle', 'feedBack')),
    fresh: true,
  },
  {
    service: 'routing',
    field: 'transferCase',
    document: 'mutation ($id: ID!) { transferCase(caseId: $id, toUnitCode: "C00004", reason: "Cơ sở gây ô nhiễm thuộc phường quản lý") { holderUnitCode } }',
    allowed: HEADS_AND_ADMINS_OF_HANOI,
    targets: each(() => caseAfter()),
    fresh: true,
  },
  {
    service: 'routing',
    field: 'escalateCase',
    document: 'mutation ($id: ID!) { escalateCase(caseId: $id, reason: "Vượt quá khả năng xử lý của tỉnh") { holderUnitCode } }',
    allowed: HEADS_AND_ADMINS_OF_HANOI,
    targets: each(() => caseAfter()),
    fresh: true,
  },
  {
    service: 'routing',
    field: 'reopenCase',
    document: 'mutation ($id: ID!) { reopenCase(caseId: $id, reason: "Người dân phản ánh tái diễn") { status } }',
    allowed: ['unit_head@P01'],
    targets: each(() => caseAfter('accept', 'verify', 'handle', 'feedBack', 'close')),
    fresh: true,
  },
  {
    service: 'routing',
    field: 'classifyCase',
    document: 'mutation ($id: ID!) { classifyCase(caseId: $id, severity: serious, interProvincial: false) { status } }',
    allowed: ['operator@P01'],
    targets: each(() => caseAfter('handBack')),
    fresh: true,
  },
  {
    service: 'routing',
    field: 'forwardCase',
    document: 'mutation ($id: ID!) { forwardCase(caseId: $id) { status } }',
    allowed: ['operator@P01'],
    targets: each(() => caseAfter('handBack')),
    fresh: true,
  },
  {
    service: 'routing',
    field: 'addCoHandlers',
    document: 'mutation ($id: ID!) { addCoHandlers(caseId: $id, unitCodes: ["P79"], reason: "Nguồn thải ở hai tỉnh") { coHandlerUnitCodes } }',
    allowed: HEADS_AND_ADMINS_OF_HANOI,
    targets: each(() => caseAfter()),
    fresh: true,
  },
  {
    service: 'routing',
    field: 'setHotlineContact',
    document: 'mutation { setHotlineContact(unitCode: "C00070", phone: "024 3825 5555", email: "duongdaynong@hoankiem.hanoi.gov.vn") { ok } }',
    allowed: ['provincial_admin@P01', 'ministry_admin@BTNMT'],
    targets: each(nothing),
  },
  {
    service: 'routing',
    field: 'importRoster',
    document: 'mutation ($unit: String!, $content: String!) { importRoster(unitCode: $unit, fileName: "danh-sach.csv", contentBase64: $content) { importedCount } }',
    allowed: ['provincial_admin@P01', 'ministry_admin@BTNMT'],
    targets: each(async () => ({
      variables: { unit: 'P01', content: Buffer.from('STT;Đơn vị;Họ và tên;Chức vụ;Điện thoại;Thư điện tử;Vai trò\r\n1;P01;Nguyễn Thị Oanh;Chuyên viên;0912 111 222;oanh.nt@hanoi.gov.vn;cán bộ vận hành').toString('base64') },
      marks: [],
    })),
    check: (result) => expect(result).toEqual({ importedCount: 1 }),
  },
  {
    service: 'routing',
    field: 'publishAssignmentRules',
    document: 'mutation ($from: String!) { publishAssignmentRules(input: { rules: [{ id: "province-fallback", when: {}, target: { kind: province }, reason: { vi: "Chuyển cấp tỉnh.", en: "Sent to the province." } }] }, effectiveFrom: $from) { ok } }',
    allowed: ['ministry_admin@BTNMT'],
    targets: each(async () => ({ variables: { from: inDays(30) }, marks: [] })),
  },
  // ——— deadline: queries ———
  { service: 'deadline', field: 'overdueDeadlines', document: 'query ($unit: String!) { overdueDeadlines(unitCode: $unit) { items { id } } }', allowed: at(OFFICER_ROLES, HANOI), targets: each(theHanoiUnit) },
  {
    service: 'deadline',
    field: 'dueSoonDeadlines',
    document: 'query ($unit: String!) { dueSoonDeadlines(unitCode: $unit, withinHours: 744) { items { id } } }',
    allowed: at(OFFICER_ROLES, HANOI),
    targets: each(theHanoiUnit),
    check: (result) => expect((result as { items: { id: string }[] }).items.map((d) => d.id)).toContain(`${hanoi.caseId}:accept`),
  },
  { service: 'deadline', field: 'workingCalendar', document: '{ workingCalendar(year: 2026) { version } }', allowed: at(OFFICER_ROLES, EVERYWHERE), targets: each(nothing) },
  { service: 'deadline', field: 'slaPolicies', document: '{ slaPolicies { current { version } } }', allowed: at(OFFICER_ROLES, EVERYWHERE), targets: each(nothing) },
  { service: 'deadline', field: 'verifyDeadlineEventChain', variant: 'the whole store', document: '{ verifyDeadlineEventChain { ok } }', allowed: NATIONAL_AUDITORS, targets: each(nothing) },
  {
    service: 'deadline',
    field: 'verifyDeadlineEventChain',
    variant: 'a deadline’s stream',
    document: 'query ($stream: String!) { verifyDeadlineEventChain(streamId: $stream) { ok } }',
    allowed: AUDITORS_OF_HANOI,
    targets: each(async () => ({ variables: { stream: `deadline-${hanoi.caseId}:accept` }, marks: [] })),
  },
  {
    service: 'deadline',
    field: 'Case.deadlines',
    variant: 'answered to every officer, with only the deadlines of units they cover',
    document: entity('deadlines { id unitCode }'),
    allowed: at(OFFICER_ROLES, EVERYWHERE),
    targets: each(theHanoiCase),
    check: (result, caller) => {
      const ids = (result as { id: string }[]).map((d) => d.id);
      if (coversHanoi(caller)) expect(ids).toContain(`${hanoi.caseId}:accept`);
      else expect(ids).toEqual([]);
    },
  },
  { service: 'deadline', field: 'Case.deadlineHistory', document: entity('deadlineHistory { type }'), allowed: AUDITORS_OF_HANOI, targets: each(theHanoiCase) },
  // ——— deadline: mutations ———
  {
    service: 'deadline',
    field: 'pauseDeadline',
    document: 'mutation ($id: ID!) { pauseDeadline(id: $id, reason: "Chờ kết quả quan trắc") { status } }',
    allowed: at(ADJUSTERS, HANOI),
    targets: each(() => deadlineOf('verify')),
    fresh: true,
    check: (result) => expect(result).toEqual({ status: 'paused' }),
  },
  {
    service: 'deadline',
    field: 'resumeDeadline',
    document: 'mutation ($id: ID!) { resumeDeadline(id: $id, reason: "Đã có kết quả quan trắc") { status } }',
    allowed: at(ADJUSTERS, HANOI),
    targets: each(() => deadlineOf('paused verify')),
    fresh: true,
    check: (result) => expect(result).toEqual({ status: 'running' }),
  },
  {
    service: 'deadline',
    field: 'extendDeadline',
    document: 'mutation ($id: ID!) { extendDeadline(id: $id, amount: 30, reason: "Vụ việc phức tạp, cần thêm thời gian") { status } }',
    allowed: at(ADJUSTERS, HANOI),
    targets: each(() => deadlineOf('denunciation')),
    fresh: true,
  },
  {
    service: 'deadline',
    field: 'setCalendarYear',
    document: 'mutation { setCalendarYear(year: 2031, daysOff: [{ date: "2031-01-01", nameVi: "Tết Dương lịch", nameEn: "New Year", source: "Bộ luật Lao động 2019, Điều 112" }], workingDays: []) { ok } }',
    allowed: ['ministry_admin@BTNMT'],
    targets: each(nothing),
  },
  {
    service: 'deadline',
    field: 'publishSlaPolicy',
    document: 'mutation ($input: SlaPolicyInput!, $from: String!) { publishSlaPolicy(input: $input, effectiveFrom: $from) { ok } }',
    allowed: ['ministry_admin@BTNMT'],
    targets: each(async () => {
      const policies = await succeed('deadline', '{ slaPolicies { current { rules { step pausable limit { unit amount warnBeforeHours } extension { unit amount maxTimes } } } } }', {}, 'ministry_admin@BTNMT');
      const rules = (policies['slaPolicies'].current.rules as { step: string; pausable: boolean; limit: object; extension: object | null }[]).map(({ step, pausable, limit, extension }) => ({ step, pausable, limit, extension }));
      return { variables: { input: { rules }, from: inDays(30) }, marks: [] };
    }),
  },
];

describe('authorization matrix: roles × jurisdictions × operations of the intake, routing and deadline subgraphs (embedded adapters)', () => {
  beforeAll(async () => {
    platform = await startHotlinePlatform({ kind: 'embedded' });
    hanoi = await hanoiCase();
    await eventually('the Hà Nội case’s accept deadline', async () =>
      ((await call('deadline', entity('deadlines { step }'), { id: hanoi.caseId }, 'head-hanoi')).data?.['_entities']?.[0]?.deadlines as { step: string }[] | undefined)?.some((d) => d.step === 'accept'),
    );
  }, 120_000);
  afterAll(async () => platform?.stop());

  it('has a row for every query and mutation of the three subgraphs, and for every field they add to a case', async () => {
    // Routing owns the Case type: its own fields come with the case query; what the others add is theirs to guard.
    const ownFields = (service: string, field: string) => service === 'routing' && field !== 'caseHistory';
    expect(await rowsMissing(platform, ['intake', 'routing', 'deadline'], OPERATIONS, { type: 'Case', ownFields })).toEqual([]);
  });

  it.each(OPERATIONS.map((op) => [label(op), op] as const))('%s', (_, op) => verifyRow(platform, op), 180_000);
});
