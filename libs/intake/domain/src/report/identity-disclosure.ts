/** How much of a reporter's identity an officer covering the report is shown (H8). */
export type IdentityDisclosure = 'full' | 'masked';

/**
 * The intake desk (operators) and the unit's head deal with the reporter, so they see who it is;
 * a handler too once the reporter has waived confidentiality. Everyone else — administrators,
 * auditors, handlers of confidential reports — sees masked values: an auditor learns that a view
 * happened from the trail, never whose identity it was. Integrators, the public and the reported
 * party never reach this decision: they are refused before it.
 */
export function identityDisclosureFor(role: string, report: { confidential: boolean }): IdentityDisclosure {
  if (role === 'operator' || role === 'unit_head') return 'full';
  if (role === 'handler' && !report.confidential) return 'full';
  return 'masked';
}
