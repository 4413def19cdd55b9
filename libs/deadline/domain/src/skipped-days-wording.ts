import type { BilingualText } from './bilingual-text';
import { dateWording, joinWordings } from './date-wording';
import { reasonWording, type DayExplanation } from './day-explanation';
import { addCalendarDays } from './local-date';

interface DayRun {
  readonly first: DayExplanation;
  readonly last: DayExplanation;
  readonly reason: BilingualText;
}

/** Consecutive days with the same reason read as one range, so a Tết break is one line, not nine. */
export function skippedDaysWording(days: readonly DayExplanation[]): BilingualText {
  return joinWordings(runsOf(days).map(runWording));
}

function runsOf(days: readonly DayExplanation[]): DayRun[] {
  const runs: DayRun[] = [];
  for (const day of days) {
    const reason = reasonWording(day.reason);
    const previous = runs.at(-1);
    if (previous && previous.reason.vi === reason.vi && addCalendarDays(previous.last.date, 1) === day.date) {
      runs[runs.length - 1] = { ...previous, last: day };
    } else {
      runs.push({ first: day, last: day, reason });
    }
  }
  return runs;
}

function runWording(run: DayRun): BilingualText {
  const first = dateWording(run.first.date);
  if (run.first.date === run.last.date) {
    return { vi: `${first.vi}: ${run.reason.vi}`, en: `${first.en}: ${run.reason.en}` };
  }
  const last = dateWording(run.last.date);
  return { vi: `${first.vi} – ${last.vi}: ${run.reason.vi}`, en: `${first.en} – ${last.en}: ${run.reason.en}` };
}
