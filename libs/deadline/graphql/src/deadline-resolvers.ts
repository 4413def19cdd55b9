import type { DeadlineReadModel } from '@hotline/deadline-application';
import { UserFacingError, type SubgraphContext } from '@hotline/platform-graphql';
import { toDeadline } from './deadline-view';
import { deadlineReader, unitCovers } from './unit-coverage';

function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > 200) {
    throw new UserFacingError('INVALID_INPUT', { vi: 'Số mục mỗi trang từ 1 đến 200.', en: 'A page holds 1 to 200 items.' }, 'first');
  }
  return first;
}

export function deadlineResolvers(readModel: DeadlineReadModel, now: () => Date = () => new Date()) {
  const caseDeadlines = async (caseId: string, context: SubgraphContext) => {
    const officer = deadlineReader(context.actor);
    const deadlines = await readModel.deadlinesOfCase(caseId);
    // A case's deadlines are visible to whoever covers the unit holding them.
    return deadlines.filter((d) => d.unitCode === null || unitCovers(officer.unitCode, d.unitCode)).map(toDeadline);
  };
  return {
    Query: {
      overdueDeadlines: async (_: unknown, args: { unitCode: string; first: number; after?: string | null }, context: SubgraphContext) => {
        deadlineReader(context.actor, args.unitCode);
        const page = await readModel.overdue(args.unitCode, { limit: pageSize(args.first), after: args.after });
        return { items: page.items.map(toDeadline), nextCursor: page.nextCursor };
      },
      dueSoonDeadlines: async (_: unknown, args: { unitCode: string; withinHours: number; first: number; after?: string | null }, context: SubgraphContext) => {
        deadlineReader(context.actor, args.unitCode);
        if (!(args.withinHours > 0 && args.withinHours <= 24 * 31)) {
          throw new UserFacingError('INVALID_INPUT', { vi: 'Khoảng thời gian từ 1 giờ đến 31 ngày.', en: 'The window is 1 hour to 31 days.' }, 'withinHours');
        }
        const page = await readModel.dueSoon(args.unitCode, args.withinHours, now(), { limit: pageSize(args.first), after: args.after });
        return { items: page.items.map(toDeadline), nextCursor: page.nextCursor };
      },
    },
    Case: {
      __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
      deadlines: (parent: { id: string }, _: unknown, context: SubgraphContext) => caseDeadlines(parent.id, context),
    },
  };
}
