import { resultsReportCsv, resultsReportOf, SessionRuleViolation, type PlannedSession, type ResultsReport, type SessionActor } from '@hotline/session-domain';
import { sessionIdOf } from './aggregate-id';
import type { QuestionReadModel, QuestionView } from './question-read-model';
import type { SessionOffice } from './session-office';
import type { SessionReadModel, SessionView } from './session-read-model';

export interface ResultsReportsDependencies {
  readonly sessions: SessionReadModel;
  readonly questions: QuestionReadModel;
  readonly office: SessionOffice;
  /** Resolves once the read models hold every event appended so far. */
  readonly caughtUp: () => Promise<void>;
}

export interface SessionResultsReport {
  readonly session: SessionView;
  readonly report: ResultsReport;
}

export type ReportExportFormat = 'csv' | 'json';

export interface ReportExport {
  readonly fileName: string;
  readonly contentType: string;
  readonly content: string;
}

/** S5's results report: counted from the questions, exported, and submitted to the ministry. */
export class ResultsReports {
  constructor(private readonly deps: ResultsReportsDependencies) {}

  async reportOf(rawSessionId: unknown): Promise<SessionResultsReport> {
    const session = await this.deps.sessions.byId(sessionIdOf(rawSessionId));
    if (!session) throw new SessionRuleViolation('session_not_found');
    const questions = await this.deps.questions.allOfSession(session.sessionId);
    const topics = session.subtopics.length > 0 ? session.subtopics : [session.topic];
    return { session, report: resultsReportOf(questions.map((q) => reported(q, session.hostUnitCode)), topics) };
  }

  export(report: SessionResultsReport, format: ReportExportFormat): ReportExport {
    const fileName = `bao-cao-ket-qua-giao-luu-${report.session.sessionId}.${format}`;
    if (format === 'csv') return { fileName, contentType: 'text/csv; charset=utf-8', content: resultsReportCsv(report.report) };
    const { session } = report;
    const document = { sessionId: session.sessionId, hostUnitCode: session.hostUnitCode, topic: session.topic, startsAt: session.startsAt, endsAt: session.endsAt, ...report.report };
    return { fileName, contentType: 'application/json; charset=utf-8', content: JSON.stringify(document, null, 2) };
  }

  /** Counts the questions as they stand once every recorded event is projected, and records the submission. */
  async submit(actor: SessionActor, rawSessionId: unknown): Promise<PlannedSession> {
    const sessionId = (await this.deps.office.facts(rawSessionId)).sessionId;
    await this.deps.caughtUp();
    const { report } = await this.reportOf(sessionId);
    return this.deps.office.submitReport(actor, sessionId, report.totals);
  }
}

function reported(question: QuestionView, hostUnitCode: string) {
  return {
    topic: question.topic,
    unitCode: question.answer?.unitCode ?? question.assignedUnitCode ?? hostUnitCode,
    status: question.status,
    answered: question.answer && { live: question.answer.live },
    overdue: question.overdue,
  };
}
