import type { LegalTrack, Placement, ReportActor, ReportContent } from './report-events';
import type { ReportSubmission } from './report-submission';

export type ReportCommand =
  | {
      type: 'ReceiveReport';
      data: { reportId: string; trackingCode: string; submission: ReportSubmission; identityRef: string | null; placement: Placement };
    }
  | { type: 'ChooseLocation'; data: { provinceCode: string; communeCode: string | null; actor: ReportActor } }
  | {
      type: 'ClassifyReport';
      data: {
        pollutionType: ReportContent['pollutionType'];
        urgent: boolean;
        legalTrack: LegalTrack;
        /** An open case of the same type nearby, found by the application (H9 duplicates). */
        duplicateOfCaseId: string | null;
        actor: ReportActor;
      };
    }
  | { type: 'RejectReport'; data: { reason: string; actor: ReportActor } };
