import type { EventStore } from '@hotline/platform-event-store';
import { describeWithServer, uniqueName } from '@hotline/platform-testing';
import { CaseRuleViolation, HotlineDirectory, type CaseCommand } from '@hotline/routing-domain';
import { CaseRepository } from './case-repository';
import { embeddedTestServer, postgresTestServer, type TestDatabase, type TestDatabaseServer } from './fixtures/routing-test-database';
import { caseStreamId } from './stored-case-event';

const directory = HotlineDirectory.fromReferenceData();
const directories = { directory: async () => directory };
const system = { kind: 'system', id: 'routing-test' } as const;
const head = { kind: 'officer', officerId: 'head-P01', role: 'unit_head', unitCode: 'P01' } as const;
const now = '2026-03-02T03:00:00Z';

const open = (caseId: string): CaseCommand => ({
  type: 'OpenCase',
  actor: system,
  data: { caseId, reportId: `r-${caseId}`, receivingUnit: 'P01', provinceCode: '01', communeCode: null, pollutionType: 'noise', nature: 'continuous', urgent: false, legalTrack: 'pollution', receivedAt: now, now },
});
const linkReport = (reportId: string): CaseCommand => ({ type: 'LinkReport', actor: system, data: { reportId, now } });

/** A store whose appends first let `competitor` write to the same stream, as a racing replica would. */
function contendedStore(inner: EventStore, competitor: (attempt: number) => Promise<void>): EventStore & { attempts: number } {
  const contended = Object.assign(Object.create(inner) as EventStore, {
    attempts: 0,
    appendToStream: async (...args: Parameters<EventStore['appendToStream']>) => {
      contended.attempts += 1;
      await competitor(contended.attempts);
      return inner.appendToStream(...args);
    },
  });
  return contended;
}

function repositorySuite(server: () => TestDatabaseServer): void {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await server().open(uniqueName('routing_repo'));
  });

  it('keeps each case in stream case-<caseId>, events prefixed routing.', async () => {
    const caseId = uniqueName('c');
    const handled = await new CaseRepository(db.store, directories).handle(caseId, open(caseId));
    expect(handled.state).toMatchObject({ status: 'received', currentUnit: 'P01' });
    const [stored] = await db.store.readStream(caseStreamId(caseId));
    expect(stored).toMatchObject({ type: 'routing.CaseOpened', streamId: `case-${caseId}`, actor: { kind: 'system', id: 'routing-test' }, occurredAt: '2026-03-02T03:00:00.000Z' });
  });

  it('decides again on the new state when another writer appended first', async () => {
    const caseId = uniqueName('c');
    const plain = new CaseRepository(db.store, directories);
    await plain.handle(caseId, open(caseId));
    const store = contendedStore(db.store, async (attempt) => {
      if (attempt === 1) await plain.handle(caseId, linkReport('dup-1'));
    });

    const handled = await new CaseRepository(store, directories).handle(caseId, linkReport('dup-2'));

    expect(store.attempts).toBe(2);
    expect(handled.state).toMatchObject({ linkedReportIds: ['dup-1', 'dup-2'] });
    expect((await db.store.readStream(caseStreamId(caseId))).map((e) => e.type)).toEqual(['routing.CaseOpened', 'routing.ReportLinked', 'routing.ReportLinked']);
  });

  it('gives up after three retries when the stream keeps moving', async () => {
    const caseId = uniqueName('c');
    const plain = new CaseRepository(db.store, directories);
    await plain.handle(caseId, open(caseId));
    const store = contendedStore(db.store, (attempt) => plain.handle(caseId, linkReport(`race-${attempt}`)).then(() => undefined));

    await expect(new CaseRepository(store, directories).handle(caseId, linkReport('mine'))).rejects.toMatchObject({ name: 'WrongExpectedRevisionError' });
    expect(store.attempts).toBe(4);
  });

  it('lets a rule violation through unchanged, and appends nothing', async () => {
    const caseId = uniqueName('c');
    const repository = new CaseRepository(db.store, directories);
    await repository.handle(caseId, open(caseId));

    const error = await repository.handle(caseId, { type: 'CloseCase', actor: head, data: { now } }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CaseRuleViolation);
    expect((error as CaseRuleViolation).code).toBe('invalid_state');
    expect(await db.store.readStream(caseStreamId(caseId))).toHaveLength(1);
  });
}

describe('case repository on PGlite', () => {
  const server = embeddedTestServer();
  afterAll(() => server.close());
  repositorySuite(() => server);
});

describeWithServer('case repository on PostgreSQL', 'postgres', (url) => {
  const server = postgresTestServer(url);
  afterAll(() => server.close());
  repositorySuite(() => server);
});
