/**
 * The stages a reporter follows on the status page (H9), in the order they normally come: the
 * report's own (received, then entered, linked to an open case, or rejected) and those of the
 * case it joined, which every report linked to that case shares.
 */
export const REPORT_STAGES = ['received', 'entered', 'linked', 'rejected', 'forwarded', 'accepted', 'verified', 'handled', 'fed_back', 'closed', 'reopened'] as const;

export type ReportStage = (typeof REPORT_STAGES)[number];

/** One line of a report's history. `detail` is text written for the reporter: the rejection reason or the feedback message. */
export interface ReportProgress {
  readonly stage: ReportStage;
  /** UTC instant. */
  readonly at: string;
  readonly unitCode: string | null;
  readonly detail: string | null;
}
