import { readAuditArguments } from './audit-arguments';

describe('the audit tool’s command line', () => {
  it('reads verify, history and as-of against each kind of store', () => {
    expect(readAuditArguments(['verify', '--database-url', 'postgres://h/db', '--schema', 'intake_events'])).toEqual({
      ok: true,
      command: { kind: 'verify', streamId: null, store: { kind: 'postgres', databaseUrl: 'postgres://h/db', schema: 'intake_events' } },
    });
    expect(readAuditArguments(['verify', '--stream=report-1', '--eventstore-url=esdb://localhost:2113?tls=false'])).toMatchObject({
      ok: true,
      command: { kind: 'verify', streamId: 'report-1', store: { kind: 'eventstoredb', url: 'esdb://localhost:2113?tls=false' } },
    });
    expect(readAuditArguments(['history', '--stream', 'case-x', '--pglite', './data/platform', '--schema', 'routing_events'])).toMatchObject({
      ok: true,
      command: { kind: 'history', streamId: 'case-x', store: { kind: 'pglite', directory: './data/platform' } },
    });
    const asOf = readAuditArguments(['as-of', '--case', 'case-1', '--at', '2026-02-13T09:15:00+07:00', '--database-url', 'postgres://h/db']);
    expect(asOf).toMatchObject({ ok: true, command: { kind: 'as-of', caseId: 'case-1', store: { schema: 'routing_events' } } });
    expect(asOf.ok && asOf.command.kind === 'as-of' && asOf.command.at.toISOString()).toBe('2026-02-13T02:15:00.000Z');
  });

  it.each([
    [[], 'verify, history'],
    [['verify'], 'exactly one store'],
    [['verify', '--database-url', 'postgres://h/db'], '--schema'],
    [['verify', '--database-url', 'postgres://h/db', '--schema', 'x; drop table y'], '--schema'],
    [['verify', '--database-url', 'postgres://h/db', '--eventstore-url', 'esdb://x', '--schema', 'a'], 'exactly one store'],
    [['history', '--database-url', 'postgres://h/db', '--schema', 'a'], '--stream'],
    [['as-of', '--case', 'c', '--at', '13/02/2026', '--database-url', 'postgres://h/db'], 'ISO 8601'],
    [['as-of', '--case', 'c', '--at', '2026-02-13T09:15:00', '--database-url', 'postgres://h/db'], 'offset'],
    [['verify', '--database-url', 'postgres://h/db', '--schema', 'a', '--force', 'yes'], '--force'],
    [['verify', '--stream'], 'needs a value'],
  ])('refuses %j, saying what is wrong in Vietnamese and English', (argv, english) => {
    const parsed = readAuditArguments(argv);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem.en).toContain(english);
    expect(!parsed.ok && parsed.problem.vi.length).toBeGreaterThan(5);
  });
});
