import type { DeadlineAdjustments, DeadlineReadModel } from '@hotline/deadline-application';
import type { SlaLimitUnit } from '@hotline/deadline-domain';
import { UserFacingError, type SubgraphContext } from '@hotline/platform-graphql';
import { toDeadline } from './deadline-view';
import { deadlineAdjuster } from './unit-coverage';

/** Reasons are read by auditors later: long enough to explain, short enough to read. */
const REASON_LIMITS = { min: 5, max: 1000 } as const;

export interface AdjustmentFeatures {
  readonly readModel: DeadlineReadModel;
  readonly adjustments: DeadlineAdjustments;
  /** Resolves once the read model shows what was just appended. */
  caughtUp(): Promise<void>;
}

type Adjust = (deadlineId: string, reason: string, officer: { kind: 'officer'; id: string; unitCode: string }) => Promise<unknown>;

/**
 * Pause, resume, extend: the caller must be a unit head or an administrator covering the unit that
 * holds the deadline, and give a reason. Whether the step may be paused or extended, and by how
 * much, is the domain's answer from the policy version the deadline keeps; a refusal writes nothing.
 */
export function adjustmentResolvers(features: AdjustmentFeatures) {
  const adjusted = async (args: { id: string; reason: string }, context: SubgraphContext, adjust: Adjust) => {
    const deadline = await features.readModel.deadline(args.id);
    if (!deadline) throw new UserFacingError('NOT_FOUND', { vi: 'Không tìm thấy thời hạn.', en: 'No such deadline.' }, 'id');
    const officer = deadlineAdjuster(context.actor, deadline.unitCode);
    await adjust(args.id, reasonOf(args.reason), { kind: 'officer', id: officer.id, unitCode: officer.unitCode });
    await features.caughtUp();
    return toDeadline((await features.readModel.deadline(args.id)) ?? deadline);
  };
  return {
    Mutation: {
      pauseDeadline: (_: unknown, args: { id: string; reason: string }, context: SubgraphContext) =>
        adjusted(args, context, (id, reason, officer) => features.adjustments.pause(id, reason, officer)),
      resumeDeadline: (_: unknown, args: { id: string; reason: string }, context: SubgraphContext) =>
        adjusted(args, context, (id, reason, officer) => features.adjustments.resume(id, reason, officer)),
      extendDeadline: (_: unknown, args: { id: string; amount: number; unit: SlaLimitUnit; reason: string }, context: SubgraphContext) =>
        adjusted(args, context, (id, reason, officer) => features.adjustments.extend(id, { unit: args.unit, amount: args.amount }, reason, officer)),
    },
  };
}

function reasonOf(reason: string): string {
  const text = reason.trim();
  if (text.length < REASON_LIMITS.min) {
    throw new UserFacingError('INVALID_INPUT', { vi: `Phải nêu lý do (ít nhất ${REASON_LIMITS.min} ký tự).`, en: `A reason is required (at least ${REASON_LIMITS.min} characters).` }, 'reason');
  }
  if (text.length > REASON_LIMITS.max) {
    throw new UserFacingError('INVALID_INPUT', { vi: `Lý do tối đa ${REASON_LIMITS.max} ký tự.`, en: `The reason may have at most ${REASON_LIMITS.max} characters.` }, 'reason');
  }
  return text;
}
