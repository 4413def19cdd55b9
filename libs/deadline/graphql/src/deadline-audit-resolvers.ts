import { DeadlineAudit, type DeadlineReadModel } from '@hotline/deadline-application';
import { auditingOfficer, auditOutsideJurisdiction, toAuditEntry, toChainVerification, wholeStoreAuditor, type SubgraphContext } from '@hotline/platform-graphql';
import { CENTRAL_UNIT_CODE } from '@hotline/shared-organisation';
import { unitCovers } from './unit-coverage';

/**
 * Auditors' reading of the deadline store. A deadline is its holding unit's (one with no unit
 * yet, the ministry's), judged as it stands now; whole-store verification is the ministry's.
 */
export function deadlineAuditResolvers(readModel: DeadlineReadModel, audit: DeadlineAudit, now: () => Date = () => new Date()) {
  const covered = (unitCode: string, deadline: { unitCode: string | null }) => unitCovers(unitCode, deadline.unitCode ?? CENTRAL_UNIT_CODE);

  return {
    Query: {
      verifyDeadlineEventChain: async (_: unknown, args: { streamId?: string | null }, context: SubgraphContext) => {
        if (!args.streamId) {
          wholeStoreAuditor(context.actor, CENTRAL_UNIT_CODE);
          return toChainVerification(await audit.verify(), now());
        }
        const officer = auditingOfficer(context.actor);
        if (officer.unitCode !== CENTRAL_UNIT_CODE) {
          const deadlineId = DeadlineAudit.deadlineIdOfStream(args.streamId);
          const deadline = deadlineId ? await readModel.deadline(deadlineId) : undefined;
          if (!deadline || !covered(officer.unitCode, deadline)) throw auditOutsideJurisdiction('streamId');
        }
        return toChainVerification(await audit.verify(args.streamId), now());
      },
    },
    Case: {
      deadlineHistory: async (parent: { id: string }, _: unknown, context: SubgraphContext) => {
        const officer = auditingOfficer(context.actor);
        const deadlines = await readModel.deadlinesOfCase(parent.id);
        const visible = deadlines.filter((d) => covered(officer.unitCode, d));
        if (deadlines.length > 0 && visible.length === 0) throw auditOutsideJurisdiction();
        return (await audit.history(visible.map((d) => d.deadlineId))).map(toAuditEntry);
      },
    },
  };
}
