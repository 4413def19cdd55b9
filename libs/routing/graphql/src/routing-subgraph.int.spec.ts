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
  errors?: readonly { originalError?: unknown }[];
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
  async function assignedCase(): Promise<string> {
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
});
