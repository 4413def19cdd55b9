import { inVietnamTime, readVietnamDate, readVietnamInstant } from './vietnam-time';

describe('Vietnam time', () => {
  it('shows an instant on Vietnam’s clock with its offset', () => {
    expect(inVietnamTime('2026-02-13T02:15:00.000Z')).toBe('2026-02-13T09:15:00+07:00');
    expect(inVietnamTime(new Date('2026-12-31T20:00:00Z'))).toBe('2027-01-01T03:00:00+07:00');
  });

  it('reads wall-clock times as Vietnam time, whatever the server’s zone', () => {
    expect(readVietnamInstant('2026-02-13 09:15')).toBe('2026-02-13T02:15:00.000Z');
    expect(readVietnamInstant('13/02/2026 09:15:30')).toBe('2026-02-13T02:15:30.000Z');
    expect(readVietnamInstant('3/2/2026 7:05')).toBe('2026-02-03T00:05:00.000Z');
    expect(readVietnamInstant('2026-02-13T09:15:00Z')).toBe('2026-02-13T09:15:00.000Z');
    expect(readVietnamInstant('2026-02-13T09:15:00-05:00')).toBe('2026-02-13T14:15:00.000Z');
    expect(readVietnamDate('2026-02-13')).toBe('2026-02-12T17:00:00.000Z');
  });

  it('refuses days that do not exist and text that is no time', () => {
    expect(readVietnamInstant('31/02/2026 09:00')).toBeNull();
    expect(readVietnamInstant('2026-13-01T00:00')).toBeNull();
    expect(readVietnamInstant('2026-02-13T25:00')).toBeNull();
    expect(readVietnamInstant('hôm qua')).toBeNull();
    expect(readVietnamInstant("2026-02-13'; drop table x;--")).toBeNull();
  });
});
