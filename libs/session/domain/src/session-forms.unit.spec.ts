import { readQuestionSubmission, readSessionPlan, searchTerms, foldedKey } from './index';

const topics = ['Bụi mịn PM2.5', 'Rác thải sinh hoạt'];
const question = {
  name: ' Lê Minh Châu ',
  phone: '0912 345 678',
  provinceCode: 'P01',
  topic: 'bui min pm2.5',
  text: 'Khi nào thành phố công bố chỉ số bụi mịn theo từng phường?',
  hideName: true,
};

describe('a question as a citizen or business sends it (S3)', () => {
  it('reads the asker, the province, one of the session’s topics (typed without diacritics) and the text', () => {
    expect(readQuestionSubmission(question, topics)).toEqual({
      ok: true,
      submission: {
        asker: { name: 'Lê Minh Châu', kind: 'citizen', organisation: null, phone: '+84912345678', email: null },
        provinceCode: '01',
        topic: 'Bụi mịn PM2.5',
        text: question.text,
        hideName: true,
      },
    });
  });

  it('names every bad field at once, in both languages', () => {
    const reading = readQuestionSubmission({ name: 'L', provinceCode: '99', topic: 'Giao thông', text: 'ngắn', hideName: 'có' }, topics);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.errors.map((e) => e.field)).toEqual(['name', 'phone', 'provinceCode', 'topic', 'text', 'hideName']);
    expect(reading.errors.find((e) => e.field === 'topic')?.message.en).toBe('Choose one of the topics: “Bụi mịn PM2.5”, “Rác thải sinh hoạt”.');
    for (const error of reading.errors) expect(error.message.vi.length * error.message.en.length).toBeGreaterThan(0);
  });

  it('refuses oversized and hostile text', () => {
    const oversized = readQuestionSubmission({ ...question, text: 'ô'.repeat(2001) }, topics);
    expect(oversized).toMatchObject({ ok: false, errors: [{ field: 'text', message: { en: 'Question: longer than 2000 characters.' } }] });
    const hostile = readQuestionSubmission({ ...question, text: 'Xem <script>alert(1)</script> nhé các bác', name: 'A\u202Edmin' }, topics);
    expect(hostile).toMatchObject({ ok: false, errors: [{ field: 'name' }, { field: 'text', message: { en: expect.stringContaining('HTML') } }] });
  });

  it('asks a business for its name and takes an e-mail address instead of a phone', () => {
    const business = { ...question, askerKind: 'business', phone: undefined, email: 'lienhe@congty.vn' };
    expect(readQuestionSubmission(business, topics)).toMatchObject({ ok: false, errors: [{ field: 'organisation' }] });
    expect(readQuestionSubmission({ ...business, organisation: 'Công ty TNHH Xanh' }, topics)).toMatchObject({ ok: true, submission: { asker: { kind: 'business', email: 'lienhe@congty.vn', phone: null } } });
  });
});

describe('a session plan as a host submits it (S1)', () => {
  const plan = {
    hostUnitCode: 'p01',
    coHostUnitCodes: ['48'],
    topic: 'Ô nhiễm không khí đô thị',
    subtopics: topics,
    startsAt: '2026-04-29T09:00',
    endsAt: '2026-04-29T11:00',
    officials: [{ name: 'Nguyễn Văn An', position: 'Giám đốc Sở Nông nghiệp và Môi trường' }, { name: 'Trần Thị Bình', position: 'Chủ tịch UBND phường', unitCode: '00070' }],
  };

  it('reads unit codes as typed and times as Vietnam time', () => {
    expect(readSessionPlan(plan, '2026-04-10T02:00:00.000Z')).toEqual({
      ok: true,
      plan: {
        hostUnitCode: 'P01',
        coHostUnitCodes: ['P48'],
        topic: 'Ô nhiễm không khí đô thị',
        subtopics: topics,
        startsAt: '2026-04-29T02:00:00.000Z',
        endsAt: '2026-04-29T04:00:00.000Z',
        officials: [
          { name: 'Nguyễn Văn An', position: 'Giám đốc Sở Nông nghiệp và Môi trường', unitCode: null },
          { name: 'Trần Thị Bình', position: 'Chủ tịch UBND phường', unitCode: 'C00070' },
        ],
      },
    });
  });

  it('refuses a commune host, a repeated co-host or sub-topic, a session in the past or longer than 12 hours, and no officials', () => {
    const reading = readSessionPlan(
      { ...plan, hostUnitCode: 'C00070', coHostUnitCodes: ['P48', 'p48'], subtopics: ['Bụi mịn', 'bui min'], startsAt: '2026-04-01T09:00', endsAt: '2026-04-02T09:00', officials: [] },
      '2026-04-10T02:00:00.000Z',
    );
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.errors.map((e) => e.field)).toEqual(['hostUnitCode', 'coHostUnitCodes.1', 'subtopics.1', 'startsAt', 'endsAt', 'officials']);
  });
});

describe('search with or without diacritics', () => {
  it('folds tone marks, đ and case away', () => {
    expect(foldedKey('Đường BỤI mịn, PM2.5!')).toBe('duong bui min pm2 5');
    expect(searchTerms(' bụi  MIN bui ')).toEqual(['bui', 'min']);
  });
});
