import { eventually, TravellingClock } from '@hotline/platform-testing';
import { graphql, startHotlinePlatform, type GraphqlAnswer, type HotlinePlatform } from './hotline-platform';

/**
 * Issue 5's end-to-end test: one online exchange session of Hà Nội run through the session
 * subgraph, its limits counted by the deadline service. It is announced; its question intake is
 * enforced at both edges to the minute in Asia/Ho_Chi_Minh; questions are moderated and answered
 * live; the rest are answered after the session, one left overdue; the results report is submitted.
 * The session is on Wednesday 29 April 2026: 30/04 and 01/05 are public holidays and 02–03/05 a
 * weekend, so the 5 working days to answer run to Friday 8 May and the 7 to report to Tuesday 12 May.
 */
describe('an online exchange session, end to end (embedded adapters)', () => {
  const clock = new TravellingClock();
  let platform: HotlinePlatform;

  beforeAll(async () => {
    clock.travelTo('2026-04-10T09:00:00+07:00');
    platform = await startHotlinePlatform({ kind: 'embedded' }, { clock: clock.now });
  }, 120_000);
  afterAll(async () => platform?.stop());

  const at = (local: string) => clock.travelTo(`${local}+07:00`);
  const call = (query: string, variables: Record<string, unknown> = {}, caller?: string) => graphql(platform, 'session', query, variables, caller);
  const codeOf = (answer: GraphqlAnswer) => answer.errors?.[0]?.extensions?.['code'];
  /** The class of refusal and the session rule that refused. */
  const refusalOf = (answer: GraphqlAnswer) => [codeOf(answer), answer.errors?.[0]?.extensions?.['rule']];
  const englishOf = (answer: GraphqlAnswer) => answer.errors?.[0]?.extensions?.['message']?.en as string | undefined;

  const PLAN = 'mutation ($input: SessionPlanInput!) { planSession(input: $input) { ok errors { field } session { id status } } }';
  const SESSION = 'query ($id: ID!) { session(id: $id) { status intakeWindow { opensAtLocal closesAtLocal open } reportSubmission { submittedBy submittedByUnitCode submittedAtLocal totals { received } } } }';
  const SUBMIT = 'mutation ($input: SessionQuestionInput!) { submitQuestion(input: $input) { ok questionId errors { field message { vi en } } } }';
  const QUESTION = 'id status assignedUnitCode overdue answer { live official unitCode answeredAtLocal }';
  const plan = {
    hostUnitCode: 'P01',
    coHostUnitCodes: ['P48'],
    topic: 'Ô nhiễm không khí và rác thải đô thị',
    subtopics: ['Bụi mịn PM2.5', 'Rác thải sinh hoạt'],
    startsAt: '2026-04-29T09:00',
    endsAt: '2026-04-29T11:00',
    officials: [
      { name: 'Nguyễn Văn An', position: 'Giám đốc Sở Nông nghiệp và Môi trường Hà Nội' },
      { name: 'Trần Thị Bình', position: 'Chủ tịch UBND phường Hoàn Kiếm', unitCode: 'C00070' },
    ],
  };
  const DUST = 'Bụi mịn PM2.5';
  const WASTE = 'Rác thải sinh hoạt';
  const question = (topic: string, text: string, extra: Record<string, unknown> = {}) => ({ sessionId, name: 'Lê Minh Châu', phone: '0912 345 678', provinceCode: '01', topic, text, ...extra });
  const ask = async (input: Record<string, unknown>) => {
    const answer = await call(SUBMIT, { input });
    expect(answer.data?.['submitQuestion']).toMatchObject({ ok: true, errors: [] });
    return answer.data?.['submitQuestion'].questionId as string;
  };
  const act = async (mutation: string, variables: Record<string, unknown>, caller: string) => {
    const answer = await call(mutation, variables, caller);
    expect(answer.errors).toBeUndefined();
    return Object.values(answer.data ?? {})[0] as Record<string, unknown>;
  };
  const deadlines = (query: string, caller: string) => graphql(platform, 'deadline', query, {}, caller);

  let sessionId: string;
  /** Planned too late to be announced in time: its announcement limit (S2) is breached. */
  let tooSoonId: string;
  const q: Record<string, string> = {};

  it('plans the session as a draft of Hà Nội, co-hosted by Đà Nẵng', async () => {
    const planned = await call(PLAN, { input: plan }, 'head-hanoi');
    expect(planned.data?.['planSession']).toMatchObject({ ok: true, errors: [], session: { status: 'draft' } });
    sessionId = planned.data?.['planSession'].session.id;
    expect((await call(SESSION, { id: sessionId })).data?.['session']).toBeNull();
  });

  it('announces it (S2: by 17/04, 5 days before intake opens), and refuses a later announcement, writing nothing', async () => {
    at('2026-04-16T09:00:00');
    const soon = await call(PLAN, { input: { ...plan, startsAt: '2026-04-24T09:00', endsAt: '2026-04-24T11:00' } }, 'head-hanoi');
    const before = await platform.census();
    const late = await call('mutation ($id: ID!) { announceSession(sessionId: $id) { status } }', { id: soon.data?.['planSession'].session.id }, 'head-hanoi');
    expect(refusalOf(late)).toEqual(['RULE_VIOLATION', 'announcement_too_late']);
    expect(englishOf(late)).toContain('published by 12/04/2026');
    expect(await platform.census()).toEqual(before);
    tooSoonId = soon.data?.['planSession'].session.id;

    expect(await act('mutation ($id: ID!) { announceSession(sessionId: $id) { status } }', { id: sessionId }, 'head-hanoi')).toEqual({ status: 'announced' });
    expect((await call(SESSION, { id: sessionId })).data?.['session'].intakeWindow).toEqual({
      opensAtLocal: '2026-04-22T00:00:00+07:00',
      closesAtLocal: '2026-04-29T11:00:00+07:00',
      open: false,
    });
  });

  it('refuses a question at 23:59 on 21/04, saying when intake opens, and writes nothing', async () => {
    at('2026-04-21T23:59:00');
    const before = await platform.census();
    const early = await call(SUBMIT, { input: question(DUST, 'Khi nào thành phố công bố chỉ số bụi mịn theo từng phường?') });
    expect(refusalOf(early)).toEqual(['RULE_VIOLATION', 'intake_not_open']);
    expect(englishOf(early)).toContain('takes questions from 00:00 on 22/04/2026 (Vietnam time) until 11:00 on 29/04/2026 (Vietnam time)');
    expect(early.errors?.[0]?.extensions?.['message']?.vi).toContain('từ 00:00 ngày 22/04/2026 (giờ Việt Nam)');
    expect(await platform.census()).toEqual(before);
  });

  it('takes questions from 00:00 on 22/04, the public seeing the session take questions', async () => {
    at('2026-04-22T00:00:00');
    q['live1'] = await ask(question(DUST, 'Khi nào thành phố công bố chỉ số bụi mịn theo từng phường?', { hideName: true }));
    expect((await call(SESSION, { id: sessionId })).data?.['session']).toMatchObject({ status: 'taking_questions', intakeWindow: { open: true } });
    q['duplicate'] = await ask(question(DUST, 'Bao giờ có chỉ số bụi mịn cho từng phường ạ?', { name: 'Phạm Thu' }));
    q['offTopic'] = await ask(question(WASTE, 'Xin hỏi thủ tục đăng ký hộ kinh doanh?', { name: 'Vũ Nam' }));
    q['live2'] = await ask(question('rac thai sinh hoat', 'Khi nào phân loại rác tại nguồn bắt buộc ở Hà Nội?', { name: 'Đỗ Văn Hùng', email: 'hung@example.vn', phone: undefined }));
    q['afterwards'] = await ask(question(WASTE, 'Điểm tập kết rác trên phố Hàng Bông có được dời đi không?', { name: 'Công ty TNHH Phố Cổ', askerKind: 'business', organisation: 'Công ty TNHH Phố Cổ' }));
    q['overdue'] = await ask(question(DUST, 'Công trình xây dựng gây bụi ở phố Huế bị xử lý thế nào?', { hideName: true }));
  });

  it('refuses bad questions with the fields named, writing nothing: oversized, hostile, a topic the session does not have', async () => {
    const before = await platform.census();
    const oversized = await call(SUBMIT, { input: question(DUST, 'ô'.repeat(2001)) });
    expect(oversized.data?.['submitQuestion']).toMatchObject({ ok: false, questionId: null, errors: [{ field: 'text', message: { en: 'Question: longer than 2000 characters.' } }] });
    const hostile = await call(SUBMIT, { input: question(DUST, 'Xem <script>alert(document.cookie)</script> nhé', { name: 'A\u202Edmin', email: "x'; DROP TABLE session.questions; --" }) });
    expect(hostile.data?.['submitQuestion'].errors.map((e: { field: string }) => e.field)).toEqual(['name', 'email', 'text']);
    const offTopic = await call(SUBMIT, { input: question('Giao thông', 'Khi nào mở rộng đường Giải Phóng?') });
    expect(offTopic.data?.['submitQuestion'].errors[0]).toMatchObject({ field: 'topic', message: { en: 'Choose one of the topics: “Bụi mịn PM2.5”, “Rác thải sinh hoạt”.' } });
    const markedUpReason = await call('mutation ($id: ID!) { rejectQuestion(questionId: $id, reason: "<img src=x onerror=alert(1)>") { id } }', { id: q['offTopic'] }, 'operator-hanoi');
    expect(refusalOf(markedUpReason)).toEqual(['INVALID_INPUT', 'invalid_text']);
    const outsider = await call('mutation ($id: ID!) { acceptQuestion(questionId: $id) { id } }', { id: q['offTopic'] }, 'handler-hoan-kiem');
    expect(refusalOf(outsider)).toEqual(['OUTSIDE_JURISDICTION', 'outside_jurisdiction']);
    expect(await platform.census()).toEqual(before);
  });

  it('moderates: accepts, merges the duplicate, rejects with a reason, edits for publication, assigns', async () => {
    at('2026-04-23T09:00:00');
    for (const id of [q['live1'], q['live2'], q['afterwards'], q['overdue']]) await act('mutation ($id: ID!) { acceptQuestion(questionId: $id) { status } }', { id }, 'operator-hanoi');
    expect(await act('mutation ($id: ID!, $into: ID!) { mergeQuestion(questionId: $id, intoQuestionId: $into) { status mergedInto } }', { id: q['duplicate'], into: q['live1'] }, 'operator-hanoi')).toEqual({
      status: 'merged',
      mergedInto: q['live1'],
    });
    expect(await act('mutation ($id: ID!) { rejectQuestion(questionId: $id, reason: "Không thuộc chủ đề của buổi giao lưu.") { status rejectionReason } }', { id: q['offTopic'] }, 'operator-hanoi')).toEqual({
      status: 'rejected',
      rejectionReason: 'Không thuộc chủ đề của buổi giao lưu.',
    });
    expect(await act('mutation ($id: ID!) { editQuestion(questionId: $id, text: "Khi nào Hà Nội bắt buộc phân loại rác tại nguồn?") { originalText publishedText } }', { id: q['live2'] }, 'operator-hanoi')).toEqual({
      originalText: 'Khi nào phân loại rác tại nguồn bắt buộc ở Hà Nội?',
      publishedText: 'Khi nào Hà Nội bắt buộc phân loại rác tại nguồn?',
    });
    expect(await act('mutation ($id: ID!) { assignQuestion(questionId: $id, official: "tran thi binh") { assignedUnitCode assignedOfficial } }', { id: q['afterwards'] }, 'operator-hanoi')).toEqual({
      assignedUnitCode: 'C00070',
      assignedOfficial: 'Trần Thị Bình',
    });
    await act('mutation ($id: ID!) { assignQuestion(questionId: $id, unitCode: "P01") { assignedUnitCode } }', { id: q['overdue'] }, 'operator-hanoi');
  });

  it('goes live, answers on air, takes a question at 10:59 and refuses one at 11:00, then ends', async () => {
    at('2026-04-29T08:55:00');
    expect(await act('mutation ($id: ID!) { startSession(sessionId: $id) { status } }', { id: sessionId }, 'operator-hanoi')).toEqual({ status: 'live' });
    at('2026-04-29T09:20:00');
    const LIVE = `mutation ($id: ID!, $text: String!, $official: String!) { answerLive(questionId: $id, text: $text, official: $official) { ${QUESTION} } }`;
    expect(await act(LIVE, { id: q['live1'], text: 'Từ tháng 6/2026, chỉ số bụi mịn được công bố theo từng phường trên cổng thông tin.', official: 'Nguyễn Văn An' }, 'operator-hanoi')).toMatchObject({
      answer: { live: true, official: 'Nguyễn Văn An', unitCode: 'P01', answeredAtLocal: expect.stringMatching(/^2026-04-29T09:20/) },
    });
    await act(LIVE, { id: q['live2'], text: 'Từ ngày 1/1/2027, theo Luật Bảo vệ môi trường 2020, hộ gia đình phải phân loại rác tại nguồn.', official: 'Nguyễn Văn An' }, 'operator-hanoi');
    at('2026-04-29T10:59:00');
    q['late'] = await ask(question(WASTE, 'Thùng rác công cộng ở hồ Hoàn Kiếm có tăng thêm không?', { name: 'Ngô Lan' }));
    at('2026-04-29T11:00:00');
    const before = await platform.census();
    const closed = await call(SUBMIT, { input: question(DUST, 'Câu hỏi gửi lúc 11 giờ có được nhận không?') });
    expect(refusalOf(closed)).toEqual(['RULE_VIOLATION', 'intake_closed']);
    expect(englishOf(closed)).toContain('Question intake closed at 11:00 on 29/04/2026 (Vietnam time).');
    expect(await platform.census()).toEqual(before);
    expect(await act('mutation ($id: ID!) { endSession(sessionId: $id) { status } }', { id: sessionId }, 'operator-hanoi')).toEqual({ status: 'answering' });
  });

  it('counts 5 working days to answer past the holidays and the weekend, and 7 to report (deadline service)', async () => {
    at('2026-05-04T09:00:00');
    await act('mutation ($id: ID!) { acceptQuestion(questionId: $id) { status } }', { id: q['late'] }, 'operator-hanoi');
    const soon = '{ dueSoonDeadlines(unitCode: "P01", withinHours: 240, first: 50) { items { id step dueAt explanation { en } } } }';
    const listed = await eventually('the session’s limits in Hà Nội’s list', async () => {
      const items = (await deadlines(soon, 'head-hanoi')).data?.['dueSoonDeadlines']?.items as { id: string; step: string; dueAt: string; explanation: { en: string } }[] | undefined;
      return items && items.length === 3 ? items : undefined;
    }, 30_000);
    const byId = new Map(listed.map((d) => [d.id, d]));
    for (const name of ['overdue', 'late']) expect(byId.get(`question-${q[name]}:session_answer`)).toMatchObject({ step: 'session_answer', dueAt: '2026-05-08T17:00:00.000Z' });
    expect(byId.get(`session-${sessionId}:session_report`)).toMatchObject({ step: 'session_report', dueAt: '2026-05-12T17:00:00.000Z' });
    expect(byId.get(`question-${q['overdue']}:session_answer`)?.explanation.en).toContain('2026-05-08');
    // The question assigned to Hoàn Kiếm ward is on the ward's list.
    const ward = await deadlines('{ dueSoonDeadlines(unitCode: "C00070", withinHours: 240, first: 50) { items { id dueAt } } }', 'handler-hoan-kiem');
    expect(ward.data?.['dueSoonDeadlines'].items).toEqual([{ id: `question-${q['afterwards']}:session_answer`, dueAt: '2026-05-08T17:00:00.000Z' }]);
  });

  it('answers the rest afterwards: the ward drafts, Hà Nội’s head approves, the operator publishes', async () => {
    at('2026-05-05T10:00:00');
    await act('mutation ($id: ID!) { draftAnswer(questionId: $id, text: "Phường sẽ dời điểm tập kết vào ngõ Hàng Bông trước ngày 15/6/2026.") { draftAnswer } }', { id: q['afterwards'] }, 'handler-hoan-kiem');
    await act('mutation ($id: ID!) { approveAnswer(questionId: $id) { approvedBy } }', { id: q['afterwards'] }, 'head-hanoi');
    at('2026-05-06T09:00:00');
    expect(await act(`mutation ($id: ID!) { publishAnswer(questionId: $id) { ${QUESTION} } }`, { id: q['afterwards'] }, 'operator-hanoi')).toMatchObject({
      answer: { live: false, official: 'Trần Thị Bình', unitCode: 'C00070' },
    });
    at('2026-05-08T23:00:00');
    await act('mutation ($id: ID!) { draftAnswer(questionId: $id, text: "Quận sẽ đặt thêm 20 thùng rác quanh hồ từ tháng 6.") { draftAnswer } }', { id: q['late'] }, 'handler-hanoi');
    await act('mutation ($id: ID!) { approveAnswer(questionId: $id) { approvedBy } }', { id: q['late'] }, 'head-hanoi');
    await act('mutation ($id: ID!) { publishAnswer(questionId: $id) { id } }', { id: q['late'] }, 'operator-hanoi');
  });

  it('flags the question left unanswered at 24:00 on 8 May as overdue, in the deadline service and the session', async () => {
    at('2026-05-09T00:01:00');
    const overdue = await eventually('the breach in Hà Nội’s overdue list', async () => {
      const items = (await deadlines('{ overdueDeadlines(unitCode: "P01", first: 50) { items { id breachedAt } } }', 'head-hanoi')).data?.['overdueDeadlines']?.items as { id: string }[] | undefined;
      return items?.some((d) => d.id.endsWith(':session_answer')) ? items : undefined;
    }, 30_000);
    // Besides the question, the draft planned too late to announce (due by 24:00 on 12/04, S2).
    expect(overdue.map((d) => d.id).sort()).toEqual([`question-${q['overdue']}:session_answer`, `session-${tooSoonId}:session_announce@2026-04-12T17:00:00.000Z`].sort());
    const draft = (await call('query ($id: ID!) { session(id: $id) { status announcementOverdue announceByLocal } }', { id: tooSoonId }, 'head-hanoi')).data?.['session'];
    expect(draft).toEqual({ status: 'draft', announcementOverdue: true, announceByLocal: '2026-04-13T00:00:00+07:00' });
    const flagged = await eventually('the question overdue in the session', async () => {
      const shown = (await call(`query ($id: ID!) { sessionQuestion(id: $id) { ${QUESTION} } }`, { id: q['overdue'] }, 'head-hanoi')).data?.['sessionQuestion'];
      return shown?.overdue ? shown : undefined;
    }, 30_000);
    expect(flagged).toMatchObject({ status: 'accepted', answer: null, overdue: true });
  });

  it('publishes the Q&A, searchable with or without diacritics, names hidden where asked', async () => {
    const PUBLISHED = 'query ($id: ID!, $search: String) { publishedQuestions(sessionId: $id, search: $search) { items { id question askedBy answer { live } } } }';
    const search = async (text: string | null) => (await call(PUBLISHED, { id: sessionId, search: text })).data?.['publishedQuestions'].items as { id: string; question: string; askedBy: string | null }[];
    expect((await search(null)).map((p) => p.id)).toEqual([q['live1'], q['live2'], q['afterwards'], q['late']]);
    expect(await search('bui min')).toEqual([expect.objectContaining({ id: q['live1'], askedBy: null })]);
    expect(await search('PHÂN LOẠI RÁC')).toEqual([expect.objectContaining({ id: q['live2'], askedBy: 'Đỗ Văn Hùng', question: 'Khi nào Hà Nội bắt buộc phân loại rác tại nguồn?' })]);
    expect((await search('hang bong'))[0]).toMatchObject({ askedBy: 'Công ty TNHH Phố Cổ (Công ty TNHH Phố Cổ)' });
  });

  it('counts the results report by topic and unit, exports it, and records its submission to the ministry', async () => {
    at('2026-05-11T10:00:00');
    const REPORT = `query ($id: ID!) { sessionResultsReport(sessionId: $id) {
      totals { received accepted answeredLive answeredAfterwards overdue }
      byTopic { topic received accepted answeredLive answeredAfterwards overdue }
      byUnit { unitCode received accepted answeredLive answeredAfterwards overdue } } }`;
    const report = (await call(REPORT, { id: sessionId }, 'head-hanoi')).data?.['sessionResultsReport'];
    expect(report).toEqual({
      totals: { received: 7, accepted: 5, answeredLive: 2, answeredAfterwards: 2, overdue: 1 },
      byTopic: [
        { topic: DUST, received: 3, accepted: 2, answeredLive: 1, answeredAfterwards: 0, overdue: 1 },
        { topic: WASTE, received: 4, accepted: 3, answeredLive: 1, answeredAfterwards: 2, overdue: 0 },
      ],
      byUnit: [
        { unitCode: 'C00070', received: 1, accepted: 1, answeredLive: 0, answeredAfterwards: 1, overdue: 0 },
        { unitCode: 'P01', received: 6, accepted: 4, answeredLive: 2, answeredAfterwards: 1, overdue: 1 },
      ],
    });
    const csv = (await call('query ($id: ID!) { exportSessionResultsReport(sessionId: $id, format: csv) { fileName contentType content } }', { id: sessionId }, 'head-hanoi')).data?.['exportSessionResultsReport'];
    expect(csv).toMatchObject({ fileName: expect.stringMatching(/\.csv$/), contentType: 'text/csv; charset=utf-8' });
    expect(csv.content).toContain('Tổng (total),,7,5,2,2,1');
    expect(codeOf(await call(REPORT, { id: sessionId }))).toBe('UNAUTHENTICATED');

    const submitted = await act('mutation ($id: ID!) { submitSessionResultsReport(sessionId: $id) { session { status } totals { overdue } } }', { id: sessionId }, 'head-hanoi');
    expect(submitted).toEqual({ session: { status: 'reported' }, totals: { overdue: 1 } });
    expect((await call(SESSION, { id: sessionId })).data?.['session'].reportSubmission).toMatchObject({
      submittedBy: 'head-hn',
      submittedByUnitCode: 'P01',
      submittedAtLocal: expect.stringMatching(/^2026-05-11T10:00/),
      totals: { received: 7 },
    });
    const limitsOf = async (id: string) => {
      const answer = await deadlines(`{ _entities(representations: [{ __typename: "Case", id: "session-${id}" }]) { ... on Case { deadlines { step status onTime dueAt } } } }`, 'head-hanoi');
      return (answer.data?.['_entities']?.[0]?.deadlines ?? []) as { step: string; status: string }[];
    };
    const reportLimit = await eventually('the report’s limit completed on time', async () => {
      const found = (await limitsOf(sessionId)).find((d) => d.step === 'session_report');
      return found?.status === 'completed' ? found : undefined;
    }, 30_000);
    expect(reportLimit).toEqual({ step: 'session_report', status: 'completed', onTime: true, dueAt: '2026-05-12T17:00:00.000Z' });
    // S2: announced on 16/04, within the day it was due by (24:00 on 17/04).
    expect((await limitsOf(sessionId)).find((d) => d.step === 'session_announce')).toEqual({ step: 'session_announce', status: 'completed', onTime: true, dueAt: '2026-04-17T17:00:00.000Z' });
  });
});
