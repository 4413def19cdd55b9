import { systemActor } from '@hotline/contracts-events';
import { defaultSlaPolicy, type SlaStep } from '@hotline/deadline-domain';
import { describeWithServer, uniqueName } from '@hotline/platform-testing';
import { CalendarTable } from './calendar-table';
import { CaseFacts } from './case-facts';
import { DeadlineReadModel } from './deadline-read-model';
import { DeadlineRepository } from './deadline-repository';
import { embeddedTestServer, postgresTestServer, type TestDatabase, type TestDatabaseServer } from './fixtures/test-database';
import { InvalidCursorError } from '@hotline/platform-sql';

const metadata = { actor: systemActor('deadline-test') };

function readModelSuite(server: TestDatabaseServer): void {
  let db: TestDatabase;
  let repository: DeadlineRepository;
  let cases: CaseFacts;
  let readModel: DeadlineReadModel;
  const project = async () => readModel.apply(await db.store.readAll({ after: 0, maxCount: 100_000 }));
  const assign = (caseId: string, unitCode: string) =>
    db.sql.transaction(async (tx) => {
      await cases.recordUnit(tx, caseId, unitCode);
      await readModel.assignUnit(tx, caseId, unitCode);
    });
  const schedule = async (caseId: string, triggeredAt: string, step: SlaStep = 'accept') => {
    const deadlineId = `${caseId}:${step}`;
    await repository.handle(deadlineId, { type: 'ScheduleDeadline', data: { deadlineId, subjectId: caseId, step, triggeredAt, now: triggeredAt, policy: defaultSlaPolicy() } }, metadata);
    return deadlineId;
  };
  const tick = (deadlineId: string, now: string) => repository.handle(deadlineId, { type: 'Tick', data: { now } }, metadata);

  beforeAll(async () => {
    db = await server.open(uniqueName('read_model'));
    const calendar = new CalendarTable(db.sql, db.schema);
    await calendar.migrate();
    repository = new DeadlineRepository(db.store, calendar);
    cases = new CaseFacts(db.sql, db.schema);
    readModel = new DeadlineReadModel(db.sql, db.processed, db.schema);
    await readModel.migrate();
  });

  it('projects each deadline once, under the unit of its case, even when events are redelivered', async () => {
    const caseId = uniqueName('case');
    await assign(caseId, 'STNMT-01');
    const accept = await schedule(caseId, '2026-03-02T03:00:00Z');
    await project();
    const whole = await schedule(caseId, '2026-03-02T03:00:00Z', 'whole_case');
    await tick(accept, '2026-03-03T17:00:00Z');
    await project();
    await project();

    const [acceptView, wholeView] = await readModel.deadlinesOfCase(caseId);
    expect(acceptView).toMatchObject({ deadlineId: accept, step: 'accept', unitCode: 'STNMT-01', status: 'running', dueAt: '2026-03-03T17:00:00.000Z', breachedAt: '2026-03-03T17:00:00.000Z', policyVersion: 1 });
    expect(acceptView.explanation.vi).toContain('03/03/2026');
    expect(wholeView).toMatchObject({ deadlineId: whole, unitCode: 'STNMT-01', breachedAt: null });

    // Escalation moves the open deadlines; the completed one stays with the unit that had it.
    await repository.handle(accept, { type: 'CompleteDeadline', data: { now: '2026-03-04T01:00:00Z' } }, metadata);
    await project();
    await assign(caseId, 'BTNMT');
    expect((await readModel.deadlinesOfCase(caseId)).map((d) => [d.step, d.unitCode, d.status, d.onTime])).toEqual([
      ['accept', 'STNMT-01', 'completed', false],
      ['whole_case', 'BTNMT', 'running', null],
    ]);
  });

  it('pages through a unit’s overdue deadlines in due order, ties broken by id', async () => {
    const unit = uniqueName('unit');
    // Accept = 1 working day: triggered Mon 2 … Thu 5 March, due at 24:00 the next day.
    const triggers = ['2026-03-02T03:00:00Z', '2026-03-03T03:00:00Z', '2026-03-04T03:00:00Z', '2026-03-04T04:00:00Z', '2026-03-05T03:00:00Z'];
    const ids: string[] = [];
    for (const [n, triggeredAt] of triggers.entries()) {
      const caseId = `${unit}-case-${n}`;
      await assign(caseId, unit);
      ids.push(await schedule(caseId, triggeredAt));
    }
    for (const id of ids) await tick(id, '2026-03-10T00:00:00Z');
    const closed = await schedule(`${unit}-case-closed`, '2026-03-02T03:00:00Z');
    await assign(`${unit}-case-closed`, unit);
    await repository.handle(closed, { type: 'CompleteDeadline', data: { now: '2026-03-02T05:00:00Z' } }, metadata);
    await project();

    const first = await readModel.overdue(unit, { limit: 2 });
    const second = await readModel.overdue(unit, { limit: 2, after: first.nextCursor });
    const third = await readModel.overdue(unit, { limit: 2, after: second.nextCursor });

    const tied = [ids[2], ids[3]].sort();
    expect([first, second, third].map((page) => page.items.map((d) => d.deadlineId))).toEqual([[ids[0], ids[1]], tied, [ids[4]]]);
    expect(third.nextCursor).toBeNull();
    expect(first.items.map((d) => d.dueAt)).toEqual(['2026-03-03T17:00:00.000Z', '2026-03-04T17:00:00.000Z']);
    expect((await readModel.overdue('no-such-unit')).items).toEqual([]);
  });

  it('pages through what falls due within the next hours', async () => {
    const unit = uniqueName('unit');
    // Due Tue 10, Wed 11, Thu 12 and Mon 16 March at 24:00 (17:00 UTC).
    const triggers = ['2026-03-09T03:00:00Z', '2026-03-10T03:00:00Z', '2026-03-11T03:00:00Z', '2026-03-13T03:00:00Z'];
    for (const [n, triggeredAt] of triggers.entries()) {
      await assign(`${unit}-case-${n}`, unit);
      await schedule(`${unit}-case-${n}`, triggeredAt);
    }
    await project();
    const now = new Date('2026-03-10T00:00:00Z');

    const within48 = await readModel.dueSoon(unit, 48, now, { limit: 1 });
    const next = await readModel.dueSoon(unit, 48, now, { limit: 1, after: within48.nextCursor });
    expect([...within48.items, ...next.items].map((d) => d.dueAt)).toEqual(['2026-03-10T17:00:00.000Z', '2026-03-11T17:00:00.000Z']);
    expect(next.nextCursor).toBeNull();
    expect((await readModel.dueSoon(unit, 24 * 7, now)).items).toHaveLength(4);
    expect(() => readModel.dueSoon(unit, 0, now)).toThrow(RangeError);
    await expect(readModel.dueSoon(unit, 48, now, { after: 'not-a-cursor' })).rejects.toBeInstanceOf(InvalidCursorError);
  });
}

describe('DeadlineReadModel on PGlite', () => {
  const server = embeddedTestServer();
  afterAll(() => server.close());
  readModelSuite(server);
});

describeWithServer('DeadlineReadModel on PostgreSQL', 'postgres', (url) => {
  const server = postgresTestServer(url);
  afterAll(() => server.close());
  readModelSuite(server);
});
