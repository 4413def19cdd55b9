import { readPlainText } from './plain-text';

const label = { vi: 'Nội dung', en: 'Description' };

describe('plain text a person typed', () => {
  it('keeps Vietnamese text, normalised to NFC and trimmed, and a bare "<" or ">"', () => {
    expect(readPlainText('  Hoa\u0300 Bi\u0300nh: nồng độ < 5 mg/l, pH > 9 ', label, { min: 1, max: 100 })).toEqual({ ok: true, text: 'Hoà Bình: nồng độ < 5 mg/l, pH > 9' });
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>', /HTML/],
    ['an image with a handler', 'xem ảnh <img src=x onerror=alert(1)>', /HTML/],
    ['an HTML comment', 'nội dung <!-- ẩn -->', /HTML/],
    ['a bidirectional override', 'tệp\u202Egnp.exe', /control characters/],
    ['a lone surrogate', 'x\ud800', /invalid Unicode/],
    ['a number', 42, /must be text/],
  ])('refuses %s with a bilingual message', (_, raw, english) => {
    const reading = readPlainText(raw, label, { min: 1, max: 100 });
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.message.en).toMatch(english);
      expect(reading.message.vi).toMatch(/^Nội dung: /);
    }
  });

  it('refuses text outside its length limits', () => {
    expect(readPlainText('ngắn', label, { min: 10, max: 100 })).toMatchObject({ ok: false, message: { en: 'Description: needs at least 10 characters.' } });
    expect(readPlainText('x'.repeat(101), label, { min: 1, max: 100 })).toMatchObject({ ok: false, message: { en: 'Description: longer than 100 characters.' } });
  });
});
