import type { DataOf, ReportAccepted } from '@hotline/contracts-events';
import type { RecordedEvent } from '@hotline/platform-event-store';
import {
  CaseRuleViolation,
  provinceUnitCode,
  type AssignmentRules,
  type CaseCommand,
  type Instant,
  type SystemActor,
} from '@hotline/routing-domain';
import type { CaseRepository } from './case-repository';

export const ROUTING_SYSTEM_ACTOR: SystemActor = { kind: 'system', id: 'routing-service' };

type AcceptedReport = DataOf<typeof ReportAccepted>;

export type ReportIntakeOutcome = 'opened' | 'linked' | 'already_handled';

/** The case a report opens: derived from the report, so a redelivery finds the case it opened. */
export function caseIdForReport(reportId: string): string {
  return `case-${reportId}`;
}

export interface ReportIntakeDependencies {
  readonly repository: CaseRepository;
  /** The version of the assignment rules in effect at an instant; read per report so a new version applies without a restart. */
  readonly assignmentRules: (at: Instant) => Promise<AssignmentRules>;
}

/**
 * Turns intake's accepted reports into cases (H9 received → classified → forwarded).
 *
 * - The case is opened by the province unit of the report's province: intake's channels are the
 *   province's hotline or the national one, and no commune hotline is listed yet.
 * - Classification copies intake's: a report flagged urgent is 'serious', else 'minor'. Only an
 *   officer can judge 'severe' or 'inter-provincial' (ReportAccepted says neither), so those
 *   rules apply when an operator reclassifies a handed-back case.
 * - Open, classify and forward are appended together: a crash leaves either no case or a
 *   forwarded one, and a redelivery is recognised by its causation id (or 'already_opened').
 */
export class ReportIntake {
  constructor(private readonly dependencies: ReportIntakeDependencies) {}

  readonly receive = async (event: RecordedEvent): Promise<ReportIntakeOutcome> => {
    const report = event.data as AcceptedReport;
    const metadata = { causationId: event.eventId, correlationId: event.correlationId };
    if (report.duplicateOfCaseId !== null) return this.link(report, report.duplicateOfCaseId, event, metadata);
    const caseId = caseIdForReport(report.reportId);
    try {
      const handled = await this.dependencies.repository.handle(caseId, await this.commandsFor(report, caseId, event), metadata);
      return handled.alreadyHandled ? 'already_handled' : 'opened';
    } catch (error) {
      if (error instanceof CaseRuleViolation && error.code === 'already_opened') return 'already_handled';
      throw error;
    }
  };

  private async link(report: AcceptedReport, caseId: string, event: RecordedEvent, metadata: { causationId: string; correlationId: string }): Promise<ReportIntakeOutcome> {
    const command: CaseCommand = { type: 'LinkReport', actor: ROUTING_SYSTEM_ACTOR, data: { reportId: report.reportId, now: now(event) } };
    try {
      const handled = await this.dependencies.repository.handle(caseId, command, metadata);
      return handled.alreadyHandled ? 'already_handled' : 'linked';
    } catch (error) {
      if (error instanceof CaseRuleViolation && error.code === 'already_linked') return 'already_handled';
      throw error;
    }
  }

  private async commandsFor(report: AcceptedReport, caseId: string, event: RecordedEvent): Promise<CaseCommand[]> {
    const actor = ROUTING_SYSTEM_ACTOR;
    const at = now(event);
    const { reportId, provinceCode, communeCode, pollutionType, nature, urgent, legalTrack, receivedAt } = report;
    return [
      {
        type: 'OpenCase',
        actor,
        data: { caseId, reportId, receivingUnit: provinceUnitCode(provinceCode), provinceCode, communeCode, pollutionType, nature, urgent, legalTrack, receivedAt, now: at },
      },
      {
        type: 'ClassifyCase',
        actor,
        data: { pollutionType, nature, severity: urgent ? 'serious' : 'minor', urgent, interProvincial: false, legalTrack, now: at },
      },
      { type: 'ForwardCase', actor, data: { routing: { by: 'rules', rules: await this.dependencies.assignmentRules(reportedAt(report, at)) }, now: at } },
    ];
  }
}

/**
 * A case is routed by the rules in effect when its report came in, not when it was accepted: a
 * report taken on the last evening of a version keeps that version. Acceptance cannot come
 * before receipt, but the earlier of the two guards against a receipt time from a skewed clock.
 */
function reportedAt(report: AcceptedReport, acceptedAt: Instant): Instant {
  return Date.parse(report.receivedAt) <= Date.parse(acceptedAt) ? report.receivedAt : acceptedAt;
}

/**
 * Decisions are dated by when intake accepted the report, not by when this replica got the
 * message, so a replay decides exactly as the first delivery did.
 */
function now(event: RecordedEvent): string {
  return event.occurredAt;
}
