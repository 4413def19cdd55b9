import { acceptedMailReply, asciiReplyText, refusedMailReply } from './mail-reply';

describe('SMTP reply text', () => {
  it('is printable ASCII, Vietnamese without tone marks', () => {
    expect(asciiReplyText('Đường dây nóng “ô nhiễm” – Hà Nội…')).toBe('Duong day nong "o nhiem" - Ha Noi...');
    expect(asciiReplyText('tab\tand\r\nnewline 中文')).toBe('tab and newline ??');
  });

  it('gives the tracking code of an accepted report', () => {
    expect(acceptedMailReply('PA-7K3M-Q9XR')).toBe('Da tiep nhan phan anh, ma theo doi PA-7K3M-Q9XR / Report received, tracking code PA-7K3M-Q9XR');
  });

  it('names each refused field in both languages, within one reply line', () => {
    const reply = refusedMailReply([
      { field: 'description', message: { vi: 'Nội dung phản ánh: cần ít nhất 10 ký tự.', en: 'Description: needs at least 10 characters.' } },
      { field: 'evidence.0.mediaType', message: { vi: 'Chỉ nhận ảnh.', en: 'Only photos.' } },
    ]);
    expect(reply).toBe(
      'Thu khong duoc tiep nhan, khong luu gi / Message refused, nothing stored: [description] Noi dung phan anh: can it nhat 10 ky tu. / Description: needs at least 10 characters. | [evidence.0.mediaType] Chi nhan anh. / Only photos.',
    );
    const long = refusedMailReply(Array.from({ length: 20 }, (_, i) => ({ field: `f${i}`, message: { vi: 'Sai rất dài '.repeat(5), en: 'Wrong '.repeat(5) } })));
    expect(long.length).toBeLessThanOrEqual(480);
    expect(long.endsWith('...')).toBe(true);
  });
});
