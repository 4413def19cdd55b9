import {
  DEFAULT_SESSION_CALENDAR_POLICY,
  earliestSessionDateAnnouncedOn,
  intakeWindowFor,
  intakeWindowPosition,
  latestAnnouncementDate,
  outsideWindowWording,
  readVietnamInstant,
} from './index';

const rules = DEFAULT_SESSION_CALENDAR_POLICY.rules;
// Hà Nội's session on Wednesday 29 April 2026, 09:00–11:00 Vietnam time.
const schedule = { startsAt: '2026-04-29T02:00:00.000Z', endsAt: '2026-04-29T04:00:00.000Z' };
const window = intakeWindowFor(schedule, rules);

describe('the question intake window (S3), to the minute in Asia/Ho_Chi_Minh', () => {
  it('opens at 00:00 Vietnam time on the day 7 days before the session day and closes at its scheduled end', () => {
    expect(window).toEqual({ opensAt: '2026-04-21T17:00:00.000Z', closesAt: '2026-04-29T04:00:00.000Z' });
  });

  it('takes a question at the opening minute but not the minute before; not at the closing minute but the minute before', () => {
    expect(intakeWindowPosition(window, '2026-04-21T23:59:00+07:00')).toBe('not_open');
    expect(intakeWindowPosition(window, '2026-04-21T23:59:59.999+07:00')).toBe('not_open');
    expect(intakeWindowPosition(window, '2026-04-22T00:00:00+07:00')).toBe('open');
    expect(intakeWindowPosition(window, '2026-04-29T10:59:00+07:00')).toBe('open');
    expect(intakeWindowPosition(window, '2026-04-29T11:00:00+07:00')).toBe('closed');
  });

  it('counts the session day in Vietnam, not in UTC: a session at 06:00 on 01/05 (still 30/04 in UTC) opens on 24/04', () => {
    const early = intakeWindowFor({ startsAt: '2026-04-30T23:00:00.000Z', endsAt: '2026-05-01T01:00:00.000Z' }, rules);
    expect(early.opensAt).toBe('2026-04-23T17:00:00.000Z');
  });

  it('says when the window opens, or when it closed, in Vietnam time and in both languages', () => {
    expect(outsideWindowWording(window, 'not_open')).toEqual({
      vi: 'Buổi giao lưu nhận câu hỏi từ 00:00 ngày 22/04/2026 (giờ Việt Nam) đến 11:00 ngày 29/04/2026 (giờ Việt Nam).',
      en: 'The session takes questions from 00:00 on 22/04/2026 (Vietnam time) until 11:00 on 29/04/2026 (Vietnam time).',
    });
    expect(outsideWindowWording(window, 'closed').en).toBe('Question intake closed at 11:00 on 29/04/2026 (Vietnam time).');
  });
});

describe('the announcement lead time (S2)', () => {
  it('must be published by the date 5 days before intake opens', () => {
    expect(latestAnnouncementDate(window, rules)).toBe('2026-04-17');
  });

  it('knows the first session day an announcement made today can serve', () => {
    expect(earliestSessionDateAnnouncedOn('2026-04-18', rules)).toBe('2026-04-30');
  });
});

describe('times as a host types them', () => {
  it('reads a wall-clock time as Vietnam time and an explicit offset as given', () => {
    expect(readVietnamInstant('2026-04-29T09:00')).toBe('2026-04-29T02:00:00.000Z');
    expect(readVietnamInstant('2026-04-29 09:00:30')).toBe('2026-04-29T02:00:30.000Z');
    expect(readVietnamInstant('2026-04-29T09:00:00Z')).toBe('2026-04-29T09:00:00.000Z');
  });

  it.each(['2026-02-30T09:00', '29/04/2026', '2026-04-29T25:00', 'sáng mai', ''])('refuses %j', (text) => {
    expect(readVietnamInstant(text)).toBeNull();
  });
});
