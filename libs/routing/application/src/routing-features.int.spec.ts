import { integrationEvents, type Actor } from '@hotline/contracts-events';
import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import type { RecordedEvent } from '@hotline/platform-event-store';
import { toBusMessage } from '@hotline/platform-forwarder';
import { describeWithServer, eventually, uniqueName } from '@hotline/platform-testing';
import { CaseRuleViolation, defaultAssignmentRules, Jurisdiction } from '@hotline/routing-domain';
import { CaseInputError } from './case-input-error';
import { rosterWorkbook } from './fixtures/roster-workbook';
import type { OfficerIdentity } from './case-commands';
import { embeddedTestServer, postgresTestServer, recordingLogger, testServiceContext, type TestDatabase, type TestDatabaseServer } from './fixtures/routing-test-database';
import { caseIdForReport, ReportIntake } from './report-intake-consumer';
import { DeadlineBreachEscalation } from './deadline-breach-consumer';
import { startRoutingFeatures, type RoutingFeatures } from './start-routing-features';
import { caseStreamId } from './stored-case-event';

const intakeActor: Actor = { kind: 'officer', id: 'intake-operator-1', unitCode: 'P01' };
const deadlineActor: Actor = { kind: 'system', id: 'deadline-service' };
const jurisdiction = Jurisdiction.fromReferenceData();

const officer = (role: OfficerIdentity['role'], unitCode: OfficerIdentity['unitCode'] = 'P01'): OfficerIdentity => ({ officerId: `${role}-${unitCode}`, role, unitCode });

const reportAccepted = (reportId: string, overrides: Record<string, unknown> = {}) => ({
  reportId,
  trackingCode: `PA-${reportId.slice(-8)}`,
  channel: 'web',
  receivedAt: '2026-03-02T08:00:00+07:00',
  pollutionType: 'wastewater',
  nature: 'continuous',
  urgent: false,
  legalTrack: 'pollution',
  provinceCode: '01',
  communeCode: '00004',
  latitude: null,
  longitude: null,
  duplicateOfCaseId: null,
  ...overrides,
});

function routingSuite(server: () => TestDatabaseServer): void {
  let db: TestDatabase;
  let bus: InProcessEventBus;
  let features: RoutingFeatures;
  const logger = recordingLogger();
  const deadLettered: string[] = [];

  beforeAll(async () => {
    db = await server().open(uniqueName('routing'));
    bus = new InProcessEventBus();
    await bus.subscribe({ groupId: 'dlq-probe', topics: ['hotline.intake.events.dlq', 'hotline.deadline.events.dlq'], handle: async (m) => void deadLettered.push(m.value) });
    features = await startRoutingFeatures(testServiceContext(db, bus, logger), { schema: db.schema, retry: { maxAttempts: 1 }, now: () => new Date('2026-03-03T02:00:00Z') });
  });
  afterAll(async () => {
    await features.stop();
    await bus.close();
  });

  /** Appends an upstream event and delivers it as the forwarder would. */
  async function deliver(type: string, streamId: string, data: unknown, actor: Actor, occurredAt = '2026-03-02T01:05:00Z'): Promise<RecordedEvent> {
    const prepared = integrationEvents.prepare(type, data);
    const { events } = await db.upstream.appendToStream(streamId, [{ type, actor, ...prepared, occurredAt }], { expectedRevision: 'any' });
    await bus.publish(`hotline.${type.split('.')[0]}.events`, [toBusMessage(events[0])]);
    return events[0];
  }

  async function stream(caseId: string): Promise<RecordedEvent[]> {
    return db.store.readStream(caseStreamId(caseId));
  }

  async function openedCase(overrides: Record<string, unknown> = {}, occurredAt?: string): Promise<{ caseId: string; accepted: RecordedEvent }> {
    const reportId = uniqueName('report');
    const accepted = await deliver('intake.ReportAccepted', `report-${reportId}`, reportAccepted(reportId, overrides), intakeActor, occurredAt);
    const caseId = caseIdForReport(reportId);
    await eventually('the case assigned', async () => (await stream(caseId)).some((e) => e.type === 'routing.CaseAssigned'));
    return { caseId, accepted };
  }

  async function view(caseId: string) {
    await features.caughtUp();
    return features.readModel.caseById(caseId);
  }

  it('opens a case for a Hà Nội commune report and forwards it to the province, no commune running a hotline', async () => {
    const { caseId } = await openedCase();

    const events = await stream(caseId);
    expect(events.map((e) => e.type)).toEqual(['routing.CaseOpened', 'routing.CaseClassified', 'routing.CaseAssigned']);
    const assigned = events[2];
    expect(assigned.data).toMatchObject({ caseId, unitCode: 'P01', level: 'province', from: 'P01', rule: { id: 'province-fallback', version: 1 } });
    // What a consumer of hotline.routing.events reads: the catalogue's shape.
    expect(integrationEvents.parse(assigned).data).toEqual({ caseId, unitCode: 'P01', level: 'province', reason: expect.stringContaining('tỉnh'), rule: { id: 'province-fallback', version: 1 } });
    // An event stored before the catalogue's version 2 reads with no rule.
    expect(integrationEvents.parse({ ...assigned, schemaVersion: 1 }).data).toMatchObject({ caseId, rule: null });
    expect(integrationEvents.parse(events[0]).data).toMatchObject({ caseId, provinceCode: '01', communeCode: '00004' });
    expect(events.every((e) => e.actor.kind === 'system')).toBe(true);
    expect(await view(caseId)).toMatchObject({ caseId, status: 'assigned', holderUnitCode: 'P01', provinceCode: '01', communeCode: '00004', pollutionType: 'wastewater', urgent: false, escalations: 0 });
  });

  it('sends a complaint to the province by its own rule', async () => {
    const { caseId } = await openedCase({ legalTrack: 'complaint', urgent: true });
    const assigned = (await stream(caseId)).find((e) => e.type === 'routing.CaseAssigned')!;
    expect(assigned.data).toMatchObject({ unitCode: 'P01', rule: { id: 'complaint-or-denunciation-to-province' } });
    expect((await stream(caseId))[1].data).toMatchObject({ severity: 'serious', urgent: true });
  });

  it('opens nothing twice when a report is delivered again, or accepted again under a new event', async () => {
    const { caseId, accepted } = await openedCase();
    await bus.publish('hotline.intake.events', [toBusMessage(accepted)]);
    const intake = new ReportIntake({ repository: features.repository, assignmentRules: async () => defaultAssignmentRules() });

    expect(await intake.receive(accepted)).toBe('already_handled');
    expect(await intake.receive({ ...accepted, eventId: '01890000-0000-7000-8000-000000000001' })).toBe('already_handled');
    expect(await stream(caseId)).toHaveLength(3);
  });

  it('links a duplicate report to the open case instead of opening another', async () => {
    const { caseId } = await openedCase();
    const duplicateId = uniqueName('report');
    await deliver('intake.ReportAccepted', `report-${duplicateId}`, reportAccepted(duplicateId, { duplicateOfCaseId: caseId }), intakeActor);

    await eventually('the report linked', async () => (await stream(caseId)).some((e) => e.type === 'routing.ReportLinked'));
    expect((await stream(caseIdForReport(duplicateId))).length).toBe(0);
    expect(await view(caseId)).toMatchObject({ linkedReportIds: [duplicateId] });
  });

  it('escalates a breached case from the province to the central unit, and acknowledges a breach at central', async () => {
    const { caseId } = await openedCase();
    const breach = (deadlineId: string) => ({ deadlineId, subjectId: caseId, step: 'accept', dueAt: '2026-03-03T17:00:00Z', policyVersion: 1 });
    await deliver('deadline.DeadlineBreached', `deadline-${caseId}-accept`, breach(`${caseId}-accept`), deadlineActor);

    await eventually('the escalation', async () => (await stream(caseId)).some((e) => e.type === 'routing.CaseEscalated'));
    const escalated = (await stream(caseId)).find((e) => e.type === 'routing.CaseEscalated')!;
    expect(integrationEvents.parse(escalated).data).toEqual({ caseId, fromUnitCode: 'P01', toUnitCode: 'BTNMT', toLevel: 'central', reason: expect.stringContaining('accept') });
    expect(escalated.data).toMatchObject({ from: 'P01', to: 'BTNMT', cause: { kind: 'deadline_breached', step: 'accept' } });
    expect(await view(caseId)).toMatchObject({ holderUnitCode: 'BTNMT', escalations: 1 });

    await deliver('deadline.DeadlineBreached', `deadline-${caseId}-whole`, breach(`${caseId}-whole`), deadlineActor);
    await eventually('the refusal logged', async () => logger.lines.some((l) => l.message.includes('not escalated') && l.fields?.['caseId'] === caseId));
    expect((await stream(caseId)).filter((e) => e.type === 'routing.CaseEscalated')).toHaveLength(1);
    expect(deadLettered).toEqual([]);
  });

  it('acknowledges a redelivered breach without escalating twice', async () => {
    const { caseId } = await openedCase();
    const escalation = new DeadlineBreachEscalation(features.repository);
    const breach = await deliver('deadline.DeadlineBreached', `deadline-${caseId}-verify`, { deadlineId: `${caseId}-verify`, subjectId: caseId, step: 'verify', dueAt: '2026-03-03T17:00:00Z', policyVersion: 1 }, deadlineActor);
    await eventually('the escalation', async () => (await stream(caseId)).some((e) => e.type === 'routing.CaseEscalated'));
    expect(await escalation.receive(breach)).toBe('already_handled');
    expect((await stream(caseId)).filter((e) => e.type === 'routing.CaseEscalated')).toHaveLength(1);
  });

  it('acknowledges a breach of the intake desk’s entry limit for a case not opened yet: logged, not retried, nothing written', async () => {
    const caseId = caseIdForReport(uniqueName('report'));
    const escalation = new DeadlineBreachEscalation(features.repository, logger);
    const breach = await deliver('deadline.DeadlineBreached', `deadline-${caseId}:enter`, { deadlineId: `${caseId}:enter`, subjectId: caseId, step: 'enter', dueAt: '2026-03-02T07:00:00Z', policyVersion: 1 }, deadlineActor);
    await eventually('the refusal logged', async () => logger.lines.some((l) => l.message.includes('not escalated') && l.fields?.['caseId'] === caseId));
    expect(await escalation.receive(breach)).toBe('not_escalated');
    expect(await stream(caseId)).toEqual([]);
    expect(deadLettered).toEqual([]);
  });

  it('takes a case through accept → verify → handle → feed back → close, emitting the catalogue events', async () => {
    const { caseId } = await openedCase();
    const handler = officer('handler');
    const { commands } = features;

    await commands.acceptCase(handler, { caseId });
    await commands.recordVerification(handler, { caseId, findings: 'Nước thải chảy trực tiếp ra mương.', pollutionConfirmed: true });
    await commands.recordHandling(handler, { caseId, measures: 'Lập biên bản, yêu cầu dừng xả thải.' });
    await commands.feedBackResult(handler, { caseId, message: 'Cơ sở đã bị xử phạt và dừng xả thải.' });
    const closed = await commands.closeCase(officer('unit_head'), { caseId });

    expect(closed.status).toBe('closed');
    const steps = (await stream(caseId)).slice(3);
    expect(steps.map((e) => e.type)).toEqual(['routing.CaseAccepted', 'routing.VerificationRecorded', 'routing.HandlingRecorded', 'routing.ResultFedBack', 'routing.CaseClosed']);
    for (const event of steps) expect(integrationEvents.parse(event).data).toMatchObject({ caseId, unitCode: 'P01', at: '2026-03-03T02:00:00.000Z' });
    expect(steps[0].actor).toEqual({ kind: 'officer', id: 'handler-P01', unitCode: 'P01' });
    expect(await view(caseId)).toMatchObject({ status: 'closed' });
  });

  it('refuses a wrong role, another jurisdiction and bad input, and writes nothing', async () => {
    const { caseId } = await openedCase();
    const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

    expect(await refusal(features.commands.acceptCase(officer('operator'), { caseId }))).toMatchObject({ code: 'forbidden_role' });
    const outside = await refusal(features.commands.acceptCase(officer('handler', 'P79'), { caseId }));
    expect(outside).toBeInstanceOf(CaseRuleViolation);
    expect(outside).toMatchObject({ code: 'outside_jurisdiction' });
    const invalid = await refusal(features.commands.handBack(officer('unit_head'), { caseId, reason: ' ' }));
    expect(invalid).toBeInstanceOf(CaseInputError);
    expect((invalid as CaseInputError).errors).toEqual([expect.objectContaining({ field: 'reason', code: 'required', message: { vi: expect.any(String), en: 'Required.' } })]);
    expect(await stream(caseId)).toHaveLength(3);
  });

  it('routes a severe inter-provincial case to the central unit when the province reclassifies it', async () => {
    const { caseId } = await openedCase({ urgent: true, nature: 'sudden' });
    await features.commands.handBack(officer('unit_head'), { caseId, reason: 'Nguồn thải nằm ở tỉnh giáp ranh, cần cấp trên chủ trì.' });
    await features.commands.classifyCase(officer('operator'), { caseId, severity: 'severe', interProvincial: true });
    const forwarded = await features.commands.forwardCase(officer('operator'), { caseId });

    expect(forwarded.events).toEqual([expect.objectContaining({ type: 'CaseAssigned', data: expect.objectContaining({ unitCode: 'BTNMT', level: 'central', rule: { id: 'severe-inter-provincial-to-central', version: 1 } }) })]);
    expect(await view(caseId)).toMatchObject({ status: 'assigned', holderUnitCode: 'BTNMT' });
  });

  it('lists a unit’s inbox page by page, with the cases of the communes below it', async () => {
    const first = await openedCase({ provinceCode: '48', communeCode: null });
    const second = await openedCase({ provinceCode: '48', communeCode: null });
    await features.caughtUp();
    const units = jurisdiction.unitsCoveredBy('P48');

    const page1 = await features.readModel.inbox(units, { limit: 1 });
    const page2 = await features.readModel.inbox(units, { limit: 1, after: page1.nextCursor });
    expect([...page1.items, ...page2.items].map((c) => c.caseId)).toEqual([first.caseId, second.caseId]);
    expect(page2.nextCursor).toBeNull();
    expect((await features.readModel.inbox(units, { status: 'closed' })).items).toEqual([]);
    expect((await features.readModel.inbox(['P79'])).items).toEqual([]);
  });

  it('imports a roster: valid rows stored together, the others reported by row', async () => {
    const csv = [
      'STT,Đơn vị,Họ và tên,Chức vụ,Điện thoại,Thư điện tử,Vai trò',
      '1,P01,Nguyễn Văn An,Chuyên viên,0912 345 678,an.nv@hanoi.gov.vn,cán bộ xử lý',
      '2,P01,Trần Thị Bình,Chuyên viên,024 3825,binh.tran@gmail.com,cán bộ xử lý',
      '3,01,Bùi Văn Hải,Giám đốc Sở,+84 24 3826 1111,hai.bv@hanoi.gov.vn,quản trị tỉnh',
    ].join('\r\n');
    const result = await features.directory.importRosterCsv(`\uFEFF${csv}`, { kind: 'officer', id: 'admin-P01', unitCode: 'P01' });

    expect(result.stored.map((o) => o.email)).toEqual(['an.nv@hanoi.gov.vn', 'hai.bv@hanoi.gov.vn']);
    expect(result.rejected.map((r) => [r.rowNumber, r.field])).toEqual([
      [3, 'phone'],
      [3, 'email'],
    ]);
    const officers = await features.directory.officersOf('P01');
    expect(officers.map((o) => [o.email, o.role, o.importedBy])).toEqual(
      expect.arrayContaining([
        ['an.nv@hanoi.gov.vn', 'handler', 'admin-P01'],
        ['hai.bv@hanoi.gov.vn', 'provincial_admin', 'admin-P01'],
      ]),
    );
    expect(officers).toHaveLength(2);
  });

  it('reports its health', async () => {
    expect(await features.checks['assignmentRules']()).toEqual({ version: 1, effectiveFrom: '2025-07-01' });
    expect(await features.checks['hotlineDirectory']()).toEqual({ listings: 0 });
  });

  // The tests below change the rules and the directory; those above rely on the defaults.

  it('routes each report by the rules version in effect when it came in, and records the version', async () => {
    const versions = await features.assignmentRules.versions();
    expect(versions.map((v) => [v.rules.version, v.rules.effectiveFrom, v.publishedBy])).toEqual([[1, '2025-07-01', 'routing-service']]);
    const v1 = versions[0].rules.toDefinition().rules;
    const wastewaterToCentral = {
      id: 'wastewater-48-to-central',
      when: { provinceCode: ['48'], pollutionType: ['wastewater'] },
      target: { kind: 'unit', unitCode: 'BTNMT' },
      reason: { vi: 'Nước thải tại Đà Nẵng: Trung ương theo dõi.', en: 'Wastewater in Đà Nẵng: followed by the central level.' },
    };
    const published = await features.directoryCommands.publishAssignmentRules(officer('ministry_admin', 'BTNMT'), { effectiveFrom: '2026-03-10', rules: [wastewaterToCentral, ...v1] });
    expect(published).toMatchObject({ ok: true, published: { publishedBy: 'ministry_admin-BTNMT', publishedByUnitCode: 'BTNMT' } });
    expect(published.ok && [published.published.rules.version, published.published.rules.effectiveFrom]).toEqual([2, '2026-03-10']);

    const lastEvening = await openedCase({ provinceCode: '48', communeCode: null, receivedAt: '2026-03-09T23:30:00+07:00' }, '2026-03-09T17:00:00Z');
    const nextMorning = await openedCase({ provinceCode: '48', communeCode: null, receivedAt: '2026-03-10T07:00:00+07:00' }, '2026-03-10T00:30:00Z');
    const ruleOf = async (caseId: string) => (await stream(caseId)).find((e) => e.type === 'routing.CaseAssigned')!.data;
    expect(await ruleOf(lastEvening.caseId)).toMatchObject({ unitCode: 'P48', rule: { id: 'province-fallback', version: 1 } });
    expect(await ruleOf(nextMorning.caseId)).toMatchObject({ unitCode: 'BTNMT', rule: { id: 'wastewater-48-to-central', version: 2 } });
    expect(await view(nextMorning.caseId)).toMatchObject({ holderUnitCode: 'BTNMT', assignmentRuleId: 'wastewater-48-to-central', assignmentRulesVersion: 2 });
    // Scheduled, not yet in effect on the service's today (3 March).
    expect(await features.checks['assignmentRules']()).toEqual({ version: 1, effectiveFrom: '2025-07-01' });
  });

  it('refuses a rules version from the wrong role, or taking effect today, and stores nothing', async () => {
    const before = (await features.assignmentRules.versions()).length;
    const rules = defaultAssignmentRules().toDefinition().rules;
    const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);
    expect(await refusal(features.directoryCommands.publishAssignmentRules(officer('provincial_admin', 'P01'), { effectiveFrom: '2026-06-01', rules }))).toMatchObject({ code: 'forbidden_role' });
    const today = await features.directoryCommands.publishAssignmentRules(officer('ministry_admin', 'BTNMT'), { effectiveFrom: '2026-03-03', rules: [{ ...rules[0], target: { kind: 'district' } }] });
    expect(today.ok ? [] : today.issues.map((i) => i.field)).toEqual(expect.arrayContaining(['effectiveFrom', 'rules.0.target.kind']));
    expect(await features.assignmentRules.versions()).toHaveLength(before);
  });

  it('publishes a commune’s hotline, which then receives its commune’s cases; refuses personal mailboxes and other provinces', async () => {
    const admin = officer('provincial_admin', 'P01');
    const refused = await features.directoryCommands.setHotlineContact(admin, { unitCode: '00008', phone: '024 3733 0000', email: 'ngocha.hotline@gmail.com' });
    expect(refused).toEqual({ ok: false, errors: [expect.objectContaining({ field: 'email', code: 'email_personal_mailbox', message: { vi: expect.any(String), en: expect.any(String) } })] });
    const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);
    expect(await refusal(features.directoryCommands.setHotlineContact(officer('provincial_admin', 'P79'), { unitCode: 'C00008', phone: '024 3733 0000', email: 'a@hanoi.gov.vn' }))).toMatchObject({
      code: 'outside_jurisdiction',
    });
    expect(await refusal(features.directoryCommands.setHotlineContact(officer('unit_head', 'P01'), { unitCode: 'C00008', phone: '024 3733 0000', email: 'a@hanoi.gov.vn' }))).toMatchObject({
      code: 'forbidden_role',
    });
    expect((await features.directory.hotlineListings()).items).toEqual([]);

    const set = await features.directoryCommands.setHotlineContact(admin, { unitCode: '00008', phone: '024 3733 0000', email: 'DuongDayNong@ngocha.hanoi.gov.vn' });
    expect(set).toMatchObject({ ok: true, listing: { unitCode: 'C00008', unitName: { vi: expect.stringContaining('Phường Ngọc Hà') }, level: 'commune', phone: '+842437330000', email: 'duongdaynong@ngocha.hanoi.gov.vn' } });
    await features.directoryCommands.setHotlineContact(officer('ministry_admin', 'BTNMT'), { unitCode: 'P01', phone: '024 3825 1234', email: 'duongdaynong@hanoi.gov.vn' });
    const page1 = await features.directory.hotlineListings({ limit: 1 });
    const page2 = await features.directory.hotlineListings({ limit: 1, after: page1.nextCursor });
    expect([...page1.items, ...page2.items].map((l) => l.unitCode)).toEqual(['P01', 'C00008']);
    expect(page2.nextCursor).toBeNull();
    expect((await features.directory.hotlineListings({ unitCodes: ['P79'] })).items).toEqual([]);

    const { caseId } = await openedCase({ communeCode: '00008' });
    expect(await view(caseId)).toMatchObject({ holderUnitCode: 'C00008', assignmentRuleId: 'commune-with-hotline', assignmentRulesVersion: 1 });
  });

  it('imports an .xlsx roster of a province: valid rows kept, the others reported with the rows Excel shows', async () => {
    const workbook = rosterWorkbook([
      { rowNumber: 1, cells: ['DANH SÁCH CÁN BỘ VẬN HÀNH ĐƯỜNG DÂY NÓNG - SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG HÀ NỘI'] },
      { rowNumber: 3, cells: ['STT', 'Don vi', 'Ho va ten', 'Chuc vu', 'So dien thoai', 'Dia chi thu dien tu', 'Vai tro'] },
      { rowNumber: 4, cells: [1, 'P01', 'Đặng Văn Khoa', 'Chuyên viên', 912777888, 'khoa.dv@hanoi.gov.vn', 'cán bộ xử lý'] },
      { rowNumber: 5, cells: [2, 'C00004', 'Ngô Thị Lan', 'Công chức', '0913 777 999', 'lan.nt@yahoo.com.vn', 'cán bộ vận hành'] },
      { rowNumber: 7, cells: [3, 'P79', 'Mai Văn Minh', 'Chuyên viên', '0913 555 666', 'minh.mv@tphcm.gov.vn', 'cán bộ xử lý'] },
      { rowNumber: 8, cells: [4, '00004', { inline: 'Phan Thị Nga' }, 'Công chức', '0913 222 333', 'nga.pt@hanoi.gov.vn', 'can bo van hanh'] },
    ]);
    const result = await features.directoryCommands.importRoster(officer('provincial_admin', 'P01'), { unitCode: 'P01', fileName: 'danh-sach.xlsx', contentBase64: workbook.toString('base64') });

    expect(result.stored.map((o) => [o.email, o.unitCode, o.phone])).toEqual([
      ['khoa.dv@hanoi.gov.vn', 'P01', '+84912777888'],
      ['nga.pt@hanoi.gov.vn', 'C00004', '+84913222333'],
    ]);
    expect(result.rejected.map((r) => [r.rowNumber, r.field])).toEqual([
      [5, 'email'],
      [7, 'unit'],
    ]);
    expect((await features.directory.officersOf('C00004')).map((o) => [o.email, o.importedBy])).toEqual([['nga.pt@hanoi.gov.vn', 'provincial_admin-P01']]);
    // H3: each stored officer is announced to identity, which keeps the accounts; the refused rows are not.
    const announced = await db.store.readStream('roster-officer-nga.pt@hanoi.gov.vn');
    expect(announced.map((e) => [e.type, e.data])).toEqual([
      ['routing.OfficerRostered', { email: 'nga.pt@hanoi.gov.vn', unitCode: 'C00004', fullName: 'Phan Thị Nga', role: 'operator', rosteredAt: expect.any(String) }],
    ]);
    expect(await db.store.readStream('roster-officer-lan.nt@yahoo.com.vn')).toEqual([]);
    const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);
    expect(await refusal(features.directoryCommands.importRoster(officer('provincial_admin', 'P01'), { unitCode: 'P79', fileName: 'a.xlsx', contentBase64: workbook.toString('base64') }))).toMatchObject({
      code: 'outside_jurisdiction',
    });
    expect(await refusal(features.directoryCommands.importRoster(officer('provincial_admin', 'P01'), { unitCode: 'P01', fileName: 'a.xls', contentBase64: 'AAAA' }))).toMatchObject({
      code: 'unsupported_format',
      field: 'fileName',
    });
  });
}

describe('routing application on the embedded adapters (PGlite + in-process bus)', () => {
  const server = embeddedTestServer();
  afterAll(() => server.close());
  routingSuite(() => server);
});

describeWithServer('routing application on PostgreSQL', 'postgres', (url) => {
  const server = postgresTestServer(url);
  afterAll(() => server.close());
  routingSuite(() => server);
});
