import type { ReportChannel, ReportSubmission } from './report-submission';

export type Placement =
  | { kind: 'resolved'; provinceCode: string; communeCode: string | null }
  | { kind: 'needs_choice'; candidates: { provinceCode: string; communeCode: string | null }[] }
  | { kind: 'unknown' };

export type LegalTrack = 'pollution' | 'complaint' | 'denunciation';

export interface OfficerActor {
  kind: 'officer';
  id: string;
  unitCode: string;
}
export type ReportActor = OfficerActor | { kind: 'citizen' | 'integrator' | 'system'; id: string };

/** What is kept of a submission in the event: everything but the identity (H8). */
export type ReportContent = Omit<ReportSubmission, 'reporter' | 'channel' | 'receivedAt' | 'confidential'>;

export type ReportEvent =
  | {
      type: 'ReportReceived';
      data: {
        reportId: string;
        trackingCode: string;
        channel: ReportChannel;
        receivedAt: string;
        identityRef: string | null;
        confidential: boolean;
        content: ReportContent;
        placement: Placement;
        /** Under the catalogue's names (intake.ReportReceived v2): the case it will open, and where it lies if placed. */
        caseId: string;
        provinceCode: string | null;
        communeCode: string | null;
      };
    }
  | { type: 'LocationChosen'; data: { reportId: string; provinceCode: string; communeCode: string | null; chosenBy: string } }
  | {
      type: 'ReportClassified';
      data: { reportId: string; pollutionType: ReportContent['pollutionType']; urgent: boolean; legalTrack: LegalTrack; classifiedBy: string };
    }
  | {
      type: 'ReportAccepted';
      data: {
        reportId: string;
        trackingCode: string;
        channel: ReportChannel;
        receivedAt: string;
        pollutionType: ReportContent['pollutionType'];
        nature: ReportContent['nature'];
        urgent: boolean;
        legalTrack: LegalTrack;
        provinceCode: string;
        communeCode: string | null;
        latitude: number | null;
        longitude: number | null;
        duplicateOfCaseId: string | null;
      };
    }
  | { type: 'ReportRejected'; data: { reportId: string; reason: string; rejectedBy: string } };
