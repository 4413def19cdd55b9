import { readReportSubmission } from '../report/report-submission';
import { readHotlineMail, type HotlineMail } from './hotline-mail';

const receivedAt = new Date('2026-02-13T03:30:00Z');
const mail = (overrides: Partial<HotlineMail> = {}): HotlineMail => ({
  from: { address: 'nguyen.an@example.vn', name: 'Nguyễn Văn An' },
  recipients: ['duongdaynong@hanoi.gov.vn'],
  subject: 'Phản ánh nước thải',
  text: [
    'Kính gửi đường dây nóng,',
    'Địa điểm: Phường Ba Đình, Hà Nội',
    'Loại ô nhiễm: nước thải',
    'Tính chất: đột xuất',
    'Đối tượng: Công ty TNHH Giấy Hồng Hà',
    '',
    'Sáng nay nước thải màu đen chảy thẳng ra hồ Trúc Bạch.',
  ].join('\n'),
  html: null,
  sentAt: new Date('2026-02-13T02:55:00Z'),
  ...overrides,
});
const reportOf = (m: HotlineMail) => {
  const reading = readHotlineMail(m, receivedAt);
  if (!reading.ok) throw new Error(JSON.stringify(reading.errors));
  return reading.report;
};

describe('a mail to a hotline address, read as a report', () => {
  it('takes the sender as reporter, the body as description, and the template lines', () => {
    const report = reportOf(mail());
    expect(report).toMatchObject({
      channel: 'email',
      receivedAt: '2026-02-13T03:30:00.000Z',
      reporter: { fullName: 'Nguyễn Văn An', email: 'nguyen.an@example.vn', phone: null },
      location: { address: 'Phường Ba Đình, Hà Nội' },
      pollutionType: 'wastewater',
      nature: 'sudden',
      suspectedPolluter: 'Công ty TNHH Giấy Hồng Hà',
      description: expect.stringContaining('hồ Trúc Bạch'),
    });
    // The Date header is kept for the officer, as Vietnam's wall clock.
    expect(report['otherInformation']).toBe(
      'Thư điện tử gửi tới / E-mail to: duongdaynong@hanoi.gov.vn\nTiêu đề / Subject: Phản ánh nước thải\nNgày ghi trong thư / Date header: 13/02/2026 09:55 (giờ Việt Nam, UTC+7)',
    );
    expect(readReportSubmission(report, receivedAt)).toMatchObject({ ok: true, submission: { channel: 'email', pollutionType: 'wastewater' } });
  });

  it('reads the template without tone marks, in capitals, in English, and with bullets', () => {
    const text = ['- DIA DIEM : xa Ta Xua, Son La', '* Loai o nhiem: khi thai', 'Nature: continuous', 'Polluter: Nhà máy xi măng', 'Dien thoai: 0912 345 678'].join('\n');
    expect(reportOf(mail({ text }))).toMatchObject({
      location: { address: 'xa Ta Xua, Son La' },
      pollutionType: 'emissions',
      nature: 'continuous',
      suspectedPolluter: 'Nhà máy xi măng',
      reporter: { phone: '0912 345 678' },
    });
    expect(reportOf(mail({ text: 'Location: Ward 1\nPollution type: noise\n\nLoud music every night.' }))).toMatchObject({ pollutionType: 'noise' });
    expect(reportOf(mail({ text: 'Loại ô nhiễm: chất thải rắn\nRác đổ trộm bên bờ sông.' }))).toMatchObject({ pollutionType: 'solid_waste' });
  });

  it('leaves type and nature to the officer when the mail does not choose, and uses the subject as address hint', () => {
    const report = reportOf(mail({ subject: 'Re: Fwd: Khói đen ở xã Tà Xùa, Sơn La', text: 'Loại ô nhiễm: nước thải|khí thải|chất thải rắn|tiếng ồn|khác\nKhói đen bốc lên từ lò gạch mỗi tối.' }));
    expect(report).toMatchObject({ pollutionType: 'other', nature: 'continuous', location: { address: 'Khói đen ở xã Tà Xùa, Sơn La' } });
    expect(reportOf(mail({ text: 'Loại ô nhiễm: mùi hôi\nMùi hôi thối từ bãi rác kéo dài.' }))).toMatchObject({ pollutionType: 'other' });
  });

  it('ignores template lines quoted from an earlier mail', () => {
    expect(reportOf(mail({ text: '> Địa điểm: ...\n> Loại ô nhiễm: tiếng ồn\nTiếng ồn từ xưởng gỗ suốt đêm.' }))).toMatchObject({
      pollutionType: 'other',
      location: { address: 'Phản ánh nước thải' },
    });
  });

  it('reads the HTML body as text when there is no text part, without running or keeping markup', () => {
    const html = '<html><head><style>p{color:red}</style></head><body><p>Địa điểm: Phường Ba Đình, Hà Nội</p><p>Khói &amp; bụi từ công trường<br>suốt đêm</p><script>alert("x")</script></body></html>';
    const report = reportOf(mail({ text: null, html }));
    expect(report).toMatchObject({ description: 'Địa điểm: Phường Ba Đình, Hà Nội\nKhói & bụi từ công trường\nsuốt đêm', location: { address: 'Phường Ba Đình, Hà Nội' } });
  });

  it('hands markup typed in a text body to the report rules, which refuse it by field', () => {
    const report = reportOf(mail({ text: "Địa điểm: Hà Nội\n<script>alert(1)</script> '; DROP TABLE reports;-- khói bụi" }));
    expect(report['description']).toBe("Địa điểm: Hà Nội\n<script>alert(1)</script> '; DROP TABLE reports;-- khói bụi");
    const reading = readReportSubmission(report, receivedAt);
    expect(reading.ok ? [] : reading.errors.map((e) => e.field)).toEqual(['description']);
  });

  it('takes the brackets off the links and addresses mail programs write, so a reply is not mistaken for markup', () => {
    const text = 'Khói đen suốt đêm, ảnh ở <https://drive.example.vn/anh?id=1>.\n\nVào 12/02, Nguyễn Văn An <nguyen.an@example.vn> đã viết:\n> Địa điểm: <mailto:x@example.vn>';
    const report = reportOf(mail({ text }));
    expect(report['description']).toBe('Khói đen suốt đêm, ảnh ở https://drive.example.vn/anh?id=1.\n\nVào 12/02, Nguyễn Văn An nguyen.an@example.vn đã viết:\n> Địa điểm: mailto:x@example.vn');
    expect(readReportSubmission(report, receivedAt).ok).toBe(true);
  });

  it('refuses a mail whose bytes did not decode, naming the field', () => {
    const reading = readHotlineMail(mail({ text: 'Nước th\uFFFDi ra sông', subject: 'Ph\uFFFDn ánh' }), receivedAt);
    expect(reading).toEqual({
      ok: false,
      errors: [
        { field: 'description', message: { vi: expect.stringContaining('bảng mã'), en: expect.stringContaining('charset') } },
        { field: 'subject', message: { vi: expect.stringContaining('Tiêu đề thư'), en: expect.stringContaining('subject') } },
      ],
    });
  });

  it('hands an empty or oversized body to the report rules, which name the description', () => {
    const empty = readReportSubmission(reportOf(mail({ text: '', html: null })), receivedAt);
    expect(empty.ok ? [] : empty.errors.map((e) => e.field)).toEqual(['description']);
    const huge = readReportSubmission(reportOf(mail({ text: 'ô nhiễm '.repeat(1_300_000) })), receivedAt);
    expect(huge.ok ? [] : huge.errors.map((e) => e.field)).toEqual(['description']);
  });
});
