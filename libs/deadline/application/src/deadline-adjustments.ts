import type { Actor } from '@hotline/contracts-events';
import type { DeadlineCommand, SlaTimeLimit } from '@hotline/deadline-domain';
import type { Clock } from './clock';
import type { DeadlineRepository, HandledDeadlineCommand } from './deadline-repository';

/** The officer asking, as the audit trail records them. */
export type AdjustingOfficer = Actor & { readonly kind: 'officer'; readonly unitCode: string };

/**
 * What officers may do to a running deadline, where the policy the deadline was scheduled under
 * allows it (DeadlineTerms): pause and resume a pausable step (waiting on another agency, on the
 * reporter), extend an extendable one (a denunciation: +30 days, twice). The domain refuses the
 * rest with a code and a bilingual reason, and a refusal appends nothing. Dated by the service's clock.
 */
export class DeadlineAdjustments {
  constructor(
    private readonly repository: DeadlineRepository,
    private readonly clock: Clock,
  ) {}

  pause(deadlineId: string, reason: string, officer: AdjustingOfficer): Promise<HandledDeadlineCommand> {
    return this.run(deadlineId, { type: 'PauseDeadline', data: { reason: reason.trim(), now: this.now() } }, officer);
  }

  resume(deadlineId: string, reason: string, officer: AdjustingOfficer): Promise<HandledDeadlineCommand> {
    return this.run(deadlineId, { type: 'ResumeDeadline', data: { reason: reason.trim(), now: this.now() } }, officer);
  }

  extend(deadlineId: string, by: SlaTimeLimit, reason: string, officer: AdjustingOfficer): Promise<HandledDeadlineCommand> {
    return this.run(deadlineId, { type: 'ExtendDeadline', data: { by, reason: reason.trim(), now: this.now() } }, officer);
  }

  private run(deadlineId: string, command: DeadlineCommand, officer: AdjustingOfficer): Promise<HandledDeadlineCommand> {
    return this.repository.handle(deadlineId, command, { actor: officer });
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
