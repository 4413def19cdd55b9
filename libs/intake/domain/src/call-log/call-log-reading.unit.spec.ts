import { parseCsv } from '@hotline/reference-data';
import { MAX_CALL_LOG_ROWS, readCallLog } from './call-log-reading';

const now = new Date('2026-02-13T10:00:00Z');
const TEMPLATE = 'Mã cuộc gọi,Số gọi đến,Thời điểm gọi,Điện thoại viên,Loại ô nhiễm,Tính chất,Địa điểm,Mã xã,Nội dung';

describe('switchboard call log', () => {
  it('turns each good row into a call_log report with the caller id, call time (Vietnam time) and agent', () => {
    const reading = readCallLog(parseCsv(`${TEMPLATE}\nC-1001,0912 345 678,13/02/2026 09:15,Lan,Nước thải,Kéo dài,"Phường Ba Đình, Hà Nội",,Nước thải đen chảy ra hồ từ cống`), now);
    expect(reading).toEqual({
      ok: true,
      problems: [],
      entries: [
        {
          rowNumber: 2,
          callId: 'C-1001',
          agent: 'Lan',
          calledAt: '2026-02-13T02:15:00.000Z',
          report: expect.objectContaining({
            channel: 'call_log',
            receivedAt: '2026-02-13T02:15:00.000Z',
            reporter: { fullName: null, phone: '0912 345 678' },
            pollutionType: 'wastewater',
            nature: 'continuous',
            location: { address: 'Phường Ba Đình, Hà Nội', communeCode: null },
          }),
        },
      ],
    });
  });

  it('accepts English headers and words without tone marks', () => {
    const csv = 'call_id,caller_id,call_time,agent,pollution_type,nature,location,description\nX9,0243 825 1234,2026-02-13 08:00:00,Minh,khi thai,dot xuat,xa Ta Xua Son La,Khoi den bao trum ca xom';
    const reading = readCallLog(parseCsv(csv), now);
    expect(reading.ok && reading.entries[0].report).toMatchObject({ pollutionType: 'emissions', nature: 'sudden' });
  });

  it('reports each bad row with its row number, column and bilingual reasons, and keeps the good rows', () => {
    const csv = [
      TEMPLATE,
      'C-1,0912345678,13/02/2026 09:15,Lan,rác,kéo dài,,00004,Rác thải đổ trộm ven hồ mỗi đêm',
      'C-2,12345,31/02/2026 09:15,Lan,phóng xạ,thỉnh thoảng,Hà Nội,,ngắn',
      'C-1,0912345678,13/02/2026 09:20,Lan,rác,kéo dài,Hà Nội,,Rác thải đổ trộm ven hồ mỗi đêm',
      ',0912345678,13/02/2026 09:30,,noise,sudden,Hà Nội,,Tiếng ồn từ xưởng cơ khí suốt đêm',
    ].join('\n');
    const reading = readCallLog(parseCsv(csv), now);
    if (!reading.ok) throw new Error('refused');
    expect(reading.entries.map((e) => e.callId)).toEqual(['C-1']);
    const byRow = (row: number) => reading.problems.filter((p) => p.rowNumber === row).map((p) => p.field).sort();
    expect(byRow(3)).toEqual(['callTime', 'callerId', 'description', 'nature', 'pollutionType']);
    expect(byRow(4)).toEqual(['callId']);
    expect(byRow(5)).toEqual(['agent', 'callId']);
    expect(reading.problems[0].message).toEqual({ vi: expect.any(String), en: expect.any(String) });
    expect(reading.problems.find((p) => p.rowNumber === 4)?.message.en).toMatch(/repeats row 2/);
  });

  it('refuses a file without the needed columns, or with too many rows, as a whole', () => {
    expect(readCallLog(parseCsv('Call ID,Agent\nC-1,Lan'), now)).toMatchObject({ ok: false, message: { vi: expect.stringContaining('Số gọi đến'), en: expect.stringContaining('Caller ID') } });
    const rows = Array.from({ length: MAX_CALL_LOG_ROWS + 1 }, (_, i) => ({ 'Call ID': `C${i}` }));
    expect(readCallLog(rows, now)).toMatchObject({ ok: false, message: { en: expect.stringContaining('at most 5000') } });
  });

  it('accepts a withheld caller number, and refuses calls in the future', () => {
    const reading = readCallLog(parseCsv(`${TEMPLATE}\nC-7,,13/02/2026 16:00,Lan,noise,sudden,Hà Nội,,Tiếng ồn từ xưởng cơ khí suốt đêm\nC-8,,14/02/2026 23:00,Lan,noise,sudden,Hà Nội,,Tiếng ồn từ xưởng cơ khí suốt đêm`), now);
    expect(reading.ok && reading.entries.map((e) => e.callId)).toEqual(['C-7']);
    expect(reading.ok && reading.problems.map((p) => [p.rowNumber, p.field])).toEqual([[3, 'callTime']]);
  });
});
