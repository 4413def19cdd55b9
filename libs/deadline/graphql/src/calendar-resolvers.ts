import type { CalendarExceptionRow, CalendarTable, CalendarYearView } from '@hotline/deadline-application';
import type { CalendarYearInput } from '@hotline/deadline-domain';
import { ministryAdministrator, UserFacingError, type SubgraphContext } from '@hotline/platform-graphql';
import { deadlineReader } from './unit-coverage';

const YEARS = { first: 2000, last: 2100 } as const;

/** The working-day table (W1), one year at a time: officers read it, ministry administrators replace it. */
export function calendarResolvers(calendar: CalendarTable) {
  return {
    Query: {
      workingCalendar: async (_: unknown, args: { year: number }, context: SubgraphContext) => {
        deadlineReader(context.actor);
        if (args.year < YEARS.first || args.year > YEARS.last) {
          throw new UserFacingError('INVALID_INPUT', { vi: `Năm từ ${YEARS.first} đến ${YEARS.last}.`, en: `A year from ${YEARS.first} to ${YEARS.last}.` }, 'year');
        }
        return toWorkingCalendar(await calendar.calendarYear(args.year));
      },
    },
    Mutation: {
      setCalendarYear: async (_: unknown, args: CalendarYearInput, context: SubgraphContext) => {
        const officer = ministryAdministrator(context.actor, { vi: 'sửa lịch ngày làm việc', en: 'change the working-day calendar' });
        const result = await calendar.replaceYear(args, { kind: 'officer', id: officer.id, unitCode: officer.unitCode });
        return result.ok ? { ok: true, calendar: toWorkingCalendar(result.calendar), errors: [] } : { ok: false, calendar: null, errors: result.issues };
      },
    },
  };
}

function toWorkingCalendar(view: CalendarYearView) {
  const days = view.days.map(toCalendarDay);
  return {
    year: view.year,
    version: view.version,
    updatedBy: view.updatedBy,
    updatedAt: view.updatedAt,
    daysOff: days.filter((d) => d.kind !== 'makeup_workday'),
    workingDays: days.filter((d) => d.kind === 'makeup_workday'),
  };
}

function toCalendarDay(row: CalendarExceptionRow) {
  return {
    date: row.date,
    kind: row.kind,
    isWorkingDay: row.isWorkingDay,
    name: { vi: row.nameVi, en: row.nameEn },
    status: row.status,
    source: row.source,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt,
  };
}
