import type { BilingualText } from './bilingual-text';
import { weekdayOf, type LocalDate, type Weekday } from './local-date';
import { vietnamClockTimeOf, vietnamDateOf, type Instant } from './vietnam-time';

const WEEKDAY_NAMES: Record<Weekday, BilingualText> = {
  monday: { vi: 'Thứ Hai', en: 'Mon' },
  tuesday: { vi: 'Thứ Ba', en: 'Tue' },
  wednesday: { vi: 'Thứ Tư', en: 'Wed' },
  thursday: { vi: 'Thứ Năm', en: 'Thu' },
  friday: { vi: 'Thứ Sáu', en: 'Fri' },
  saturday: { vi: 'Thứ Bảy', en: 'Sat' },
  sunday: { vi: 'Chủ Nhật', en: 'Sun' },
};

export function weekdayName(weekday: Weekday): BilingualText {
  return WEEKDAY_NAMES[weekday];
}

/** vi 'Thứ Sáu 13/02/2026', en 'Fri 2026-02-13'. */
export function dateWording(date: LocalDate): BilingualText {
  const name = weekdayName(weekdayOf(date));
  const [y, m, d] = date.split('-');
  return { vi: `${name.vi} ${d}/${m}/${y}`, en: `${name.en} ${date}` };
}

/** The Vietnam wall-clock reading of an instant, since that is what officers live by. */
export function instantWording(instant: Instant): BilingualText {
  const date = dateWording(vietnamDateOf(instant));
  const time = vietnamClockTimeOf(instant);
  return { vi: `${time} ${date.vi} (giờ Việt Nam)`, en: `${time} ${date.en} (Vietnam time, UTC+7)` };
}

export function joinWordings(parts: readonly BilingualText[], separator = '; '): BilingualText {
  return { vi: parts.map((p) => p.vi).join(separator), en: parts.map((p) => p.en).join(separator) };
}
