import { publicReportStatus, vietnamInstant } from './public-report-status';
import { reportStageWording } from './report-stage-wording';

describe('the reporter’s status page, as shown', () => {
  it('reads instants in Vietnam time, across midnight and the year’s end', () => {
    expect(vietnamInstant('2026-03-02T01:00:00.000Z')).toBe('2026-03-02T08:00:00+07:00');
    expect(vietnamInstant('2026-12-31T17:30:00Z')).toBe('2027-01-01T00:30:00+07:00');
  });

  it('shows the latest stage, quotes the text meant for the reporter, and names units by level', () => {
    const page = publicReportStatus({
      reportId: 'r-1',
      trackingCode: 'PA-0000-0001',
      status: 'rejected',
      channel: 'web',
      receivedAt: '2026-03-02T01:00:00.000Z',
      pollutionType: 'noise',
      provinceCode: '01',
      communeCode: '00004',
      placement: { kind: 'resolved', provinceCode: '01', communeCode: '00004' },
      caseId: null,
      rejectionReason: 'Tranh chấp đất đai',
      history: [
        { stage: 'received', at: '2026-03-02T01:00:00.000Z', unitCode: null, detail: null },
        { stage: 'rejected', at: '2026-03-02T02:00:00.000Z', unitCode: null, detail: 'Tranh chấp đất đai' },
      ],
    } as Parameters<typeof publicReportStatus>[0]);
    expect(page).toMatchObject({ stage: 'rejected', statusText: { vi: 'Không thuộc phạm vi tiếp nhận. Lý do: Tranh chấp đất đai' } });
    expect(page.history.map((h) => h.at)).toEqual(['2026-03-02T08:00:00+07:00', '2026-03-02T09:00:00+07:00']);
    expect(reportStageWording({ stage: 'forwarded', unitCode: 'P01', detail: null })).toEqual({ vi: 'Đã chuyển đơn vị cấp tỉnh P01 xử lý', en: 'Forwarded to provincial unit P01' });
    expect(reportStageWording({ stage: 'accepted', unitCode: 'BTNMT', detail: null })).toEqual({ vi: 'Cơ quan Trung ương (BTNMT) đã nhận xử lý', en: 'The central authority (BTNMT) has taken the case on' });
  });
});
