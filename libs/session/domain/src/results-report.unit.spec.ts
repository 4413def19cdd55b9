import { DEFAULT_SESSION_CALENDAR_POLICY, provinceQuotas, resultsReportCsv, resultsReportOf, type ReportedQuestion } from './index';

const question = (topic: string, unitCode: string, status: ReportedQuestion['status'], answered: { live: boolean } | null = null, overdue = false): ReportedQuestion => ({ topic, unitCode, status, answered, overdue });
const dust = 'Bụi mịn PM2.5';
const waste = 'Rác thải sinh hoạt';

describe('the results report (S5)', () => {
  const questions = [
    question(dust, 'P01', 'accepted', { live: true }),
    question(dust, 'P01', 'merged'),
    question(waste, 'P01', 'rejected'),
    question(waste, 'P01', 'accepted', { live: true }),
    question(waste, 'C00070', 'accepted', { live: false }),
    question(dust, 'P01', 'accepted', null, true),
    question(dust, 'P01', 'accepted', { live: false }, true),
    question(dust, 'P01', 'pending'),
  ];
  const report = resultsReportOf(questions, [dust, waste, 'Nước thải']);

  it('counts received, accepted, answered live, answered afterwards and overdue', () => {
    expect(report.totals).toEqual({ received: 8, accepted: 5, answeredLive: 2, answeredAfterwards: 2, overdue: 2 });
  });

  it('by topic, in the session’s order, topics without questions included', () => {
    expect(report.byTopic).toEqual([
      { topic: dust, received: 5, accepted: 3, answeredLive: 1, answeredAfterwards: 1, overdue: 2 },
      { topic: waste, received: 3, accepted: 2, answeredLive: 1, answeredAfterwards: 1, overdue: 0 },
      { topic: 'Nước thải', received: 0, accepted: 0, answeredLive: 0, answeredAfterwards: 0, overdue: 0 },
    ]);
  });

  it('by answering unit', () => {
    expect(report.byUnit.map((r) => [r.unitCode, r.accepted, r.overdue])).toEqual([
      ['C00070', 1, 0],
      ['P01', 4, 2],
    ]);
  });

  it('exports as CSV a spreadsheet opens: BOM, CRLF, quoted where needed, no formulas', () => {
    const csv = resultsReportCsv(resultsReportOf([question('=HYPERLINK("x"), bụi', 'P01', 'accepted', { live: true })]));
    expect(csv.startsWith('\uFEFFNhóm (Group),')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(`Chủ đề (topic),"'=HYPERLINK(""x""), bụi",1,1,1,0,0`);
    expect(lines[2]).toBe('Đơn vị (unit),P01,1,1,1,0,0');
    expect(lines[3]).toBe('Tổng (total),,1,1,1,0,0');
  });
});

describe('the provinces’ yearly sessions (S1)', () => {
  const held = (hostUnitCode: string, startsAt: string, status: 'draft' | 'announced' | 'closed' = 'closed', coHostUnitCodes: string[] = []) => ({ hostUnitCode, coHostUnitCodes, startsAt, status });

  it('counts sessions a province hosted or co-hosted in the Vietnam year, drafts aside, and flags those below the minimum', () => {
    const quotas = provinceQuotas(
      [
        held('P01', '2026-03-10T02:00:00.000Z'),
        held('P01', '2026-11-20T02:00:00.000Z', 'announced'),
        held('P01', '2026-12-01T02:00:00.000Z', 'draft'),
        held('BTNMT', '2026-06-01T02:00:00.000Z', 'closed', ['P79']),
        // 06:00 on 1 January 2027 in Vietnam: still 2026 in UTC, but the 2027 calendar.
        held('P79', '2026-12-31T23:00:00.000Z'),
      ],
      2026,
      DEFAULT_SESSION_CALENDAR_POLICY.rules,
    );
    expect(quotas).toHaveLength(34);
    expect(quotas.find((q) => q.unitCode === 'P01')).toMatchObject({ sessions: 2, required: 2, belowMinimum: false });
    expect(quotas.find((q) => q.unitCode === 'P79')).toMatchObject({ sessions: 1, belowMinimum: true });
    expect(quotas.find((q) => q.unitCode === 'P48')).toMatchObject({ sessions: 0, belowMinimum: true, provinceName: { vi: expect.stringContaining('Đà Nẵng') } });
  });
});
