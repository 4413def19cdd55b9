import { integrationEvents, systemActor, topicOf } from '@hotline/contracts-events';
import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import type { RecordedEvent } from '@hotline/platform-event-store';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import { toBusMessage } from '@hotline/platform-forwarder';
import { describeWithServer, eventually, uniqueName } from '@hotline/platform-testing';
import { AdjustableClock } from './fixtures/adjustable-clock';
import { embeddedTestServer, postgresTestServer, type TestDatabase, type TestDatabaseServer } from './fixtures/test-database';
import { testServiceContext } from '@hotline/platform-test-kit';
import { startDeadlineFeatures, type DeadlineFeatures } from './start-deadline-features';

// Hà Nội's session ends at 11:00 on Wednesday 29 April 2026. 30/04 and 01/05 are holidays, 02–03/05
// a weekend: the 5 working days to answer are 4–8 May (due at 24:00 on Friday 8 May), the 7 to
// report run to Tuesday 12 May.
const ENDED_AT = '2026-04-29T04:00:00.000Z';
const ANSWER_DUE = '2026-05-08T17:00:00.000Z';
const REPORT_DUE = '2026-05-12T17:00:00.000Z';

function sessionDeadlinesSuite(server: () => TestDatabaseServer): void {
  const sessionId = uniqueName('s');
  const q = (name: string) => `${sessionId}-${name}`;
  let db: TestDatabase;
  let bus: InProcessEventBus;
  let clock: AdjustableClock;
  let features: DeadlineFeatures;
  let sessionStore: SqlEventStore;

  /** Plays the session service: stores its events (real envelopes) and publishes them. */
  const publish = async (type: string, stream: string, data: Record<string, unknown>): Promise<RecordedEvent> => {
    const { schemaVersion } = integrationEvents.prepare(type, data);
    const { events } = await sessionStore.appendToStream(stream, [{ type, schemaVersion, data, actor: systemActor('session-test') }], { expectedRevision: 'any' });
    await bus.publish(topicOf(type), [toBusMessage(events[0])]);
    return events[0];
  };
  const accepted = (name: string, unitCode = 'P01') => publish('session.QuestionAccepted', `question-${q(name)}`, { questionId: q(name), sessionId, unitCode, at: '2026-04-23T02:00:00.000Z' });
  const answered = (name: string, answeredAt: string, live: boolean) =>
    publish('session.QuestionAnswered', `question-${q(name)}`, { questionId: q(name), sessionId, unitCode: 'P01', answeredAt, live });
  const deadlineOf = async (subjectId: string) => {
    await features.caughtUp();
    return (await features.readModel.deadlinesOfCase(subjectId))[0];
  };

  beforeAll(async () => {
    db = await server().open(uniqueName('deadline_session'));
    bus = new InProcessEventBus();
    clock = new AdjustableClock('2026-04-29T04:00:05Z');
    features = await startDeadlineFeatures(testServiceContext(db, bus), { clock, pollIntervalMs: 25, schema: db.schema, retry: { maxAttempts: 3, initialDelayMs: 10 } });
    sessionStore = new SqlEventStore(db.sql, { schema: `${db.schema}_routing` });
  });
  afterAll(async () => {
    await features.stop();
    await bus.close();
  });

  it('gives every accepted, unanswered question 5 working days after the session, across the holidays and the weekend', async () => {
    await accepted('live');
    await accepted('open');
    await accepted('assigned');
    await publish('session.QuestionAssigned', `question-${q('assigned')}`, { questionId: q('assigned'), sessionId, unitCode: 'C00070', at: '2026-04-23T03:00:00.000Z' });
    await answered('live', '2026-04-29T02:30:00.000Z', true);
    // Questions and sessions are separate streams: the live answer must be known before the end, or its limit is (rightly) scheduled and completed.
    await eventually('the questions and the live answer known', async () => (await features.caughtUp(), (await db.sql.query(`select 1 from ${db.schema}.session_questions where answered_at is not null or question_subject not like '%-live'`)).length === 3));
    await publish('session.SessionEnded', `session-${sessionId}`, { sessionId, hostUnitCode: 'P01', startsAt: '2026-04-29T02:00:00.000Z', endsAt: ENDED_AT, endedAt: ENDED_AT });

    const open = await eventually('the open question’s limit', () => deadlineOf(`question-${q('open')}`));
    expect(open).toMatchObject({ deadlineId: `question-${q('open')}:session_answer`, step: 'session_answer', unitCode: 'P01', status: 'running', triggeredAt: ENDED_AT, dueAt: ANSWER_DUE });
    expect(open.explanation.en).toContain('2026-05-08');
    expect(await eventually('the assigned question’s limit', () => deadlineOf(`question-${q('assigned')}`))).toMatchObject({ unitCode: 'C00070', dueAt: ANSWER_DUE });
    expect(await eventually('the report’s limit', () => deadlineOf(`session-${sessionId}`))).toMatchObject({ step: 'session_report', unitCode: 'P01', dueAt: REPORT_DUE });
    expect(await deadlineOf(`question-${q('live')}`)).toBeUndefined();
  });

  it('gives a question accepted after the end its limit from the end, and completes limits as answers come', async () => {
    await accepted('late');
    expect(await eventually('the late question’s limit', () => deadlineOf(`question-${q('late')}`))).toMatchObject({ triggeredAt: ENDED_AT, dueAt: ANSWER_DUE });
    await answered('open', '2026-05-06T02:00:00.000Z', false);
    expect(await eventually('the answer on time', async () => ((await deadlineOf(`question-${q('open')}`))?.status === 'completed' ? deadlineOf(`question-${q('open')}`) : undefined))).toMatchObject({
      onTime: true,
    });
  });

  it('cancels a merged duplicate’s limit', async () => {
    await accepted('duplicate');
    await publish('session.QuestionMerged', `question-${q('duplicate')}`, { questionId: q('duplicate'), sessionId, intoQuestionId: q('late'), at: '2026-05-04T02:00:00.000Z' });
    expect(await eventually('the duplicate cancelled', async () => ((await deadlineOf(`question-${q('duplicate')}`))?.status === 'cancelled' ? true : undefined))).toBe(true);
  });

  it('breaches the limit of a question still unanswered at 24:00 on 8 May', async () => {
    clock.set('2026-05-08T17:00:01Z');
    features.scheduler.wake();
    const breached = await eventually('the breach', async () => ((await deadlineOf(`question-${q('late')}`))?.breachedAt ? deadlineOf(`question-${q('late')}`) : undefined), 10_000);
    expect(breached).toMatchObject({ status: 'running', dueAt: ANSWER_DUE });
    expect((await features.readModel.overdue('P01', { limit: 200 })).items.map((d) => d.deadlineId)).toContain(`question-${q('late')}:session_answer`);
  });

  it('completes the report’s limit when the report is submitted', async () => {
    const totals = { received: 5, accepted: 5, answeredLive: 1, answeredAfterwards: 1, overdue: 1 };
    await publish('session.ResultsReportSubmitted', `session-${sessionId}`, { sessionId, hostUnitCode: 'P01', submittedAt: '2026-05-11T03:00:00.000Z', submittedBy: { officerId: 'h', unitCode: 'P01' }, totals });
    expect(await eventually('the report on time', async () => ((await deadlineOf(`session-${sessionId}`))?.status === 'completed' ? deadlineOf(`session-${sessionId}`) : undefined))).toMatchObject({ onTime: true });
  });
}

describe('session deadlines (embedded PGlite)', () => {
  const server = embeddedTestServer();
  afterAll(() => server.close());
  sessionDeadlinesSuite(() => server);
});

describeWithServer('session deadlines on PostgreSQL', 'postgres', (url) => {
  const server = postgresTestServer(url);
  afterAll(() => server.close());
  sessionDeadlinesSuite(() => server);
});
