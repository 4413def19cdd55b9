/**
 * The case an accepted report opens. Derived from the report, so intake, routing and deadline
 * agree on it without asking each other, and a redelivered event finds the same case.
 */
export function caseIdOf(reportId: string): string {
  return `case-${reportId}`;
}
