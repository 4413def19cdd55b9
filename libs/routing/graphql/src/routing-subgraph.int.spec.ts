import { randomUUID } from 'node:crypto';
import { graphql } from 'graphql';
import { integrationEvents, type Actor } from '@hotline/contracts-events';
import { loadConfig } from '@hotline/platform-config';
import { ProcessedEvents } from '@hotline/platform-event-bus';
import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import { InMemoryCheckpointStore } from '@hotline/platform-event-store';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import { toBusMessage } from '@hotline/platform-forwarder';
import type { RequestActor } from '@hotline/platform-graphql';
import { createLogger } from '@hotline/platform-runtime';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import { caseIdForReport, caseStreamId, startRoutingFeatures, type RoutingFeatures } from '@hotline/routing-application';
import { routingSubgraphSchema } from './routing-service';

const officer = (role: Extract<RequestActor, { kind: 'officer' }>['role'], unitCode: string): RequestActor => ({ kind: 'officer', id: `${role}-${unitCode}`, role, unitCode });
const handlerHanoi = officer('handler', 'P01');
const headHanoi = officer('unit_head', 'P01');
const operatorHanoi = officer('operator', 'P01');
const handlerHcm = officer('handler', 'P79');
const intakeActor: Actor = { kind: 'officer', id: 'intake-operator-1', unitCode: 'P01' };

interface Result {
  data?: Record<string, any> | null; // eslint-disable-line @typescript-eslint/no-explicit-any
  errors?: readonly { message: string; originalError?: unknown }[];
}

describe('routing subgraph', () => {
  let sql: PGliteSqlClient;
  let upstream: SqlEventStore;
  let store: SqlEventStore;
  let bus: InProcessEventBus;
  let features: RoutingFeatures;
  let schema: ReturnType<typeof routingSubgraphSchema>;

  const run = (source: string, actor: RequestActor, variableValues: Record<string, unknown> = {}): Promise<Result> =>
    graphql({ schema, source, variableValues, contextValue: { actor } }) as Promise<Result>;
  const codeOf = (result: Result) => (result.errors?.[0]?.originalError as { code?: string } | undefined)?.code;
  const caseEvents = async (caseId: string) => (await store.readStream(caseStreamId(caseId))).map((e) => e.type);

  /** Intake accepts a report in a Hà Nội commune, as the forwarder would deliver it; routing assigns it to P01. */
  async function assignedCase(overrides: Record<string, unknown> = {}): Promise<string> {
    const reportId = `report-${randomUUID()}`;
    const data = {
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
    };
    const prepared = integrationEvents.prepare('intake.ReportAccepted', data);
    const { events } = await upstream.appendToStream(`report-${reportId}`, [{ type: 'intake.ReportAccepted', actor: intakeActor, ...prepared, occurredAt: '2026-03-02T01:05:00Z' }], {
      expectedRevision: 'any',
    });
    await bus.publish('hotline.intake.events', [toBusMessage(events[0])]);
    const caseId = caseIdForReport(reportId);
    for (let attempt = 0; attempt < 200; attempt++) {
      await features.caughtUp();
      if ((await features.readModel.caseById(caseId))?.status === 'assigned') return caseId;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`case ${caseId} was never assigned`);
  }

  beforeAll(async () => {
    sql = await PGliteSqlClient.open();
    upstream = new SqlEventStore(sql, { schema: 'intake_events' });
    store = new SqlEventStore(sql, { schema: 'routing_events' });
    bus = new InProcessEventBus();
    features = await startRoutingFeatures(
      {
        config: loadConfig({}),
        logger: createLogger('error'),
        clock: () => new Date(),
        infrastructure: { sql, store, bus, checkpoints: new InMemoryCheckpointStore(), processed: new ProcessedEvents(sql, 'routing'), close: async () => undefined },
      },
      { retry: { maxAttempts: 1 } },
    );
    schema = routingSubgraphSchema(features);
  });
  afterAll(async () => {
    await features.stop();
    await bus.close();
    await sql.close();
  });

  const CASE = 'query ($id: ID!) { case(id: $id) { id reportId status holderUnitCode provinceCode communeCode pollutionType urgent legalTrack linkedReportIds coHandlerUnitCodes escalations } }';
  const INBOX = '{ inbox(first: 200) { items { id status holderUnitCode } nextCursor } }';

  it('lists the case in the inbox of its province’s officers and shows it to them', async () => {
    const caseId = await assignedCase();
    const inbox = await run(INBOX, handlerHanoi);
    expect(inbox.errors).toBeUndefined();
    expect(inbox.data?.['inbox'].items).toContainEqual({ id: caseId, status: 'assigned', holderUnitCode: 'P01' });

    const shown = await run(CASE, handlerHanoi, { id: caseId });
    expect(shown.errors).toBeUndefined();
    expect(shown.data?.['case']).toEqual({
      id: caseId,
      reportId: caseId.replace(/^case-/, ''),
      status: 'assigned',
      holderUnitCode: 'P01',
      provinceCode: '01',
      communeCode: '00004',
      pollutionType: 'wastewater',
      urgent: false,
      legalTrack: 'pollution',
      linkedReportIds: [],
      coHandlerUnitCodes: [],
      escalations: 0,
    });
    expect((await run('{ inbox(status: closed) { items { id } } }', handlerHanoi)).data?.['inbox'].items).not.toContainEqual({ id: caseId });
    expect((await run(CASE, handlerHanoi, { id: 'case-nobody' })).data?.['case']).toBeNull();
  });

  it('hides the case from another province, and refuses anonymous callers and bad paging', async () => {
    const caseId = await assignedCase();
    const inbox = await run(INBOX, handlerHcm);
    expect(inbox.errors).toBeUndefined();
    expect(inbox.data?.['inbox'].items.map((c: { id: string }) => c.id)).not.toContain(caseId);
    const peek = await run(CASE, handlerHcm, { id: caseId });
    expect(peek.data?.['case']).toBeNull();
    expect(codeOf(peek)).toBe('OUTSIDE_JURISDICTION');
    const entity = await run('query ($id: ID!) { _entities(representations: [{ __typename: "Case", id: $id }]) { ... on Case { id } } }', handlerHcm, { id: caseId });
    expect(codeOf(entity)).toBe('OUTSIDE_JURISDICTION');

    expect(codeOf(await run(INBOX, { kind: 'anonymous' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await run(CASE, { kind: 'anonymous' }, { id: caseId }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await run('mutation ($id: ID!) { acceptCase(caseId: $id) { id } }', { kind: 'anonymous' }, { id: caseId }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await run('{ inbox(first: 1000) { nextCursor } }', handlerHanoi))).toBe('INVALID_INPUT');
    expect(codeOf(await run('{ inbox(after: "nonsense") { nextCursor } }', handlerHanoi))).toBe('INVALID_INPUT');
  });

  it('takes a case from acceptance to closing, each step answering with the updated case', async () => {
    const caseId = await assignedCase();
    const step = async (mutation: string, actor: RequestActor, variables: Record<string, unknown> = {}) => {
      const result = await run(mutation, actor, { id: caseId, ...variables });
      expect(result.errors).toBeUndefined();
      return Object.values(result.data ?? {})[0] as { id: string; status: string };
    };

    expect(await step('mutation ($id: ID!) { acceptCase(caseId: $id) { id status } }', handlerHanoi)).toEqual({ id: caseId, status: 'accepted' });
    expect(await step('mutation ($id: ID!) { recordVerification(caseId: $id, findings: "Nước thải chảy ra hồ, có mùi", pollutionConfirmed: true) { status } }', handlerHanoi)).toEqual({
      status: 'verified',
    });
    expect(await step('mutation ($id: ID!) { recordHandling(caseId: $id, measures: "Lập biên bản, yêu cầu dừng xả thải") { status } }', handlerHanoi)).toEqual({ status: 'handled' });
    expect(await step('mutation ($id: ID!) { feedBackResult(caseId: $id, message: "Cơ sở đã dừng xả thải, cảm ơn bạn") { status } }', handlerHanoi)).toEqual({ status: 'fed_back' });
    expect(await step('mutation ($id: ID!) { closeCase(caseId: $id) { id status holderUnitCode } }', headHanoi)).toEqual({ id: caseId, status: 'closed', holderUnitCode: 'P01' });

    expect(await caseEvents(caseId)).toEqual([
      'routing.CaseOpened',
      'routing.CaseClassified',
      'routing.CaseAssigned',
      'routing.CaseAccepted',
      'routing.VerificationRecorded',
      'routing.HandlingRecorded',
      'routing.ResultFedBack',
      'routing.CaseClosed',
    ]);
    expect(await step('mutation ($id: ID!) { reopenCase(caseId: $id, reason: "Người dân báo xả thải trở lại") { status } }', headHanoi)).toEqual({ status: 'reopened' });
  });

  it('passes the domain’s refusals and field errors through, and writes nothing', async () => {
    const caseId = await assignedCase();
    const before = await caseEvents(caseId);

    const byOperator = await run('mutation ($id: ID!) { acceptCase(caseId: $id) { id } }', operatorHanoi, { id: caseId });
    expect(byOperator.errors?.[0].originalError).toMatchObject({ code: 'forbidden_role', text: { vi: expect.any(String), en: expect.any(String) } });
    const fromHcm = await run('mutation ($id: ID!) { acceptCase(caseId: $id) { id } }', handlerHcm, { id: caseId });
    expect(codeOf(fromHcm)).toBe('outside_jurisdiction');
    const tooEarly = await run('mutation ($id: ID!) { closeCase(caseId: $id) { id } }', headHanoi, { id: caseId });
    expect(codeOf(tooEarly)).toBe('invalid_state');
    const shortReason = await run('mutation ($id: ID!) { transferCase(caseId: $id, toUnitCode: "X1", reason: "no") { id } }', headHanoi, { id: caseId });
    expect(shortReason.errors?.[0].originalError).toMatchObject({ code: 'INVALID_INPUT', field: 'toUnitCode', text: { en: expect.stringContaining('reason: At least 5 characters.') } });

    expect(await caseEvents(caseId)).toEqual(before);
    expect((await run(CASE, handlerHanoi, { id: caseId })).data?.['case']).toMatchObject({ status: 'assigned' });
  });

  it('lets the unit head hand a case back, escalate and transfer it', async () => {
    const escalated = await assignedCase();
    const up = await run('mutation ($id: ID!) { escalateCase(caseId: $id, reason: "Vượt quá khả năng xử lý của tỉnh") { holderUnitCode escalations } }', headHanoi, { id: escalated });
    expect(up.errors).toBeUndefined();
    expect(up.data?.['escalateCase']).toEqual({ holderUnitCode: 'BTNMT', escalations: 1 });
    // Now held by the central unit: beyond Hà Nội's reach.
    expect(codeOf(await run(CASE, handlerHanoi, { id: escalated }))).toBe('OUTSIDE_JURISDICTION');

    const transferred = await assignedCase();
    const moved = await run('mutation ($id: ID!) { transferCase(caseId: $id, toUnitCode: "P79", reason: "Cơ sở gây ô nhiễm đặt tại TP.HCM") { holderUnitCode status } }', headHanoi, { id: transferred });
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.['transferCase']).toEqual({ holderUnitCode: 'P79', status: 'assigned' });
    expect((await run(INBOX, handlerHcm)).data?.['inbox'].items).toContainEqual({ id: transferred, status: 'assigned', holderUnitCode: 'P79' });

    const back = await run('mutation ($id: ID!) { handBackCase(caseId: $id, reason: "Không thuộc thẩm quyền của Sở") { holderUnitCode status } }', officer('unit_head', 'P79'), { id: transferred });
    expect(back.errors).toBeUndefined();
    expect(back.data?.['handBackCase']).toEqual({ holderUnitCode: 'P01', status: 'classified' });
  });
  describe('classification, forwarding and co-handling', () => {
    const CLASSIFY = 'mutation ($id: ID!, $severity: CaseSeverity!, $inter: Boolean!) { classifyCase(caseId: $id, severity: $severity, interProvincial: $inter) { status holderUnitCode } }';
    const FORWARD = 'mutation ($id: ID!, $to: String, $reason: String) { forwardCase(caseId: $id, toUnitCode: $to, reason: $reason) { status holderUnitCode assignmentRuleId assignmentRulesVersion } }';
    const CO_HANDLE = 'mutation ($id: ID!, $units: [String!]!, $reason: String!) { addCoHandlers(caseId: $id, unitCodes: $units, reason: $reason) { coHandlerUnitCodes holderUnitCode } }';

    /** A case its province handed back to itself: classified again at P01, waiting for its operator. */
    async function handedBackCase(): Promise<string> {
      const caseId = await assignedCase();
      const back = await run('mutation ($id: ID!) { handBackCase(caseId: $id, reason: "Cần đánh giá lại mức độ") { status } }', headHanoi, { id: caseId });
      expect(back.errors).toBeUndefined();
      return caseId;
    }

    it('lets the province’s operator reclassify a handed-back case and forward it by the rules, recording the rule and version', async () => {
      const caseId = await handedBackCase();
      const classified = await run(CLASSIFY, operatorHanoi, { id: caseId, severity: 'severe', inter: true });
      expect(classified.errors).toBeUndefined();
      expect(classified.data?.['classifyCase']).toEqual({ status: 'classified', holderUnitCode: 'P01' });
      const forwarded = await run(FORWARD, operatorHanoi, { id: caseId });
      expect(forwarded.errors).toBeUndefined();
      expect(forwarded.data?.['forwardCase']).toEqual({ status: 'assigned', holderUnitCode: 'BTNMT', assignmentRuleId: 'severe-inter-provincial-to-central', assignmentRulesVersion: 1 });
    });

    it('lets the operator name the unit with a reason instead, and then no rule is recorded', async () => {
      const caseId = await handedBackCase();
      const forwarded = await run(FORWARD, operatorHanoi, { id: caseId, to: 'C00004', reason: 'Phường Ba Đình đã có cán bộ xác minh tại chỗ' });
      expect(forwarded.errors).toBeUndefined();
      expect(forwarded.data?.['forwardCase']).toEqual({ status: 'assigned', holderUnitCode: 'C00004', assignmentRuleId: null, assignmentRulesVersion: null });
      const noReason = await run(FORWARD, operatorHanoi, { id: await handedBackCase(), to: 'C00004' });
      expect(noReason.errors?.[0].originalError).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' });
    });

    it('refuses classification and forwarding from the wrong role, another province or at the wrong stage, and appends nothing', async () => {
      const caseId = await handedBackCase();
      const assigned = await assignedCase();
      const before = await caseEvents(caseId);
      const beforeAssigned = await caseEvents(assigned);
      const byHandler = await run(CLASSIFY, handlerHanoi, { id: caseId, severity: 'severe', inter: false });
      expect(byHandler.errors?.[0].originalError).toMatchObject({ code: 'forbidden_role', text: { vi: expect.stringContaining('phân loại'), en: expect.stringContaining('classify') } });
      expect(codeOf(await run(CLASSIFY, officer('operator', 'P79'), { id: caseId, severity: 'severe', inter: false }))).toBe('outside_jurisdiction');
      expect(codeOf(await run(FORWARD, officer('operator', 'P79'), { id: caseId }))).toBe('outside_jurisdiction');
      const tooLate = await run(CLASSIFY, operatorHanoi, { id: assigned, severity: 'severe', inter: false });
      expect(tooLate.errors?.[0].originalError).toMatchObject({ code: 'invalid_state', text: { vi: expect.any(String), en: expect.stringContaining('Cannot classify') } });
      expect(codeOf(await run(FORWARD, operatorHanoi, { id: assigned }))).toBe('invalid_state');
      expect((await run(CLASSIFY, operatorHanoi, { id: caseId, severity: 'extreme', inter: false })).errors?.[0].message).toMatch(/CaseSeverity/);
      expect(await caseEvents(caseId)).toEqual(before);
      expect(await caseEvents(assigned)).toEqual(beforeAssigned);
    });

    it('brings other provinces in as co-handlers, whose officers then find the case in their inbox', async () => {
      const caseId = await assignedCase();
      const added = await run(CO_HANDLE, headHanoi, { id: caseId, units: ['P79', '48'], reason: 'Nguồn thải ảnh hưởng lưu vực sông liên tỉnh' });
      expect(added.errors).toBeUndefined();
      expect(added.data?.['addCoHandlers']).toEqual({ coHandlerUnitCodes: ['P79', 'P48'], holderUnitCode: 'P01' });
      expect((await run(INBOX, handlerHcm)).data?.['inbox'].items).toContainEqual({ id: caseId, status: 'assigned', holderUnitCode: 'P01' });
      // Co-handling joins the province units; the communes below them are not brought in.
      expect((await run(INBOX, officer('operator', 'C26740'))).data?.['inbox'].items.map((c: { id: string }) => c.id)).not.toContain(caseId);
      expect((await run(CASE, handlerHcm, { id: caseId })).data?.['case']).toMatchObject({ id: caseId, coHandlerUnitCodes: ['P79', 'P48'] });
      // The ministry's administrator acts within their jurisdiction: everywhere.
      const byMinistry = await run(CO_HANDLE, officer('ministry_admin', 'BTNMT'), { id: caseId, units: ['P31'], reason: 'Bổ sung tỉnh hạ lưu' });
      expect(byMinistry.data?.['addCoHandlers']).toMatchObject({ coHandlerUnitCodes: ['P79', 'P48', 'P31'] });
      expect(await caseEvents(caseId)).toEqual(['routing.CaseOpened', 'routing.CaseClassified', 'routing.CaseAssigned', 'routing.CoHandlersAdded', 'routing.CoHandlersAdded']);
    });

    it('refuses co-handlers from the wrong role, another province, a closed case or a unit that is not a province, and appends nothing', async () => {
      const caseId = await assignedCase();
      const before = await caseEvents(caseId);
      const reason = 'Ảnh hưởng sang tỉnh lân cận';
      expect(codeOf(await run(CO_HANDLE, handlerHanoi, { id: caseId, units: ['P79'], reason }))).toBe('forbidden_role');
      expect(codeOf(await run(CO_HANDLE, officer('unit_head', 'P79'), { id: caseId, units: ['P79'], reason }))).toBe('outside_jurisdiction');
      expect(codeOf(await run(CO_HANDLE, officer('provincial_admin', 'P79'), { id: caseId, units: ['P48'], reason }))).toBe('outside_jurisdiction');
      const commune = await run(CO_HANDLE, headHanoi, { id: caseId, units: ['C26740'], reason });
      expect(commune.errors?.[0].originalError).toMatchObject({ code: 'invalid_co_handler', text: { en: expect.stringContaining('province unit') } });
      expect(codeOf(await run(CO_HANDLE, headHanoi, { id: caseId, units: ['P01'], reason }))).toBe('invalid_co_handler');
      expect((await run(CO_HANDLE, headHanoi, { id: caseId, units: [], reason })).errors?.[0].originalError).toMatchObject({ code: 'INVALID_INPUT', field: 'unitCodes' });
      expect(await caseEvents(caseId)).toEqual(before);

      const closed = await assignedCase();
      for (const [mutation, actor] of [
        ['mutation ($id: ID!) { acceptCase(caseId: $id) { id } }', handlerHanoi],
        ['mutation ($id: ID!) { recordVerification(caseId: $id, findings: "Có xả thải", pollutionConfirmed: true) { id } }', handlerHanoi],
        ['mutation ($id: ID!) { recordHandling(caseId: $id, measures: "Đã xử phạt") { id } }', handlerHanoi],
        ['mutation ($id: ID!) { feedBackResult(caseId: $id, message: "Đã xử lý xong") { id } }', handlerHanoi],
        ['mutation ($id: ID!) { closeCase(caseId: $id) { id } }', headHanoi],
      ] as const) {
        expect((await run(mutation, actor, { id: closed })).errors).toBeUndefined();
      }
      const afterClose = await run(CO_HANDLE, headHanoi, { id: closed, units: ['P79'], reason });
      expect(afterClose.errors?.[0].originalError).toMatchObject({ code: 'invalid_state', text: { en: expect.stringContaining('add co-handlers') } });
    });
  });

  describe('the hotline directory (H2)', () => {
    const DIRECTORY = 'query ($province: String, $first: Int, $after: String) { hotlineDirectory(provinceCode: $province, first: $first, after: $after) { items { unitCode unitName { vi en } level phone phoneKind email } nextCursor } }';
    const SET = 'mutation ($unit: String!, $phone: String!, $email: String!) { setHotlineContact(unitCode: $unit, phone: $phone, email: $email) { ok listing { unitCode level phone email } errors { field message { vi en } } } }';

    it('lets a provincial administrator publish a commune’s contacts, refusing a personal mailbox on the e-mail field; anyone reads the directory', async () => {
      const admin = officer('provincial_admin', 'P01');
      const personal = await run(SET, admin, { unit: '00070', phone: '024 3825 5555', email: 'hoankiem.hotline@gmail.com' });
      expect(personal.errors).toBeUndefined();
      expect(personal.data?.['setHotlineContact']).toEqual({ ok: false, listing: null, errors: [{ field: 'email', message: { vi: expect.any(String), en: expect.stringContaining('personal') } }] });
      expect((await run(DIRECTORY, { kind: 'anonymous' }, { province: '01' })).data?.['hotlineDirectory'].items).toEqual([]);

      const set = await run(SET, admin, { unit: '00070', phone: '024 3825 5555', email: 'duongdaynong@hoankiem.hanoi.gov.vn' });
      expect(set.data?.['setHotlineContact']).toEqual({ ok: true, listing: { unitCode: 'C00070', level: 'commune', phone: '+842438255555', email: 'duongdaynong@hoankiem.hanoi.gov.vn' }, errors: [] });
      await run(SET, officer('ministry_admin', 'BTNMT'), { unit: 'P01', phone: '024 3825 1234', email: 'duongdaynong@hanoi.gov.vn' });
      await run(SET, officer('ministry_admin', 'BTNMT'), { unit: 'P79', phone: '028 3829 0000', email: 'duongdaynong@tphcm.gov.vn' });

      const hanoi = await run(DIRECTORY, { kind: 'anonymous' }, { province: 'P01', first: 1 });
      expect(hanoi.errors).toBeUndefined();
      expect(hanoi.data?.['hotlineDirectory'].items).toEqual([{ unitCode: 'P01', unitName: { vi: 'Thành phố Hà Nội', en: expect.any(String) }, level: 'province', phone: '+842438251234', phoneKind: 'landline', email: 'duongdaynong@hanoi.gov.vn' }]);
      const next = await run(DIRECTORY, { kind: 'anonymous' }, { province: 'P01', first: 1, after: hanoi.data?.['hotlineDirectory'].nextCursor });
      expect(next.data?.['hotlineDirectory']).toEqual({ items: [expect.objectContaining({ unitCode: 'C00070', unitName: { vi: expect.stringContaining('Hoàn Kiếm'), en: expect.any(String) } })], nextCursor: null });
      const everywhere = await run(DIRECTORY, { kind: 'anonymous' });
      expect(everywhere.data?.['hotlineDirectory'].items.map((l: { unitCode: string }) => l.unitCode)).toEqual(['P01', 'P79', 'C00070']);
      // An API client reads it under the scope its client was granted, and only then.
      expect((await run(DIRECTORY, { kind: 'integrator', id: 'portal', scopes: ['directory:read'] })).data?.['hotlineDirectory'].items).toHaveLength(3);
      const unscoped = await run(DIRECTORY, { kind: 'integrator', id: 'portal', scopes: ['reports:submit'] });
      expect(unscoped.errors?.[0].originalError).toMatchObject({ code: 'FORBIDDEN', rule: 'missing_scope', text: { vi: expect.stringContaining('directory:read'), en: expect.stringContaining('directory:read') } });

      // A case in that commune now goes to the commune's hotline.
      const caseId = await assignedCase({ communeCode: '00070' });
      expect((await run(CASE, handlerHanoi, { id: caseId })).data?.['case']).toMatchObject({ holderUnitCode: 'C00070' });
    });

    it('refuses anonymous callers, other roles and other provinces, bad province codes and cursors', async () => {
      const contacts = { unit: '00070', phone: '024 3825 6666', email: 'khac@hoankiem.hanoi.gov.vn' };
      expect(codeOf(await run(SET, { kind: 'anonymous' }, contacts))).toBe('UNAUTHENTICATED');
      expect(codeOf(await run(SET, headHanoi, contacts))).toBe('forbidden_role');
      const otherProvince = await run(SET, officer('provincial_admin', 'P79'), contacts);
      expect(otherProvince.errors?.[0].originalError).toMatchObject({ code: 'outside_jurisdiction', text: { vi: expect.stringContaining('P79'), en: expect.stringContaining('C00070') } });
      expect(codeOf(await run(SET, officer('provincial_admin', 'P01'), { ...contacts, unit: 'P98' }))).toBe('unknown_unit');
      const badProvince = await run(DIRECTORY, { kind: 'anonymous' }, { province: '00070' });
      expect(badProvince.errors?.[0].originalError).toMatchObject({ code: 'INVALID_INPUT', field: 'provinceCode' });
      expect(codeOf(await run(DIRECTORY, { kind: 'anonymous' }, { after: 'nonsense' }))).toBe('INVALID_INPUT');
    });
  });

  describe('roster import (H3)', () => {
    const IMPORT = 'mutation ($unit: String!, $name: String!, $content: String!) { importRoster(unitCode: $unit, fileName: $name, contentBase64: $content) { importedCount rejectedRows { rowNumber fields reasons { vi en } } } }';
    const csv = [
      'STT;Đơn vị;Họ và tên;Chức vụ;Điện thoại;Thư điện tử;Vai trò',
      '1;P01;Nguyễn Thị Oanh;Chuyên viên;0912 111 222;oanh.nt@hanoi.gov.vn;cán bộ vận hành',
      '2;P01;Lý Văn Phú;Chuyên viên;024 3825;phu.lv@gmail.com;can bo xu ly',
      '',
      '3;C00004;Tạ Thị Quyên;Công chức;0913 444 555;quyen.tt@hanoi.gov.vn;quản trị Bộ',
      '4;00004;Hà Văn Sơn;Công chức;0913 444 666;son.hv@hanoi.gov.vn;can bo van hanh',
    ].join('\r\n');
    const content = Buffer.from(csv, 'utf8').toString('base64');

    it('keeps the valid rows and reports each rejected row once, with every reason naming its column', async () => {
      const result = await run(IMPORT, officer('provincial_admin', 'P01'), { unit: 'P01', name: 'danh-sach.csv', content });
      expect(result.errors).toBeUndefined();
      expect(result.data?.['importRoster']).toEqual({
        importedCount: 2,
        rejectedRows: [
          { rowNumber: 3, fields: ['phone', 'email'], reasons: [{ vi: expect.stringMatching(/^Điện thoại: /), en: expect.stringMatching(/^Phone: /) }, { vi: expect.stringMatching(/^Thư điện tử: /), en: expect.stringMatching(/^E-mail: /) }] },
          { rowNumber: 5, fields: ['role'], reasons: [{ vi: expect.stringMatching(/^Vai trò: /), en: expect.stringMatching(/^Role: /) }] },
        ],
      });
      expect((await features.directory.officersOf('C00004')).map((o) => o.email)).toContain('son.hv@hanoi.gov.vn');
    });

    it('refuses other roles, other provinces and unreadable files, importing nothing', async () => {
      const before = (await features.directory.officersOf('P79')).length;
      expect(codeOf(await run(IMPORT, headHanoi, { unit: 'P01', name: 'a.csv', content }))).toBe('forbidden_role');
      expect(codeOf(await run(IMPORT, officer('provincial_admin', 'P01'), { unit: 'P79', name: 'a.csv', content }))).toBe('outside_jurisdiction');
      const old = await run(IMPORT, officer('ministry_admin', 'BTNMT'), { unit: 'P79', name: 'a.xls', content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]).toString('base64') });
      expect(old.errors?.[0].originalError).toMatchObject({ code: 'legacy_or_encrypted', field: 'contentBase64', text: { vi: expect.stringContaining('.xlsx'), en: expect.stringContaining('.xlsx') } });
      expect(codeOf(await run(IMPORT, officer('ministry_admin', 'BTNMT'), { unit: 'P79', name: 'a.csv', content: '%%%' }))).toBe('not_base64');
      expect((await features.directory.officersOf('P79')).length).toBe(before);
    });
  });

  describe('assignment rules', () => {
    const RULES = '{ assignmentRules { current { version effectiveFrom publishedBy rules { id target { kind unitCode } } } history { version effectiveFrom publishedBy publishedByUnitCode } } }';
    const PUBLISH =
      'mutation ($input: AssignmentRulesInput!, $from: String!) { publishAssignmentRules(input: $input, effectiveFrom: $from) { ok published { version effectiveFrom publishedBy publishedByUnitCode rules { id when { provinceCode pollutionType severity } target { kind unitCode } } } errors { field message { vi en } } } }';
    const inDays = (days: number) => new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
    const fallback = { id: 'province-fallback', when: {}, target: { kind: 'province' }, reason: { vi: 'Chuyển cấp tỉnh.', en: 'Sent to the province.' } };
    const airToCentral = {
      id: 'emissions-79-to-central',
      when: { provinceCode: ['79'], pollutionType: ['emissions'], severity: null },
      target: { kind: 'unit', unitCode: 'BTNMT' },
      reason: { vi: 'Khí thải tại TP.HCM: Trung ương theo dõi.', en: 'Emissions in Hồ Chí Minh City: followed centrally.' },
    };

    it('shows every officer the version in effect and the history; the ministry’s administrator schedules the next', async () => {
      const shown = await run(RULES, handlerHcm);
      expect(shown.errors).toBeUndefined();
      expect(shown.data?.['assignmentRules'].current).toMatchObject({ version: 1, effectiveFrom: '2025-07-01', publishedBy: 'routing-service' });
      expect(shown.data?.['assignmentRules'].current.rules.map((r: { id: string }) => r.id)).toContain('commune-with-hotline');

      const effectiveFrom = inDays(2);
      const published = await run(PUBLISH, officer('ministry_admin', 'BTNMT'), { input: { rules: [airToCentral, fallback] }, from: effectiveFrom });
      expect(published.errors).toBeUndefined();
      expect(published.data?.['publishAssignmentRules']).toEqual({
        ok: true,
        published: {
          version: 2,
          effectiveFrom,
          publishedBy: 'ministry_admin-BTNMT',
          publishedByUnitCode: 'BTNMT',
          rules: [
            { id: 'emissions-79-to-central', when: { provinceCode: ['79'], pollutionType: ['emissions'], severity: null }, target: { kind: 'unit', unitCode: 'BTNMT' } },
            { id: 'province-fallback', when: { provinceCode: null, pollutionType: null, severity: null }, target: { kind: 'province', unitCode: null } },
          ],
        },
        errors: [],
      });
      const after = await run(RULES, operatorHanoi);
      expect(after.data?.['assignmentRules'].current.version).toBe(1);
      expect(after.data?.['assignmentRules'].history).toEqual([
        { version: 2, effectiveFrom, publishedBy: 'ministry_admin-BTNMT', publishedByUnitCode: 'BTNMT' },
        { version: 1, effectiveFrom: '2025-07-01', publishedBy: 'routing-service', publishedByUnitCode: null },
      ]);
    });

    it('refuses other roles and anonymous callers, and names each bad field in both languages, storing nothing', async () => {
      const before = await features.assignmentRules.versions();
      const input = { rules: [airToCentral, fallback] };
      expect(codeOf(await run(PUBLISH, officer('provincial_admin', 'P01'), { input, from: inDays(30) }))).toBe('forbidden_role');
      // A ministry administrator's role on a provincial account is a misconfiguration: refused, naming both units.
      expect((await run(PUBLISH, officer('ministry_admin', 'P01'), { input, from: inDays(30) })).errors?.[0].originalError).toMatchObject({
        code: 'FORBIDDEN',
        rule: 'ministry_unit_required',
        text: { vi: expect.stringMatching(/BTNMT.*P01/), en: expect.stringMatching(/BTNMT.*P01/) },
      });
      expect(codeOf(await run(RULES, { kind: 'anonymous' }))).toBe('UNAUTHENTICATED');
      const bad = { rules: [{ ...airToCentral, id: 'Khí thải!', target: { kind: 'unit', unitCode: 'P98' } }, { ...fallback, target: { kind: 'commune' } }] };
      const refused = await run(PUBLISH, officer('ministry_admin', 'BTNMT'), { input: bad, from: inDays(0) });
      expect(refused.errors).toBeUndefined();
      expect(refused.data?.['publishAssignmentRules']).toMatchObject({ ok: false, published: null });
      const fields = refused.data?.['publishAssignmentRules'].errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['input.rules.0.id', 'input.rules.1', 'effectiveFrom']));
      expect(refused.data?.['publishAssignmentRules'].errors[0].message).toEqual({ vi: expect.any(String), en: expect.any(String) });
      const unknownUnit = await run(PUBLISH, officer('ministry_admin', 'BTNMT'), { input: { rules: [{ ...airToCentral, target: { kind: 'unit', unitCode: 'P98' } }, fallback] }, from: inDays(30) });
      expect(unknownUnit.data?.['publishAssignmentRules'].errors).toEqual([{ field: 'input.rules.0.target.unitCode', message: { vi: expect.stringContaining('P98'), en: expect.stringContaining('P98') } }]);
      expect(await features.assignmentRules.versions()).toHaveLength(before.length);
    });
  });
});
