import type { BilingualText } from './bilingual-text';
import type { CalendarException, CalendarExceptionKind } from './calendar-exception';
import { dateWording } from './date-wording';
import { weekdayOf, type LocalDate, type Weekday } from './local-date';

export type DayReason =
  | { readonly kind: 'ordinary_working_day' }
  | { readonly kind: 'weekend' }
  | { readonly kind: 'day_off'; readonly exception: CalendarException }
  | { readonly kind: 'makeup_workday'; readonly exception: CalendarException }
  | { readonly kind: 'uncertain_day_off'; readonly exception: CalendarException };

/** Why a date is, or is not, a working day. */
export interface DayExplanation {
  readonly date: LocalDate;
  readonly weekday: Weekday;
  readonly isWorkingDay: boolean;
  /** True when the answer rests on a row the law has not settled yet. */
  readonly uncertain: boolean;
  readonly reason: DayReason;
  readonly text: BilingualText;
}

const KIND_WORDING: Record<CalendarExceptionKind, BilingualText> = {
  holiday: { vi: 'ngày lễ', en: 'public holiday' },
  compensatory: { vi: 'nghỉ bù', en: 'compensatory day off' },
  swapped_day_off: { vi: 'nghỉ hoán đổi', en: 'swapped day off' },
  makeup_workday: { vi: 'ngày làm bù', en: 'make-up working day' },
  pending_holiday: { vi: 'ngày nghỉ chờ luật hoá', en: 'holiday pending legislation' },
};

export function explainDay(date: LocalDate, reason: DayReason): DayExplanation {
  const isWorkingDay = reason.kind !== 'weekend' && reason.kind !== 'day_off';
  return {
    date,
    weekday: weekdayOf(date),
    isWorkingDay,
    uncertain: reason.kind === 'uncertain_day_off',
    reason,
    text: withDate(date, reasonWording(reason)),
  };
}

/** The reason alone, without the date, e.g. 'nghỉ — Tết Nguyên Đán (ngày lễ)'. */
export function reasonWording(reason: DayReason): BilingualText {
  switch (reason.kind) {
    case 'ordinary_working_day':
      return { vi: 'ngày làm việc', en: 'working day' };
    case 'weekend':
      return { vi: 'nghỉ cuối tuần', en: 'weekend' };
    case 'day_off':
      return exceptionWording({ vi: 'nghỉ', en: 'day off' }, reason.exception);
    case 'makeup_workday':
      return exceptionWording({ vi: 'làm việc (thứ Bảy làm bù)', en: 'working day (make-up Saturday)' }, reason.exception);
    case 'uncertain_day_off':
      return exceptionWording(
        { vi: 'tính là ngày làm việc, CHƯA CHẮC CHẮN là ngày nghỉ', en: 'counted as a working day, day off NOT YET CERTAIN' },
        reason.exception,
      );
    default: {
      const unreachable: never = reason;
      return unreachable;
    }
  }
}

function withDate(date: LocalDate, reason: BilingualText): BilingualText {
  const day = dateWording(date);
  return { vi: `${day.vi}: ${reason.vi}`, en: `${day.en}: ${reason.en}` };
}

function exceptionWording(lead: BilingualText, exception: CalendarException): BilingualText {
  const kind = KIND_WORDING[exception.kind];
  const estimated = exception.status === 'estimated' ? { vi: ', ước tính', en: ', estimated' } : { vi: '', en: '' };
  return {
    vi: `${lead.vi} — ${exception.nameVi} (${kind.vi}${estimated.vi})`,
    en: `${lead.en} — ${exception.nameEn} (${kind.en}${estimated.en})`,
  };
}
