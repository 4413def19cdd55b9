import { integrationEvents, type Actor } from '@hotline/contracts-events';
import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import { toBusMessage } from '@hotline/platform-forwarder';
import { describeWithServer, eventually, TravellingClock, uniqueName } from '@hotline/platform-testing';
import { SessionRuleViolation, type OfficerActor, type OfficerRole, type PublicActor } from '@hotline/session-domain';
import { embeddedTestServer, postgresTestServer, testServiceContext, type TestDatabase, type TestDatabaseServer } from './fixtures/session-test-database';
import { SessionInputError } from './session-input-error';
import { questionStreamId, sessionStreamId } from './session-streams';
import { startSessionFeatures, type SessionFeatures } from './start-session-features';

const officer = (role: OfficerRole, unitCode: string): OfficerActor => ({ kind: 'officer', officerId: `${role}@${unitCode}`, role, unitCode });
const hanoi = { head: officer('unit_head', 'P01'), operator: officer('operator', 'P01'), handler: officer('handler', 'P01') };
const hoanKiemHandler = officer('handler', 'C00070');
const citizen: PublicActor = { kind: 'citizen', id: 'public' };
const deadlineActor: Actor = { kind: 'system', id: 'deadline-service' };

// Hà Nội's session on Wednesday 29 April 2026, 09:00–11:00: intake opens 00:00 on 22/04.
const plan = {
  hostUnitCode: 'P01',
  topic: 'Ô nhiễm không khí đô thị',
  subtopics: ['Bụi mịn PM2.5', 'Rác thải sinh hoạt'],
  startsAt: '2026-04-29T09:00',
  endsAt: '2026-04-29T11:00',
  officials: [{ name: 'Nguyễn Văn An', position: 'Giám đốc Sở Nông nghiệp và Môi trường' }],
};
const question = (overrides: Record<string, unknown> = {}) => ({
  name: 'Lê Minh Châu',
  phone: '0912 345 678',
  provinceCode: '01',
  topic: 'Bụi mịn PM2.5',
  text: 'Khi nào thành phố công bố chỉ số bụi mịn theo từng phường?',
  hideName: true,
  ...overrides,
});

function sessionFeaturesSuite(server: () => TestDatabaseServer): void {
  const clock = new TravellingClock();
  let db: TestDatabase;
  let bus: InProcessEventBus;
  let features: SessionFeatures;

  beforeAll(async () => {
    db = await server().open(uniqueName('session'));
    bus = new InProcessEventBus();
    features = await startSessionFeatures(testServiceContext(db, bus, clock.now), { schema: db.schema, retry: { maxAttempts: 1 } });
  }, 60_000);
  afterAll(async () => {
    await features?.stop();
    await bus?.close();
  });

  const at = (local: string) => clock.travelTo(`${local}+07:00`);
  const streamLength = async (streamId: string) => (await db.store.readStream(streamId)).length;
  const askers = async () => Number((await db.sql.query<{ n: number }>(`select count(*)::int as n from "${db.schema}".askers`))[0].n);
  const submit = async (overrides: Record<string, unknown> = {}) => {
    const outcome = await features.desk.submit(citizen, question({ sessionId, ...overrides }));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    return outcome.questionId;
  };
  /** The deadline service breaching a limit, delivered over the bus as in production. */
  const breach = async (subjectId: string, step: string, dueAt: string) => {
    const data = { deadlineId: `${subjectId}:${step}`, subjectId, step, dueAt, policyVersion: 1 };
    const prepared = integrationEvents.prepare('deadline.DeadlineBreached', data);
    const { events } = await db.upstream.appendToStream(`deadline-${subjectId}:${step}`, [{ type: 'deadline.DeadlineBreached', actor: deadlineActor, ...prepared, occurredAt: dueAt }], {
      expectedRevision: 'any',
    });
    await bus.publish('hotline.deadline.events', [toBusMessage(events[0])]);
    return events[0];
  };

  let sessionId: string;
  const ids: Record<string, string> = {};

  it('plans a session as a draft, refusing a bad plan field by field and writing nothing', async () => {
    at('2026-04-10T09:00:00');
    await expect(features.office.plan(hanoi.head, { ...plan, topic: '<b>x</b>', startsAt: 'mai' })).rejects.toThrow(SessionInputError);
    const planned = await features.office.plan(hanoi.head, plan);
    sessionId = planned.sessionId;
    expect(planned).toMatchObject({ status: 'draft', plan: { hostUnitCode: 'P01', startsAt: '2026-04-29T02:00:00.000Z' } });
    await features.caughtUp();
    expect(await features.sessions.list({ unitCode: 'P01' })).toMatchObject({ items: [] });
    expect((await features.sessions.list({ unitCode: 'P01', draftsOf: ['P01'] })).items.map((s) => s.sessionId)).toEqual([sessionId]);
    // S2: intake opens 22/04, so the announcement is due by 24:00 on 17/04 (Vietnam time).
    expect(await features.sessions.byId(sessionId)).toMatchObject({ announceBy: '2026-04-17T17:00:00.000Z', announcementOverdue: false });
  });

  it('announces it under the calendar rules in effect, with the intake window, to the minute', async () => {
    at('2026-04-16T09:00:00');
    await features.office.announce(hanoi.head, sessionId);
    await features.caughtUp();
    expect(await features.sessions.byId(sessionId)).toMatchObject({ status: 'announced', intakeOpensAt: '2026-04-21T17:00:00.000Z', intakeClosesAt: '2026-04-29T04:00:00.000Z', policyVersion: 1 });
  });

  it('refuses a question the minute before intake opens, saying when it opens, and writes nothing', async () => {
    at('2026-04-21T23:59:00');
    await expect(features.desk.submit(citizen, question({ sessionId }))).rejects.toThrow(/intake_not_open.*00:00 on 22\/04\/2026/);
    expect(await askers()).toBe(0);
  });

  it('takes questions from the minute intake opens, keeping contacts out of the stream and hidden names out of the public', async () => {
    at('2026-04-22T00:00:00');
    ids['hidden'] = await submit();
    ids['duplicate'] = await submit({ text: 'Bao giờ có chỉ số bụi mịn cho từng phường ạ?', hideName: false, name: 'Phạm Thu' });
    ids['offTopic'] = await submit({ topic: 'Rác thải sinh hoạt', text: 'Xin hỏi về thủ tục đăng ký kinh doanh?', hideName: false });
    ids['waste'] = await submit({ topic: 'rac thai sinh hoat', text: 'Khi nào phân loại rác tại nguồn bắt buộc ở Hà Nội?', hideName: false, name: 'Đỗ Văn Hùng' });
    ids['late'] = await submit({ topic: 'Rác thải sinh hoạt', text: 'Điểm tập kết rác trên phố Hàng Bông có được dời đi không?', hideName: false });
    const stored = JSON.stringify(await db.store.readStream(questionStreamId(ids['hidden'])));
    expect(stored).not.toContain('+84912345678');
    expect(stored).not.toContain('Lê Minh Châu');
    expect(await features.askers.find(ids['hidden'])).toMatchObject({ name: 'Lê Minh Châu', phone: '+84912345678' });
    const invalid = await features.desk.submit(citizen, question({ sessionId, text: 'x'.repeat(2001), topic: 'Giao thông' }));
    expect(invalid).toMatchObject({ ok: false, errors: [{ field: 'topic' }, { field: 'text' }] });
  });

  it('moderates: accepts, merges a duplicate, rejects with a reason, edits for publication, assigns', async () => {
    at('2026-04-23T09:00:00');
    await features.desk.accept(hanoi.operator, ids['hidden']);
    await features.desk.merge(hanoi.operator, ids['duplicate'], ids['hidden']);
    await features.desk.reject(hanoi.operator, ids['offTopic'], 'Không thuộc chủ đề của buổi giao lưu.');
    await features.desk.accept(hanoi.operator, ids['waste']);
    await features.desk.edit(hanoi.operator, ids['waste'], 'Khi nào Hà Nội bắt buộc phân loại rác tại nguồn?');
    await features.desk.assign(hanoi.operator, ids['waste'], 'C00070', null);
    await expect(features.desk.accept(officer('operator', 'P79'), ids['late'])).rejects.toThrow(/outside_jurisdiction/);
    await features.caughtUp();
    const page = await features.questions.ofSession(sessionId);
    expect(page.items.map((q) => [q.questionId, q.status])).toEqual([
      [ids['hidden'], 'accepted'],
      [ids['duplicate'], 'merged'],
      [ids['offTopic'], 'rejected'],
      [ids['waste'], 'accepted'],
      [ids['late'], 'pending'],
    ]);
    expect(await features.questions.byId(ids['waste'])).toMatchObject({
      originalText: 'Khi nào phân loại rác tại nguồn bắt buộc ở Hà Nội?',
      publishedText: 'Khi nào Hà Nội bắt buộc phân loại rác tại nguồn?',
      assignedUnitCode: 'C00070',
    });
  });

  it('answers live while on air; closes intake at the session’s end', async () => {
    at('2026-04-29T08:55:00');
    await features.office.start(hanoi.operator, sessionId);
    at('2026-04-29T09:30:00');
    await features.desk.answerLive(hanoi.operator, ids['hidden'], 'Từ tháng 6/2026, chỉ số bụi mịn được công bố theo từng phường.', 'nguyen van an');
    at('2026-04-29T11:00:00');
    await expect(features.desk.submit(citizen, question({ sessionId }))).rejects.toThrow(/intake_closed.*11:00 on 29\/04\/2026/);
    await features.office.end(hanoi.operator, sessionId);
  });

  it('after the session: accepts a late question, drafts, approves and publishes an answer', async () => {
    at('2026-05-04T09:00:00');
    await features.desk.accept(hanoi.operator, ids['late']);
    await features.desk.draftAnswer(hoanKiemHandler, ids['waste'], 'Từ ngày 1/1/2027 theo Luật Bảo vệ môi trường 2020.');
    await expect(features.desk.approveAnswer(hoanKiemHandler, ids['waste'])).rejects.toThrow(SessionRuleViolation);
    await features.desk.approveAnswer(hanoi.head, ids['waste']);
    await features.desk.publishAnswer(hanoi.operator, ids['waste']);
    await features.caughtUp();
    expect((await features.questions.byId(ids['waste']))?.answer).toMatchObject({ live: false, unitCode: 'C00070', at: expect.stringMatching(/^2026-05-04T02:00:0\d/) });
  });

  it('publishes the Q&A, searchable with or without diacritics, names hidden where asked', async () => {
    const search = async (text: string | null) => (await features.questions.published(sessionId, text)).items.map((q) => q.questionId);
    expect(await search(null)).toEqual([ids['hidden'], ids['waste']]);
    expect(await search('bui min')).toEqual([ids['hidden']]);
    expect(await search('PHÂN LOẠI rác')).toEqual([ids['waste']]);
    expect(await search('luat bao ve moi truong')).toEqual([ids['waste']]);
    expect(await search('thủ tục đăng ký')).toEqual([]);
    const [hidden, shown] = (await features.questions.published(sessionId, null)).items;
    expect(hidden.publishedName).toBeNull();
    expect(shown.publishedName).toBe('Đỗ Văn Hùng');
  });

  it('marks a question overdue when the deadline service reports its breach, once however often it comes', async () => {
    const breached = await breach(questionStreamId(ids['late']), 'session_answer', '2026-05-08T17:00:00.000Z');
    await eventually('the breach recorded', async () => {
      await features.caughtUp();
      return (await features.questions.byId(ids['late']))?.overdue;
    });
    expect(await features.breaches.receive(breached)).toBe('recorded');
    expect((await db.store.readStream(questionStreamId(ids['late']))).filter((e) => e.type === 'session.AnswerOverdue')).toHaveLength(1);
    const routingsCase = { ...breached, data: { ...(breached.data as object), subjectId: 'case-r-1', step: 'accept' } };
    expect(await features.breaches.receive(routingsCase)).toBe('not_ours');
  });

  it('counts the results report by topic and unit, exports it, and records its submission', async () => {
    at('2026-05-11T10:00:00');
    const { report } = await features.reports.reportOf(sessionId);
    expect(report.totals).toEqual({ received: 5, accepted: 3, answeredLive: 1, answeredAfterwards: 1, overdue: 1 });
    expect(report.byUnit.map((u) => [u.unitCode, u.accepted, u.answeredAfterwards, u.overdue])).toEqual([
      ['C00070', 1, 1, 0],
      ['P01', 2, 0, 1],
    ]);
    const csv = features.reports.export(await features.reports.reportOf(sessionId), 'csv');
    expect(csv.content).toContain('Chủ đề (topic),Bụi mịn PM2.5,2,1,1,0,0');
    await expect(features.reports.submit(officer('unit_head', 'P48'), sessionId)).rejects.toThrow(/outside_jurisdiction/);
    const before = await streamLength(sessionStreamId(sessionId));
    await features.reports.submit(hanoi.head, sessionId);
    expect(await streamLength(sessionStreamId(sessionId))).toBe(before + 1);
    await features.caughtUp();
    expect((await features.sessions.byId(sessionId))?.report).toEqual({
      submittedAt: expect.stringMatching(/^2026-05-11T03:00:0\d/),
      submittedBy: 'unit_head@P01',
      submittedByUnitCode: 'P01',
      totals: report.totals,
    });
  });

  it('marks a draft’s announcement overdue when the deadline service reports its day passed; moving the session clears it', async () => {
    at('2026-05-20T09:00:00');
    const draft = (await features.office.plan(hanoi.head, { ...plan, startsAt: '2026-06-10T09:00', endsAt: '2026-06-10T11:00' })).sessionId;
    await features.caughtUp();
    const announceBy = (await features.sessions.byId(draft))?.announceBy;
    expect(announceBy).toBe('2026-05-29T17:00:00.000Z');
    const breached = await breach(sessionStreamId(draft), 'session_announce', announceBy!);
    await eventually('the missed announcement recorded', async () => (await features.caughtUp(), (await features.sessions.byId(draft))?.announcementOverdue || undefined));
    expect(await features.breaches.receive(breached)).toBe('recorded');
    expect((await db.store.readStream(sessionStreamId(draft))).filter((e) => e.type === 'session.AnnouncementOverdue')).toHaveLength(1);
    at('2026-05-30T09:00:00');
    await features.office.revise(hanoi.head, draft, { ...plan, startsAt: '2026-06-24T09:00', endsAt: '2026-06-24T11:00' });
    await features.caughtUp();
    expect(await features.sessions.byId(draft)).toMatchObject({ announceBy: '2026-06-12T17:00:00.000Z', announcementOverdue: false });
  });
}

describe('session features (embedded PGlite)', () => {
  const server = embeddedTestServer();
  afterAll(() => server.close());
  sessionFeaturesSuite(() => server);
});

describeWithServer('session features on PostgreSQL', 'postgres', (url) => {
  const server = postgresTestServer(url);
  afterAll(() => server.close());
  sessionFeaturesSuite(() => server);
});
