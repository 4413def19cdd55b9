import { graphql } from 'graphql';
import { integrationEvents, systemActor, topicOf } from '@hotline/contracts-events';
import { deadlineStreamId, startDeadlineFeatures, type DeadlineFeatures } from '@hotline/deadline-application';
import { loadConfig } from '@hotline/platform-config';
import { ProcessedEvents } from '@hotline/platform-event-bus';
import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import { InMemoryCheckpointStore } from '@hotline/platform-event-store';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import { toBusMessage } from '@hotline/platform-forwarder';
import type { RequestActor } from '@hotline/platform-graphql';
import { createLogger } from '@hotline/platform-runtime';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import { eventually } from '@hotline/platform-testing';
import { deadlineSubgraphSchema } from './deadline-service';

const officer = (role: Extract<RequestActor, { kind: 'officer' }>['role'], unitCode: string): RequestActor => ({ kind: 'officer', id: `${role}-${unitCode}`, role, unitCode });
const headHanoi = officer('unit_head', 'P01');
const handlerHanoi = officer('handler', 'P01');
const headHcm = officer('unit_head', 'P79');
const ministryAdmin = officer('ministry_admin', 'BTNMT');
// A ministry administrator's role on a provincial account: a misconfiguration, never honoured.
const ministryAdminAtHanoi = officer('ministry_admin', 'P01');

// Monday 2 March 2026, 08:00 in Hà Nội: a denunciation of a polluter reaches the Hà Nội desk.
const RECEIVED = '2026-03-02T01:00:00.000Z';
const reportId = 'r-denunciation-1';
const caseId = `case-${reportId}`;

interface Result {
  data?: Record<string, any> | null; // eslint-disable-line @typescript-eslint/no-explicit-any
  errors?: readonly { originalError?: unknown }[];
}

describe('deadline subgraph: pause, resume, extend, and the ministry’s calendar and policy table (PGlite)', () => {
  let sql: PGliteSqlClient;
  let bus: InProcessEventBus;
  let store: SqlEventStore;
  let features: DeadlineFeatures;
  let now = new Date('2026-03-03T02:00:00Z');
  let schema: ReturnType<typeof deadlineSubgraphSchema>;

  const run = (source: string, actor: RequestActor, variableValues: Record<string, unknown> = {}) =>
    graphql({ schema, source, variableValues, contextValue: { actor } }) as Promise<Result>;
  const refusal = (result: Result) => result.errors?.[0]?.originalError as { code?: string; rule?: string; field?: string; text?: { vi: string; en: string } } | undefined;
  const eventsOf = async (deadlineId: string) => (await store.readStream(deadlineStreamId(deadlineId))).map((e) => e.type);
  const upstream = async (type: string, stream: string, data: Record<string, unknown>, occurredAt: string) => {
    const upstreamStore = new SqlEventStore(sql, { schema: 'upstream_events' });
    const { schemaVersion } = integrationEvents.prepare(type, data);
    const { events } = await upstreamStore.appendToStream(stream, [{ type, schemaVersion, data, occurredAt, actor: systemActor('upstream') }], { expectedRevision: 'any' });
    await bus.publish(topicOf(type), [toBusMessage(events[0])]);
  };

  beforeAll(async () => {
    sql = await PGliteSqlClient.open();
    bus = new InProcessEventBus();
    store = new SqlEventStore(sql, { schema: 'deadline_events' });
    features = await startDeadlineFeatures(
      {
        config: loadConfig({}),
        logger: createLogger('error'),
        infrastructure: { sql, store, bus, checkpoints: new InMemoryCheckpointStore(), processed: new ProcessedEvents(sql, 'deadline'), close: async () => undefined },
      },
      { clock: { now: () => now }, pollIntervalMs: 25, retry: { maxAttempts: 3, initialDelayMs: 10 } },
    );
    schema = deadlineSubgraphSchema(features, () => now);

    // Intake enters the denunciation; routing opens the case, gives it to the province, which accepts it.
    const report = { reportId, trackingCode: 'PA-0000-0009', channel: 'phone', receivedAt: RECEIVED };
    await upstream('intake.ReportReceived', `report-${reportId}`, { ...report, caseId, provinceCode: '01', communeCode: '00004' }, RECEIVED);
    await upstream(
      'intake.ReportAccepted',
      `report-${reportId}`,
      { ...report, pollutionType: 'wastewater', nature: 'continuous', urgent: false, legalTrack: 'denunciation', provinceCode: '01', communeCode: '00004', latitude: null, longitude: null, duplicateOfCaseId: null },
      '2026-03-02T02:00:00.000Z',
    );
    await upstream('routing.CaseOpened', `case-${caseId}`, { caseId, reportId, provinceCode: '01', communeCode: '00004', urgent: false, nature: 'continuous' }, '2026-03-02T02:00:01.000Z');
    await upstream('routing.CaseAssigned', `case-${caseId}`, { caseId, unitCode: 'P01', level: 'province', reason: 'Tố cáo: cấp tỉnh', rule: null }, '2026-03-02T02:00:01.000Z');
    await upstream('routing.CaseAccepted', `case-${caseId}`, { caseId, unitCode: 'P01', at: '2026-03-02T03:00:00.000Z' }, '2026-03-02T03:00:00.000Z');
    await eventually('the case’s clocks', async () => {
      await features.caughtUp();
      const steps = (await features.readModel.deadlinesOfCase(caseId)).map((d) => d.step);
      return steps.includes('verify') && steps.includes('denunciation_resolve');
    });
  });
  afterAll(async () => {
    await features.stop();
    await bus.close();
    await sql.close();
  });

  const PAUSE = 'mutation ($id: ID!, $reason: String!) { pauseDeadline(id: $id, reason: $reason) { id status pausedAt dueAt policyVersion } }';
  const RESUME = 'mutation ($id: ID!, $reason: String!) { resumeDeadline(id: $id, reason: $reason) { id status pausedAt dueAt } }';
  const EXTEND = 'mutation ($id: ID!, $amount: Int!, $reason: String!) { extendDeadline(id: $id, amount: $amount, reason: $reason) { id dueAt explanation { vi en } } }';
  const verify = `${caseId}:verify`;
  const denunciation = `${caseId}:denunciation_resolve`;

  it('refuses the wrong role, another province, a missing reason and a step the policy keeps running, writing nothing', async () => {
    const before = await eventsOf(verify);
    expect(refusal(await run(PAUSE, handlerHanoi, { id: verify, reason: 'Chờ kết quả quan trắc của Sở' }))?.code).toBe('FORBIDDEN');
    expect(refusal(await run(PAUSE, headHcm, { id: verify, reason: 'Chờ kết quả quan trắc của Sở' }))?.code).toBe('OUTSIDE_JURISDICTION');
    expect(refusal(await run(PAUSE, headHanoi, { id: verify, reason: '  ' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' });
    expect(refusal(await run(PAUSE, { kind: 'anonymous' }, { id: verify, reason: 'Chờ kết quả' }))?.code).toBe('UNAUTHENTICATED');
    expect(refusal(await run(PAUSE, headHanoi, { id: 'case-nobody:verify', reason: 'Chờ kết quả' }))?.code).toBe('NOT_FOUND');
    expect(await eventsOf(verify)).toEqual(before);

    const wholeCase = `${caseId}:whole_case`;
    const refused = refusal(await run(PAUSE, headHanoi, { id: wholeCase, reason: 'Chờ ý kiến cơ quan khác' }));
    expect(refused).toMatchObject({ code: 'step_not_pausable', text: { vi: expect.stringContaining('không được phép tạm dừng'), en: expect.stringContaining('does not allow') } });
    expect(await eventsOf(wholeCase)).toEqual(['deadline.DeadlineScheduled']);
  });

  it('pauses a verification while waiting on another agency, and resumes it with the working days left', async () => {
    const paused = await run(PAUSE, headHanoi, { id: verify, reason: 'Chờ kết quả quan trắc của Sở' });
    expect(paused.errors).toBeUndefined();
    expect(paused.data?.['pauseDeadline']).toMatchObject({ id: verify, status: 'paused', pausedAt: '2026-03-03T02:00:00.000Z', policyVersion: 1 });
    const dueBefore = paused.data?.['pauseDeadline'].dueAt as string;

    now = new Date('2026-03-10T02:00:00Z');
    const resumed = await run(RESUME, headHanoi, { id: verify, reason: 'Đã có kết quả quan trắc' });
    expect(resumed.errors).toBeUndefined();
    expect(resumed.data?.['resumeDeadline']).toMatchObject({ status: 'running', pausedAt: null });
    expect(Date.parse(resumed.data?.['resumeDeadline'].dueAt)).toBeGreaterThan(Date.parse(dueBefore));
    const [, pausedEvent, resumedEvent] = await store.readStream(deadlineStreamId(verify));
    expect(pausedEvent.actor).toEqual({ kind: 'officer', id: 'unit_head-P01', unitCode: 'P01' });
    expect(resumedEvent.data).toMatchObject({ reason: 'Đã có kết quả quan trắc' });
  });

  it('extends a denunciation by 30 days twice, and no further (H7)', async () => {
    const first = await run(EXTEND, headHanoi, { id: denunciation, amount: 30, reason: 'Vụ việc phức tạp, cần giám định' });
    expect(first.errors).toBeUndefined();
    const second = await run(EXTEND, ministryAdmin, { id: denunciation, amount: 30, reason: 'Chờ kết luận giám định' });
    expect(Date.parse(second.data?.['extendDeadline'].dueAt)).toBeGreaterThan(Date.parse(first.data?.['extendDeadline'].dueAt));
    expect(refusal(await run(EXTEND, headHanoi, { id: denunciation, amount: 30, reason: 'Lần thứ ba' }))?.code).toBe('extension_limit_reached');
    expect(refusal(await run(EXTEND, headHanoi, { id: verify, amount: 5, reason: 'Không được gia hạn' }))?.code).toBe('not_extendable');
  });

  it('shows a year of the calendar with its days off, make-up days and sources; only a ministry administrator replaces one', async () => {
    const CALENDAR = 'query ($year: Int!) { workingCalendar(year: $year) { year version daysOff { date kind name { vi } source } workingDays { date source } } }';
    const year2026 = await run(CALENDAR, handlerHanoi, { year: 2026 });
    expect(year2026.errors).toBeUndefined();
    const calendar = year2026.data?.['workingCalendar'];
    expect(calendar.version).toBe(1);
    expect(calendar.daysOff).toContainEqual({ date: '2026-02-17', kind: 'holiday', name: { vi: 'Tết Nguyên Đán' }, source: expect.stringContaining('Tết') });
    expect(calendar.workingDays.map((d: { date: string }) => d.date)).toContain('2026-01-10');

    const SET = `mutation ($year: Int!, $off: [CalendarDayOffInput!]!, $on: [CalendarWorkingDayInput!]!) {
      setCalendarYear(year: $year, daysOff: $off, workingDays: $on) { ok errors { field message { vi en } } calendar { year version daysOff { date } workingDays { date } } }
    }`;
    const source = 'Công văn của Văn phòng Chính phủ (giả định cho kiểm thử)';
    const day = (date: string) => ({ date, nameVi: 'Ngày nghỉ', nameEn: 'Day off', source });
    const year2028 = { year: 2028, off: [day('2028-01-01'), { ...day('2028-01-03'), kind: 'swapped_day_off' }], on: [day('2028-01-08')] };
    expect(refusal(await run(SET, headHanoi, year2028))?.code).toBe('FORBIDDEN');
    expect(refusal(await run(SET, ministryAdminAtHanoi, year2028))).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'ministry_unit_required',
      text: { vi: expect.stringMatching(/BTNMT.*P01/), en: expect.stringMatching(/BTNMT.*P01/) },
    });
    const invalid = await run(SET, ministryAdmin, { ...year2028, on: [day('2028-01-05')] });
    expect(invalid.data?.['setCalendarYear']).toMatchObject({ ok: false, calendar: null, errors: [{ field: 'workingDays.0.date', message: { vi: expect.stringContaining('thứ Bảy') } }] });
    expect((await run(CALENDAR, handlerHanoi, { year: 2028 })).data?.['workingCalendar']).toMatchObject({ version: null, daysOff: [] });

    const set = await run(SET, ministryAdmin, year2028);
    expect(set.data?.['setCalendarYear']).toEqual({
      ok: true,
      errors: [],
      calendar: { year: 2028, version: 1, daysOff: [{ date: '2028-01-01' }, { date: '2028-01-03' }], workingDays: [{ date: '2028-01-08' }] },
    });
  });

  it('lists the policy table’s versions; a new version applies from its date, and deadlines keep the version they used', async () => {
    const POLICIES = '{ slaPolicies { current { version effectiveFrom } history { version effectiveFrom publishedBy rules { step pausable limit { unit amount warnBeforeHours } extension { amount maxTimes } } } } }';
    const before = await run(POLICIES, handlerHanoi);
    expect(before.errors).toBeUndefined();
    expect(before.data?.['slaPolicies'].current).toEqual({ version: 1, effectiveFrom: '2024-01-01' });
    const v1 = before.data?.['slaPolicies'].history[0];
    expect(v1.rules.find((r: { step: string }) => r.step === 'denunciation_resolve')).toMatchObject({ extension: { amount: 30, maxTimes: 2 } });

    const PUBLISH = `mutation ($input: SlaPolicyInput!, $from: String!) {
      publishSlaPolicy(input: $input, effectiveFrom: $from) { ok errors { field message { vi en } } policy { version effectiveFrom publishedBy } }
    }`;
    const rules = v1.rules.map((r: { step: string; limit: object; pausable: boolean; extension: object | null }) => ({
      step: r.step,
      limit: r.step === 'handle' ? { unit: 'working_days', amount: 10 } : r.limit,
      pausable: r.pausable,
      extension: r.extension && { ...r.extension, unit: 'calendar_days' },
    }));
    expect(refusal(await run(PUBLISH, headHanoi, { input: { rules }, from: '2026-03-11' }))?.code).toBe('FORBIDDEN');
    expect(refusal(await run(PUBLISH, ministryAdminAtHanoi, { input: { rules }, from: '2026-03-11' }))).toMatchObject({ code: 'FORBIDDEN', rule: 'ministry_unit_required' });
    const past = await run(PUBLISH, ministryAdmin, { input: { rules }, from: '2026-03-01' });
    expect(past.data?.['publishSlaPolicy']).toMatchObject({ ok: false, errors: [{ field: 'effectiveFrom' }] });

    const published = await run(PUBLISH, ministryAdmin, { input: { rules }, from: '2026-03-11' });
    expect(published.data?.['publishSlaPolicy']).toEqual({ ok: true, errors: [], policy: { version: 2, effectiveFrom: '2026-03-11', publishedBy: 'officer:ministry_admin-BTNMT' } });
    const after = (await run(POLICIES, handlerHanoi)).data?.['slaPolicies'];
    expect([after.current.version, after.history.map((v: { version: number }) => v.version)]).toEqual([1, [1, 2]]);

    const DEADLINE = 'query ($id: ID!) { _entities(representations: [{ __typename: "Case", id: $id }]) { ... on Case { deadlines { step policyVersion } } } }';
    const deadlines = (await run(DEADLINE, headHanoi, { id: caseId })).data?.['_entities'][0].deadlines as { policyVersion: number }[];
    expect(new Set(deadlines.map((d) => d.policyVersion))).toEqual(new Set([1]));
  });
});
