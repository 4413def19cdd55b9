import { readEmailAddress, readVietnamesePhoneNumber } from './index';

describe('Vietnamese phone numbers', () => {
  it.each([
    ['0912 345 678', '+84912345678', 'mobile'],
    ['+84 912.345.678', '+84912345678', 'mobile'],
    ['84912345678', '+84912345678', 'mobile'],
    ['024 3825 1234', '+842438251234', 'landline'],
    ['(028) 3829-5555', '+842838295555', 'landline'],
    ['1800 1234', '+8418001234', 'toll_free'],
  ])('reads %s as %s', (raw, e164, kind) => {
    expect(readVietnamesePhoneNumber(raw)).toEqual({ ok: true, e164, kind });
  });

  it.each([
    ['', 'required'],
    ['0912 345 678 / 0987 654 321', 'several_numbers'],
    ['0912-ABC-678', 'invalid_characters'],
    ["0912' DROP TABLE reports--", 'invalid_characters'],
    ['+1 212 555 0100', 'not_vietnamese'],
    ['0123', 'invalid_number'],
  ])('refuses %j (%s) with a bilingual message', (raw, problem) => {
    const reading = readVietnamesePhoneNumber(raw);
    expect(reading).toMatchObject({ ok: false, problem, message: { vi: expect.any(String), en: expect.any(String) } });
  });
});

it('refuses hostile text as a phone number', () => {
  expect(readVietnamesePhoneNumber('<script>alert(1)</script>').ok).toBe(false);
  expect(readVietnamesePhoneNumber('0912\uD800345678').ok).toBe(false);
});

describe('e-mail addresses', () => {
  it('reads an address and lower-cases its domain', () => {
    expect(readEmailAddress(' Tiep.Nhan@STNMT.HaNoi.gov.vn ')).toEqual({ ok: true, address: 'Tiep.Nhan@stnmt.hanoi.gov.vn', domain: 'stnmt.hanoi.gov.vn' });
    expect(readEmailAddress('dân@bộ.việtnam.vn')).toMatchObject({ ok: true, domain: 'bộ.việtnam.vn' });
  });

  it.each(['', 'no-at-sign', 'a@b', 'two@@at.vn', 'a@b.vn, c@d.vn', '"quoted"@x.vn', 'x@-bad-.vn', `${'a'.repeat(65)}@x.vn`])('refuses %j', (raw) => {
    expect(readEmailAddress(raw)).toMatchObject({ ok: false, message: { vi: expect.any(String), en: expect.any(String) } });
  });
});
