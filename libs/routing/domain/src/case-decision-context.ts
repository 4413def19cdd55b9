import type { CaseActor } from './case-actor';
import type { CasePermissions } from './case-permissions';
import type { HotlineDirectory } from './hotline-directory';
import type { Instant } from './vietnam-date';

/** What every decision may consult: values, never ports. */
export interface CaseDecisionContext {
  readonly directory: HotlineDirectory;
  readonly permissions: CasePermissions;
}

/** The facts every case event carries: which case, when (UTC), and who asked. */
export interface EventStamp {
  readonly caseId: string;
  readonly at: Instant;
  readonly by: CaseActor;
}
