import { DEFAULT_CASE_PERMISSIONS, type CasePermissions } from '@hotline/routing-domain';

/**
 * The domain's default table, plus what the routing service does on its own when intake accepts a
 * report: an intake operator has already classified the report (intake's ReportClassified), so
 * routing copies that classification and forwards by the versioned assignment rules, recording
 * the rule's id and version on CaseAssigned. Officers' rights are unchanged; the system still
 * cannot forward to a unit of its choosing, only by the rules (CaseRouting 'rules').
 */
export const ROUTING_SERVICE_PERMISSIONS: CasePermissions = {
  ...DEFAULT_CASE_PERMISSIONS,
  classify: { ...DEFAULT_CASE_PERMISSIONS.classify, system: true },
  forward: { ...DEFAULT_CASE_PERMISSIONS.forward, system: true },
};
