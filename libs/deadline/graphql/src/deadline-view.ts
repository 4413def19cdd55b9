import type { DeadlineView } from '@hotline/deadline-application';

const vietnamTime = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' });

/** A deadline as the API shows it: instants in UTC, and the due time as officers read it. */
export function toDeadline(view: DeadlineView) {
  return {
    id: view.deadlineId,
    caseId: view.subjectId,
    step: view.step,
    unitCode: view.unitCode,
    status: view.status,
    triggeredAt: view.triggeredAt,
    dueAt: view.dueAt,
    dueAtLocal: vietnamTime.format(new Date(view.dueAt)),
    warnAt: view.warnAt,
    pausedAt: view.pausedAt,
    breachedAt: view.breachedAt,
    completedAt: view.completedAt,
    onTime: view.onTime,
    policyVersion: view.policyVersion,
    explanation: view.explanation,
  };
}
