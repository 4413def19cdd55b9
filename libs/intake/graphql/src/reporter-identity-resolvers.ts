import type { ReportDesk, ReportReadModel } from '@hotline/intake-application';
import { signedInOfficer, UserFacingError, type RequestActor, type SubgraphContext } from '@hotline/platform-graphql';
import { readPlainText } from '@hotline/shared-contact';
import { coversReport, outsideJurisdiction } from './officer-access';

const PURPOSE_LIMITS = { min: 5, max: 500 };

const notFound = () => new UserFacingError('NOT_FOUND', { vi: 'Không tìm thấy phản ánh.', en: 'No such report.' }, 'reportId');

/** Any officer may ask (most get masked values); integrators and the public never reach the vault. */
function identityViewer(actor: RequestActor): Extract<RequestActor, { kind: 'officer' }> {
  if (actor.kind === 'integrator') {
    throw new UserFacingError('FORBIDDEN', { vi: 'Hệ thống tích hợp không bao giờ được xem danh tính người phản ánh.', en: 'Integrations never see a reporter’s identity.' });
  }
  return signedInOfficer(actor);
}

function purposeOf(raw: string): string {
  const reading = readPlainText(raw, { vi: 'Mục đích xem', en: 'Purpose' }, PURPOSE_LIMITS);
  if (!reading.ok) throw new UserFacingError('INVALID_INPUT', reading.message, 'purpose');
  return reading.text;
}

export function reporterIdentityResolvers(desk: ReportDesk, readModel: ReportReadModel) {
  return {
    Query: {
      reporterIdentity: async (_: unknown, args: { reportId: string; purpose: string }, context: SubgraphContext) => {
        const officer = identityViewer(context.actor);
        const purpose = purposeOf(args.purpose);
        const report = await readModel.byId(args.reportId);
        if (!report) throw notFound();
        if (!coversReport(officer.unitCode, report)) throw outsideJurisdiction();
        const disclosed = await desk.reporterIdentityFor(args.reportId, { officerId: officer.id, unitCode: officer.unitCode, role: officer.role, purpose });
        if (!disclosed) throw notFound();
        const identity = disclosed.identity;
        return {
          reportId: args.reportId,
          disclosure: disclosed.disclosure,
          confidential: disclosed.confidential,
          fullName: identity?.fullName ?? null,
          phone: identity?.phone ?? null,
          email: identity?.email ?? null,
          address: identity?.address ?? null,
        };
      },
    },
  };
}
