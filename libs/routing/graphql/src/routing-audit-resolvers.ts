import { CaseAudit, type CaseAsOf } from '@hotline/routing-application';
import { auditingOfficer, auditOutsideJurisdiction, readAuditInstant, toAuditEntry, toChainVerification, UserFacingError, wholeStoreAuditor, type SubgraphContext } from '@hotline/platform-graphql';
import { CENTRAL_UNIT_CODE } from '@hotline/routing-domain';
import type { RoutingApi } from './routing-api';

const noSuchCase = () => new UserFacingError('NOT_FOUND', { vi: 'Không tìm thấy vụ việc.', en: 'No such case.' }, 'caseId');

/**
 * Auditors' reading of routing. Jurisdiction is judged on the case as it stands now (its holder
 * and co-handlers), as for every other read; whole-store verification is the ministry's.
 */
export function routingAuditResolvers(routing: RoutingApi, now: () => Date = () => new Date()) {
  /** The case, if the auditing officer covers it now; a clear refusal otherwise. */
  const auditedCase = async (caseId: string, context: SubgraphContext, field?: string) => {
    const officer = auditingOfficer(context.actor);
    const view = await routing.readModel.caseById(caseId);
    if (!view) throw noSuchCase();
    const jurisdiction = (await routing.directory.directory()).jurisdiction;
    if (![view.holderUnitCode, ...view.coHandlerUnitCodes].some((unit) => jurisdiction.covers(officer.unitCode, unit))) throw auditOutsideJurisdiction(field);
    return view;
  };

  return {
    Query: {
      caseAsOf: async (_: unknown, args: { caseId: string; at: string }, context: SubgraphContext) => {
        auditingOfficer(context.actor);
        const at = readAuditInstant(args.at);
        await auditedCase(args.caseId, context, 'caseId');
        return toCaseAsOf(args.caseId, at, await routing.audit.caseAsOf(args.caseId, at));
      },
      verifyRoutingEventChain: async (_: unknown, args: { streamId?: string | null }, context: SubgraphContext) => {
        if (!args.streamId) {
          wholeStoreAuditor(context.actor, CENTRAL_UNIT_CODE);
          return toChainVerification(await routing.audit.verify(), now());
        }
        const officer = auditingOfficer(context.actor);
        if (officer.unitCode !== CENTRAL_UNIT_CODE) {
          const caseId = CaseAudit.caseIdOfStream(args.streamId);
          if (!caseId) throw auditOutsideJurisdiction('streamId');
          await auditedCase(caseId, context, 'streamId');
        }
        return toChainVerification(await routing.audit.verify(args.streamId), now());
      },
    },
    Case: {
      caseHistory: async (parent: { id: string }, _: unknown, context: SubgraphContext) => {
        await auditedCase(parent.id, context);
        return (await routing.audit.history(parent.id)).map(toAuditEntry);
      },
    },
  };
}

function toCaseAsOf(caseId: string, at: Date, replay: CaseAsOf) {
  const state = replay.state.status === 'not_opened' ? null : replay.state;
  const classification = state?.classification ?? null;
  return {
    caseId,
    at: at.toISOString(),
    status: replay.state.status,
    reportId: state?.reportId ?? null,
    holderUnitCode: state?.currentUnit ?? null,
    forwardedFromUnitCode: state?.forwardedFrom ?? null,
    provinceCode: state?.reported.provinceCode ?? null,
    communeCode: state?.reported.communeCode ?? null,
    pollutionType: classification?.pollutionType ?? state?.reported.pollutionType ?? null,
    nature: classification?.nature ?? state?.reported.nature ?? null,
    urgent: classification?.urgent ?? state?.reported.urgent ?? null,
    legalTrack: classification?.legalTrack ?? state?.reported.legalTrack ?? null,
    severity: classification?.severity ?? null,
    interProvincial: classification?.interProvincial ?? null,
    linkedReportIds: state?.linkedReportIds ?? [],
    coHandlerUnitCodes: state?.coHandlers ?? [],
    eventsApplied: replay.eventsApplied,
    lastRevision: replay.lastRevision,
  };
}
