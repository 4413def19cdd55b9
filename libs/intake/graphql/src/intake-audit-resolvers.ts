import { reportIdOfStream, type ReportAsOf, type ReportAudit, type ReportReadModel } from '@hotline/intake-application';
import { openingReportIdOf } from '@hotline/intake-domain';
import {
  auditingOfficer,
  auditOutsideJurisdiction,
  readAuditInstant,
  toAuditEntry,
  toChainVerification,
  UserFacingError,
  wholeStoreAuditor,
  type SubgraphContext,
} from '@hotline/platform-graphql';
import { CENTRAL_UNIT_CODE } from '@hotline/shared-organisation';
import { toReport } from './intake-resolvers';
import { coversReport, intakeReader, outsideJurisdiction } from './officer-access';

const notFound = (field: string) => new UserFacingError('NOT_FOUND', { vi: 'Không tìm thấy phản ánh.', en: 'No such report.' }, field);

/**
 * Auditors' reading of intake. Jurisdiction is judged on the report as it stands now (its
 * current place), as for every other read; whole-store verification is the ministry's.
 */
export function intakeAuditResolvers(readModel: ReportReadModel, audit: ReportAudit, now: () => Date = () => new Date()) {
  const coveredReport = async (unitCode: string, reportId: string) => {
    const report = await readModel.byId(reportId);
    return report && coversReport(unitCode, report) ? report : null;
  };

  return {
    Query: {
      reportAsOf: async (_: unknown, args: { reportId: string; at: string }, context: SubgraphContext) => {
        const officer = auditingOfficer(context.actor);
        const at = readAuditInstant(args.at);
        const report = await readModel.byId(args.reportId);
        if (!report) throw notFound('reportId');
        if (!coversReport(officer.unitCode, report)) throw auditOutsideJurisdiction('reportId');
        return toReportAsOf(args.reportId, at, await audit.reportAsOf(args.reportId, at));
      },
      verifyIntakeEventChain: async (_: unknown, args: { streamId?: string | null }, context: SubgraphContext) => {
        if (!args.streamId) {
          wholeStoreAuditor(context.actor, CENTRAL_UNIT_CODE);
          return toChainVerification(await audit.verify(), now());
        }
        const officer = auditingOfficer(context.actor);
        const reportId = reportIdOfStream(args.streamId);
        if (officer.unitCode !== CENTRAL_UNIT_CODE && !(reportId && (await coveredReport(officer.unitCode, reportId)))) throw auditOutsideJurisdiction('streamId');
        return toChainVerification(await audit.verify(args.streamId), now());
      },
    },
    Case: {
      __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
      report: async (parent: { id: string }, _: unknown, context: SubgraphContext) => {
        const officer = intakeReader(context.actor);
        const reportId = openingReportIdOf(parent.id);
        const report = reportId ? await readModel.byId(reportId) : null;
        if (!report) return null;
        if (!coversReport(officer.unitCode, report)) throw outsideJurisdiction();
        return toReport(report);
      },
      reportHistory: async (parent: { id: string }, _: unknown, context: SubgraphContext) => {
        const officer = auditingOfficer(context.actor);
        const reportIds = await audit.reportIdsOfCase(parent.id);
        const visible = (await Promise.all(reportIds.map(async (id) => ((await coveredReport(officer.unitCode, id)) ? id : null)))).filter((id): id is string => id !== null);
        // A duplicate placed in another province stays out of the history; a case with none of its reports covered is refused.
        if (reportIds.length > 0 && visible.length === 0 && (await readModel.byId(reportIds[0]))) throw auditOutsideJurisdiction();
        return (await audit.historyOfReports(visible)).map(toAuditEntry);
      },
    },
  };
}

function toReportAsOf(reportId: string, at: Date, replay: ReportAsOf) {
  const { state } = replay;
  const known = state.status === 'none' ? null : state;
  const placement = known?.placement;
  return {
    reportId,
    at: at.toISOString(),
    status: known ? known.status : 'not_received',
    trackingCode: known?.trackingCode ?? null,
    channel: known?.channel ?? null,
    receivedAt: known?.receivedAt ?? null,
    pollutionType: known?.content.pollutionType ?? null,
    nature: known?.content.nature ?? null,
    placement: placement && {
      kind: placement.kind,
      provinceCode: placement.kind === 'resolved' ? placement.provinceCode : null,
      communeCode: placement.kind === 'resolved' ? placement.communeCode : null,
      candidates: placement.kind === 'needs_choice' ? placement.candidates : [],
    },
    eventsApplied: replay.eventsApplied,
    lastRevision: replay.lastRevision,
  };
}
