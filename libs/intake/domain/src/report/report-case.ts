/**
 * The case an accepted report opens. Derived from the report, so intake, routing and deadline
 * agree on it without asking each other, and a redelivered event finds the same case.
 */
export function caseIdOf(reportId: string): string {
  return `case-${reportId}`;
}

/** The report that opened a case, read back from the case id; null for an id not made by `caseIdOf`. */
export function openingReportIdOf(caseId: string): string | null {
  return caseId.startsWith('case-') && caseId.length > 'case-'.length ? caseId.slice('case-'.length) : null;
}
