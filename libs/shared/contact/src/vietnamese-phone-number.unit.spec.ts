import { readVietnamesePhoneNumber } from './vietnamese-phone-number';

describe('readVietnamesePhoneNumber', () => {
  it.each([
    ['024 3825 1234', '+842438251234', 'landline'],
    ['024.3825.1234', '+842438251234', 'landline'],
    ['(024) 3825-1234', '+842438251234', 'landline'],
    ['+84 24 3825 1234', '+842438251234', 'landline'],
    ['+84 (0) 24 3825 1234', '+842438251234', 'landline'],
    ['84 24 3825 1234', '+842438251234', 'landline'],
    ['0084 24 3825 1234', '+842438251234', 'landline'],
    ['0236 3822 123', '+842363822123', 'landline'],
    ['0912 345 678', '+84912345678', 'mobile'],
    ['0912-345-678', '+84912345678', 'mobile'],
    ['+84912345678', '+84912345678', 'mobile'],
    ['84912345678', '+84912345678', 'mobile'],
    ['912345678', '+84912345678', 'mobile'],
    ['0845 123 456', '+84845123456', 'mobile'],
    ['1800 1091', '+8418001091', 'toll_free'],
  ])('reads %s as %s (%s)', (raw, e164, kind) => {
    expect(readVietnamesePhoneNumber(raw)).toEqual({ ok: true, e164, kind });
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['024 3825 1234 / 0912 345 678', 'several_numbers'],
    ['0912 345 678 hoặc 0913 000 111', 'several_numbers'],
    ['024 3825 1234 ext 12', 'invalid_characters'],
    ['+1 202 555 0100', 'not_vietnamese'],
    ['001 202 555 0100', 'not_vietnamese'],
    ['024 3825 123', 'invalid_number'],
    ['0912 345 6789', 'invalid_number'],
    // 012x mobile prefixes were retired in 2018.
    ['0123 456 789', 'invalid_number'],
    ['1900 1234', 'invalid_number'],
  ])('refuses %j (%s)', (raw, problem) => {
    expect(readVietnamesePhoneNumber(raw)).toMatchObject({ ok: false, problem });
  });

  it('explains a refusal in Vietnamese and English', () => {
    const reading = readVietnamesePhoneNumber('024 3825 123');
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.message.vi).toContain('Số điện thoại không hợp lệ');
    expect(reading.message.en).toContain('“024 3825 123”: Not a valid number');
  });
});
