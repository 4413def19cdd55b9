import { sessionDeadlinePlanFor, type SessionPlannedAction, type SessionStageEvent } from './session-deadline-plan';

/** when a session event arrives → then the planner does this, in order. */
const when = (type: SessionStageEvent['type'], data: Record<string, unknown>, occurredAt = '2026-04-10T02:00:00.000Z') => ({
  then: (expected: SessionPlannedAction[]) => expect(sessionDeadlinePlanFor({ type, data, occurredAt })).toEqual(expected),
});

const endedAt = '2026-04-29T04:00:00.000Z';

describe('deadline plan: online sessions (S5)', () => {
  it('the end of the session starts the report’s limit and every open question’s answer limit, under the host', () => {
    when('session.SessionEnded', { sessionId: 's-1', hostUnitCode: 'P01', startsAt: '2026-04-29T02:00:00.000Z', endsAt: endedAt, endedAt }).then([
      { kind: 'record', changes: [{ kind: 'session_ended', sessionSubject: 'session-s-1', unitCode: 'P01', at: endedAt }] },
      { kind: 'schedule', subjectId: 'session-s-1', step: 'session_report', triggeredAt: endedAt },
      { kind: 'schedule_open_answers', sessionSubject: 'session-s-1', endedAt },
    ]);
  });

  it('an accepted question is remembered under its unit, and gets its limit at once if the session has already ended', () => {
    when('session.QuestionAccepted', { questionId: 'q-1', sessionId: 's-1', unitCode: 'P01', at: '2026-04-23T02:00:00.000Z' }).then([
      { kind: 'record', changes: [{ kind: 'question_accepted', questionSubject: 'question-q-1', sessionSubject: 'session-s-1', unitCode: 'P01' }] },
      { kind: 'schedule_answer_if_ended', questionSubject: 'question-q-1', sessionSubject: 'session-s-1' },
    ]);
  });

  it('an assignment moves the question to the answering unit', () => {
    when('session.QuestionAssigned', { questionId: 'q-1', sessionId: 's-1', unitCode: 'C00070', at: '2026-04-23T02:00:00.000Z' }).then([
      { kind: 'record', changes: [{ kind: 'question_unit', questionSubject: 'question-q-1', unitCode: 'C00070' }] },
    ]);
  });

  it('an answer completes the question’s limit; a merge cancels it; the report’s submission completes its own', () => {
    when('session.QuestionAnswered', { questionId: 'q-1', sessionId: 's-1', unitCode: 'P01', answeredAt: '2026-05-06T02:00:00.000Z', live: false }).then([
      { kind: 'record', changes: [{ kind: 'question_answered', questionSubject: 'question-q-1', at: '2026-05-06T02:00:00.000Z' }] },
      { kind: 'complete', subjectId: 'question-q-1', step: 'session_answer', at: '2026-05-06T02:00:00.000Z' },
    ]);
    when('session.QuestionMerged', { questionId: 'q-2', sessionId: 's-1', intoQuestionId: 'q-1', at: '2026-04-23T02:00:00.000Z' }).then([
      { kind: 'record', changes: [{ kind: 'question_withdrawn', questionSubject: 'question-q-2' }] },
      { kind: 'cancel', subjectId: 'question-q-2', step: 'session_answer', reason: expect.stringContaining('merged') },
    ]);
    const totals = { received: 1, accepted: 1, answeredLive: 0, answeredAfterwards: 1, overdue: 0 };
    when('session.ResultsReportSubmitted', { sessionId: 's-1', hostUnitCode: 'P01', submittedAt: '2026-05-11T03:00:00.000Z', submittedBy: { officerId: 'h', unitCode: 'P01' }, totals }).then([
      { kind: 'complete', subjectId: 'session-s-1', step: 'session_report', at: '2026-05-11T03:00:00.000Z' },
    ]);
  });
});

describe('deadline plan: the announcement (S2)', () => {
  // A session on 29/04: intake opens 22/04 00:00, so the announcement is due by 24:00 on 17/04 (Vietnam time).
  const schedule = { sessionId: 's-1', hostUnitCode: 'P01', startsAt: '2026-04-29T02:00:00.000Z', endsAt: endedAt, intakeOpensAt: '2026-04-21T17:00:00.000Z', announceBy: '2026-04-17T17:00:00.000Z' };

  it('a plan is due at its announcement day’s end, listed under the host, replacing any earlier day', () => {
    const deadlineId = 'session-s-1:session_announce@2026-04-17T17:00:00.000Z';
    when('session.SessionPlanned', schedule).then([
      { kind: 'cancel_moved_announcement', sessionSubject: 'session-s-1', deadlineId },
      { kind: 'record', changes: [{ kind: 'announcement_due', sessionSubject: 'session-s-1', unitCode: 'P01', deadlineId }] },
      { kind: 'schedule_at', subjectId: 'session-s-1', deadlineId, step: 'session_announce', dueAt: '2026-04-17T17:00:00.000Z', triggeredAt: '2026-04-10T02:00:00.000Z' },
    ]);
  });

  it('a revision to another day moves it: a deadline of its own for the new day, the earlier one cancelled', () => {
    const moved = { ...schedule, hostUnitCode: 'P48', startsAt: '2026-05-06T02:00:00.000Z', endsAt: '2026-05-06T04:00:00.000Z', intakeOpensAt: '2026-04-28T17:00:00.000Z', announceBy: '2026-04-24T17:00:00.000Z' };
    const deadlineId = 'session-s-1:session_announce@2026-04-24T17:00:00.000Z';
    when('session.SessionPlanRevised', moved, '2026-04-12T02:00:00.000Z').then([
      { kind: 'cancel_moved_announcement', sessionSubject: 'session-s-1', deadlineId },
      { kind: 'record', changes: [{ kind: 'announcement_due', sessionSubject: 'session-s-1', unitCode: 'P48', deadlineId }] },
      { kind: 'schedule_at', subjectId: 'session-s-1', deadlineId, step: 'session_announce', dueAt: '2026-04-24T17:00:00.000Z', triggeredAt: '2026-04-12T02:00:00.000Z' },
    ]);
  });

  it('the announcement completes the session’s current announcement deadline', () => {
    const announced = { ...schedule, coHostUnitCodes: [], topic: 'Ô nhiễm không khí', intakeClosesAt: endedAt, announcedAt: '2026-04-16T02:00:00.000Z', policyVersion: 1 };
    when('session.SessionAnnounced', announced).then([{ kind: 'complete_announcement', sessionSubject: 'session-s-1', at: '2026-04-16T02:00:00.000Z' }]);
  });
});
