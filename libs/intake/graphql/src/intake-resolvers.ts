import type { ReportDesk, ReportReadModel, ReportView } from '@hotline/intake-application';
import { requireScope, UserFacingError, type SubgraphContext } from '@hotline/platform-graphql';
import type { LegalTrack } from '@hotline/intake-domain';
import { asDomainOfficer, coversPlace, coversReport, deskAreaOf, intakeOfficer, intakeReader, outsideJurisdiction } from './officer-access';
import { publicReportStatus } from './public-report-status';

const notFound = () => new UserFacingError('NOT_FOUND', { vi: 'Không tìm thấy phản ánh.', en: 'No such report.' });

export function intakeResolvers(desk: ReportDesk, readModel: ReportReadModel) {
  /** Loads a report the officer may see; the same answer for "missing" and "not yours" would hide too much from a real officer. */
  const officersReport = async (id: string, context: SubgraphContext, caller = intakeOfficer) => {
    const officer = caller(context.actor);
    const report = await readModel.byId(id);
    if (!report) throw notFound();
    if (!coversReport(officer.unitCode, report)) throw outsideJurisdiction();
    return { officer, report };
  };
  const fresh = async (id: string) => {
    await readModel.caughtUp();
    return toReport((await readModel.byId(id))!);
  };

  return {
    Query: {
      trackReport: async (_: unknown, args: { trackingCode: string; contact: string }, context: SubgraphContext) => {
        requireScope(context.actor, 'reports:track');
        const report = await desk.track(args.trackingCode, args.contact);
        return report && publicReportStatus(report);
      },
      report: async (_: unknown, args: { id: string }, context: SubgraphContext) => toReport((await officersReport(args.id, context, intakeReader)).report),
      intakeDesk: async (_: unknown, args: { status?: ReportView['status'] | null; first?: number | null; after?: string | null }, context: SubgraphContext) => {
        const officer = intakeOfficer(context.actor);
        const page = await readPage(() => readModel.desk(deskAreaOf(officer.unitCode), { status: args.status ?? null, limit: args.first ?? undefined, after: args.after }));
        return { items: page.items.map(toReport), nextCursor: page.nextCursor };
      },
    },
    Mutation: {
      submitReport: async (_: unknown, args: { input: Record<string, unknown> }, context: SubgraphContext) => {
        requireScope(context.actor, 'reports:submit');
        const channel = context.actor.kind === 'integrator' ? 'api' : 'web';
        const actor = context.actor.kind === 'integrator' ? { kind: 'integrator' as const, id: context.actor.id } : { kind: 'citizen' as const, id: 'public' };
        return asResult(await desk.submit({ ...args.input, channel }, actor));
      },
      recordHotlineCall: async (_: unknown, args: { input: Record<string, unknown>; callerNumber: string; calledAt: string }, context: SubgraphContext) => {
        const officer = intakeOfficer(context.actor);
        const reporter = { ...(args.input['reporter'] as object | undefined), phone: args.callerNumber };
        const outcome = await desk.submit({ ...args.input, reporter, channel: 'phone', receivedAt: args.calledAt }, { kind: 'officer', id: officer.id, unitCode: officer.unitCode });
        return asResult(outcome);
      },
      chooseReportLocation: async (_: unknown, args: { id: string; provinceCode: string; communeCode?: string | null }, context: SubgraphContext) => {
        const { officer } = await officersReport(args.id, context);
        if (!coversPlace(officer.unitCode, { provinceCode: args.provinceCode, communeCode: args.communeCode ?? null })) throw outsideJurisdiction();
        await desk.chooseLocation(args.id, { provinceCode: args.provinceCode, communeCode: args.communeCode ?? null }, asDomainOfficer(officer));
        return fresh(args.id);
      },
      classifyReport: async (_: unknown, args: { id: string; input: { pollutionType: string; urgent: boolean; legalTrack: LegalTrack } }, context: SubgraphContext) => {
        const { officer } = await officersReport(args.id, context);
        await desk.classify(args.id, args.input, asDomainOfficer(officer));
        return fresh(args.id);
      },
      rejectReport: async (_: unknown, args: { id: string; reason: string }, context: SubgraphContext) => {
        const { officer } = await officersReport(args.id, context);
        if (args.reason.length > 1000) throw new UserFacingError('INVALID_INPUT', { vi: 'Lý do dài quá 1000 ký tự.', en: 'The reason is longer than 1000 characters.' }, 'reason');
        await desk.reject(args.id, args.reason, asDomainOfficer(officer));
        return fresh(args.id);
      },
    },
    Report: {
      __resolveReference: async (reference: { id: string }, context: SubgraphContext) => toReport((await officersReport(reference.id, context, intakeReader)).report),
    },
  };
}

export function toReport(view: ReportView) {
  const placement = view.placement;
  return {
    id: view.reportId,
    trackingCode: view.trackingCode,
    status: view.status,
    channel: view.channel,
    receivedAt: view.receivedAt,
    pollutionType: view.pollutionType,
    provinceCode: view.provinceCode,
    communeCode: view.communeCode,
    caseId: view.caseId,
    rejectionReason: view.rejectionReason,
    placement: {
      kind: placement.kind,
      provinceCode: placement.kind === 'resolved' ? placement.provinceCode : null,
      communeCode: placement.kind === 'resolved' ? placement.communeCode : null,
      candidates: placement.kind === 'needs_choice' ? placement.candidates : [],
    },
  };
}

function asResult(outcome: Awaited<ReturnType<ReportDesk['submit']>>) {
  return outcome.ok ? { ok: true, reportId: outcome.reportId, trackingCode: outcome.trackingCode, errors: [] } : { ok: false, reportId: null, trackingCode: null, errors: outcome.errors };
}

/** Paging mistakes (a forged cursor, a page size of 0) are the caller's to fix, with a clear error. */
async function readPage<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof RangeError) {
      throw new UserFacingError('INVALID_INPUT', { vi: 'Trang hoặc con trỏ phân trang không hợp lệ.', en: 'Invalid page size or cursor.' }, 'after');
    }
    throw error;
  }
}
