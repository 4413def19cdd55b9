import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Actor } from '@hotline/contracts-events';
import { verifyStore, verifyStream, type RecordedEvent } from '@hotline/platform-event-store';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import type { SqlClient } from '@hotline/platform-sql';
import { PgSqlClient } from '@hotline/platform-sql/pg';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import { describeWithServer, uniqueName } from '@hotline/platform-testing';
import { CaseRepository } from '@hotline/routing-application';
import { HotlineDirectory } from '@hotline/routing-domain';
import type { AuditCommand, StoreLocation } from './audit-arguments';
import { runAuditCommand } from './audit-command';

const root = path.resolve(__dirname, '../../..');
const operator: Actor = { kind: 'officer', id: 'op-hn', unitCode: 'P01' };
const citizen: Actor = { kind: 'citizen', id: 'public' };

/** A report's events as intake appends them, and a second report's, in one service schema. */
async function appendReports(store: SqlEventStore): Promise<RecordedEvent[]> {
  const first = await store.appendToStream(
    'report-r1',
    [{ type: 'intake.ReportReceived', data: { reportId: 'r1', trackingCode: 'PA-AAAA-BBBB', content: { description: 'Nước thải đổ ra hồ' } }, actor: citizen }],
    { expectedRevision: 'no_stream' },
  );
  const later = await store.appendToStream(
    'report-r1',
    [
      { type: 'intake.ReportClassified', data: { reportId: 'r1', pollutionType: 'wastewater', urgent: false }, actor: operator },
      { type: 'intake.ReportAccepted', data: { reportId: 'r1', provinceCode: '01' }, actor: operator },
    ],
    { expectedRevision: 0 },
  );
  const other = await store.appendToStream('report-r2', [{ type: 'intake.ReportReceived', data: { reportId: 'r2' }, actor: citizen }], { expectedRevision: 'no_stream' });
  return [...first.events, ...later.events, ...other.events];
}

/** Edits one event behind the store's back, as an intruder with database access would. */
const tamper = (sql: SqlClient, schema: string, eventId: string) =>
  sql.query(`update ${schema}.events set data = jsonb_set(data, '{urgent}', 'true'::jsonb) where event_id = $1`, [eventId]);

async function run(command: AuditCommand, store: SqlEventStore) {
  const printed: string[] = [];
  const progress: string[] = [];
  const code = await runAuditCommand(command, store, { print: (l) => printed.push(l), progress: (l) => progress.push(l) });
  return { code, printed: printed.join('\n'), progress };
}

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'tools/audit/run.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The tamper test of issue 4 on one database: the verifier, library and tool, names exactly the edited event. */
function tamperSuite(open: () => Promise<{ sql: SqlClient; schema: string; location: StoreLocation; cliArgs: () => string[]; dispose(): Promise<void> }>, viaCli: boolean) {
  let sql: SqlClient;
  let schema: string;
  let location: StoreLocation;
  let cliArgs: () => string[];
  let dispose: () => Promise<void>;
  let store: SqlEventStore;
  let events: RecordedEvent[];

  beforeAll(async () => {
    ({ sql, schema, location, cliArgs, dispose } = await open());
    store = new SqlEventStore(sql, { schema });
    events = await appendReports(store);
  });
  afterAll(() => dispose());

  it('finds every chain intact before anyone touches the table', async () => {
    expect(await verifyStore(store)).toEqual({ intact: true, streams: 2, events: 4 });
    expect(await run({ kind: 'verify', store: location, streamId: null }, store)).toMatchObject({ code: 0, printed: expect.stringContaining('2 luồng / streams, 4 sự kiện / events') });
  });

  it('names the one event whose data was changed with SQL: its stream, revision and id, in the library and the tool', async () => {
    const edited = events[1];
    await tamper(sql, schema, edited.eventId);
    const expected = { streamId: 'report-r1', streamRevision: 1, eventId: edited.eventId, globalPosition: edited.globalPosition, problem: 'hash_mismatch' };
    expect(await verifyStream(store, 'report-r1')).toEqual({ intact: false, streams: 1, events: 2, brokenAt: expected });
    expect(await verifyStore(store)).toMatchObject({ intact: false, brokenAt: expected });
    expect(await verifyStream(store, 'report-r2')).toEqual({ intact: true, streams: 1, events: 1 });

    const whole = await run({ kind: 'verify', store: location, streamId: null }, store);
    expect(whole.code).toBe(1);
    expect(whole.printed).toContain(`stream report-r1, revision 1, event ${edited.eventId}, position ${edited.globalPosition}`);
    expect(whole.printed).toContain('hash_mismatch');
    expect(whole.printed).not.toContain(events[0].eventId);
    expect((await run({ kind: 'verify', store: location, streamId: 'report-r2' }, store)).code).toBe(0);
  });

  if (viaCli) {
    it('and so does `npm run audit -- verify`, with progress on stderr and exit code 1', async () => {
      const edited = events[1];
      const whole = cli('verify', ...cliArgs());
      expect({ code: whole.code, stderr: whole.stderr }).toEqual({ code: 1, stderr: expect.stringContaining('… 2 sự kiện / events') });
      expect(whole.stdout).toContain(`stream report-r1, revision 1, event ${edited.eventId}`);
      const one = cli('verify', '--stream', 'report-r1', ...cliArgs());
      expect(one.code).toBe(1);
      expect(one.stdout).toContain(edited.eventId);
      expect(cli('verify', '--stream', 'report-r2', ...cliArgs()).code).toBe(0);
      const history = cli('history', '--stream', 'report-r1', ...cliArgs());
      expect(history.code).toBe(0);
      expect(history.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { type: string }).type)).toEqual(['intake.ReportReceived', 'intake.ReportClassified', 'intake.ReportAccepted']);
    }, 180_000);
  }
}

describe('audit tool: a tampered event on PGlite (in process)', () => {
  tamperSuite(async () => {
    const sql = await PGliteSqlClient.open();
    return { sql, schema: 'intake_events', location: { kind: 'pglite', directory: '(memory)', schema: 'intake_events' }, cliArgs: () => [], dispose: () => sql.close() };
  }, false);
});

describeWithServer('audit tool: a tampered event on PostgreSQL', 'postgres', (url) => {
  tamperSuite(async () => {
    const schema = uniqueName('audit_events');
    const sql = new PgSqlClient({ connectionString: url });
    return {
      sql,
      schema,
      location: { kind: 'postgres', databaseUrl: url, schema },
      cliArgs: () => ['--database-url', url, '--schema', schema],
      dispose: async () => {
        await sql.exec(`drop schema if exists ${schema} cascade`);
        await sql.close();
      },
    };
  }, true);
});

describe('audit tool: offline on the embedded PGlite files, and a case replayed as of an instant', () => {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'audit-pglite-'));
  let edited: RecordedEvent;
  const opened = '2026-02-13T02:00:00.000Z';
  const classified = '2026-02-13T03:00:00.000Z';

  beforeAll(async () => {
    const sql = await PGliteSqlClient.open(directory);
    edited = (await appendReports(new SqlEventStore(sql, { schema: 'intake_events' })))[2];
    await tamper(sql, 'intake_events', edited.eventId);
    // A case as routing records it, through the case lifecycle, at two known instants.
    let now = new Date(opened);
    const routingStore = new SqlEventStore(sql, { schema: 'routing_events', now: () => now });
    const cases = new CaseRepository(routingStore, { directory: async () => HotlineDirectory.fromReferenceData() });
    const reported = { pollutionType: 'wastewater', nature: 'continuous', urgent: false, legalTrack: 'pollution' } as const;
    await cases.handle('case-r1', {
      type: 'OpenCase',
      actor: { kind: 'system', id: 'routing' },
      data: { caseId: 'case-r1', reportId: 'r1', receivingUnit: 'P01', provinceCode: '01', communeCode: '00004', ...reported, receivedAt: opened, now: opened },
    });
    now = new Date(classified);
    await cases.handle('case-r1', {
      type: 'ClassifyCase',
      actor: { kind: 'officer', officerId: 'op-hn', role: 'operator', unitCode: 'P01' },
      data: { ...reported, severity: 'serious', interProvincial: false, now: classified },
    });
    await sql.close();
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('names the edited event from the files of a stopped platform', () => {
    const result = cli('verify', '--pglite', directory, '--schema', 'intake_events');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`stream report-r1, revision 2, event ${edited.eventId}`);
    expect(cli('verify', '--pglite', directory, '--schema', 'routing_events').code).toBe(0);
    expect(cli('verify', '--pglite', directory, '--schema', 'nowhere_events')).toMatchObject({ code: 2, stderr: expect.stringContaining('no event store in schema nowhere_events') });
  }, 180_000);

  it('replays the case from its events as it stood before, between and after its two events', () => {
    const asOf = (at: string) => {
      const result = cli('as-of', '--case', 'case-r1', '--at', at, '--pglite', directory);
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout) as { eventsApplied: number; state: { status: string; currentUnit?: string; classification?: { severity: string } | null } };
    };
    expect(asOf('2026-02-13T08:59:59+07:00')).toMatchObject({ eventsApplied: 0, state: { status: 'not_opened' } });
    expect(asOf('2026-02-13T09:30:00+07:00')).toMatchObject({ eventsApplied: 1, state: { status: 'received', currentUnit: 'P01', classification: null } });
    expect(asOf('2026-02-13T10:00:00+07:00')).toMatchObject({ eventsApplied: 2, state: { status: 'classified', classification: { severity: 'serious' } } });
    expect(cli('as-of', '--case', 'case-none', '--at', '2026-02-13T10:00:00+07:00', '--pglite', directory).code).toBe(1);
  }, 180_000);
});
