import type { Actor } from '@hotline/contracts-events';
import { defaultSlaPolicy, type SlaPolicyDefinition } from '@hotline/deadline-domain';
import { describeWithServer, uniqueName } from '@hotline/platform-testing';
import { vietnamHolidays2024To2027 } from '@hotline/reference-data';
import { CALENDAR_SEED_ACTOR, CalendarTable, InvalidCalendarExceptionError, type CalendarExceptionInput } from './calendar-table';
import { embeddedTestServer, postgresTestServer, type TestDatabaseServer } from './fixtures/test-database';
import { SLA_POLICY_SEED_ACTOR, SlaPolicyTable } from './sla-policy-table';

const admin: Actor = { kind: 'officer', id: 'admin-01', unitCode: 'BTNMT' };

// Ngày Văn hóa Việt Nam is seeded as 'uncertain' (pending legislation); here it becomes law.
const cultureDay2026: CalendarExceptionInput = {
  date: '2026-11-24',
  kind: 'holiday',
  isWorkingDay: 'no',
  nameVi: 'Ngày Văn hóa Việt Nam',
  nameEn: 'Vietnam Culture Day',
  status: 'official',
  source: 'Bộ luật Lao động sửa đổi (giả định cho kiểm thử)',
};

function calendarTableSuite(server: TestDatabaseServer): void {
  it('seeds every reference row once, however often it starts', async () => {
    const { sql, schema } = await server.open(uniqueName('calendar'));
    const table = new CalendarTable(sql, schema);
    await table.migrate();
    await table.migrate();
    await new CalendarTable(sql, schema).migrate();

    const [{ count }] = await sql.query<{ count: number }>(`select count(*)::int8 as count from ${schema}.calendar_exceptions`);
    expect(count).toBe(vietnamHolidays2024To2027().length);
    const tet = (await table.year(2026)).filter((row) => row.date >= '2026-02-14' && row.date <= '2026-02-22');
    expect(tet.map((row) => row.date)).toEqual(expect.arrayContaining(['2026-02-16', '2026-02-20']));
    expect(tet.every((row) => row.updatedBy === CALENDAR_SEED_ACTOR)).toBe(true);
    expect((await table.load()).coverage()).toEqual({ firstYear: 2024, lastYear: 2027 });
  });

  it("keeps an administrator's edit when the seed runs again, and counts with it at once", async () => {
    const { sql, schema } = await server.open(uniqueName('calendar'));
    const table = new CalendarTable(sql, schema);
    await table.migrate();
    expect((await table.load()).isWorkingDay('2026-11-24')).toBe(true);

    const stored = await table.upsert(cultureDay2026, admin);
    expect(stored).toMatchObject({ ...cultureDay2026, updatedBy: 'officer:admin-01' });
    expect((await table.load()).isWorkingDay('2026-11-24')).toBe(false);

    // A restart re-runs the seed; another replica's cached calendar notices the change too.
    const restarted = new CalendarTable(sql, schema);
    await restarted.migrate();
    expect((await restarted.year(2026)).find((row) => row.date === '2026-11-24')).toMatchObject({ isWorkingDay: 'no', status: 'official', updatedBy: 'officer:admin-01' });
    expect((await restarted.load()).isWorkingDay('2026-11-24')).toBe(false);
  });

  it('lets an administrator enter a new year, which extends the coverage', async () => {
    const { sql, schema } = await server.open(uniqueName('calendar'));
    const table = new CalendarTable(sql, schema);
    await table.migrate();
    const replica = new CalendarTable(sql, schema);
    expect((await replica.load()).covers('2028-01-03')).toBe(false);
    await table.upsert({ ...cultureDay2026, date: '2028-01-01', nameVi: 'Tết Dương lịch', nameEn: "New Year's Day", status: 'official' }, admin);
    expect((await replica.load()).coverage()).toEqual({ firstYear: 2024, lastYear: 2028 });
  });

  it('rejects a malformed row and writes nothing', async () => {
    const { sql, schema } = await server.open(uniqueName('calendar'));
    const table = new CalendarTable(sql, schema);
    await table.migrate();
    const bad = { ...cultureDay2026, date: '2026-02-30', isWorkingDay: 'maybe' } as unknown as CalendarExceptionInput;
    const error = await table.upsert(bad, admin).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidCalendarExceptionError);
    expect((error as InvalidCalendarExceptionError).issues.map((i) => i.field)).toEqual(['date', 'isWorkingDay']);
    expect((await table.year(2026)).find((row) => row.date === '2026-11-24')?.isWorkingDay).toBe('uncertain');
  });

  it('replaces a year’s table as its next version, which new deadlines count with at once', async () => {
    const { sql, schema } = await server.open(uniqueName('calendar'));
    const table = new CalendarTable(sql, schema);
    await table.migrate();
    expect(await table.calendarYear(2028)).toEqual({ year: 2028, version: null, updatedBy: null, updatedAt: null, days: [] });
    expect((await table.calendarYear(2026)).version).toBe(1);

    const source = 'Quyết định của Thủ tướng (giả định cho kiểm thử)';
    const replaced = await table.replaceYear(
      {
        year: 2028,
        daysOff: [
          { date: '2028-01-01', nameVi: 'Tết Dương lịch', nameEn: "New Year's Day", source },
          { date: '2028-01-03', kind: 'swapped_day_off', nameVi: 'Nghỉ hoán đổi', nameEn: 'Swapped day off', source },
        ],
        workingDays: [{ date: '2028-01-08', nameVi: 'Làm bù', nameEn: 'Make-up Saturday', source }],
      },
      admin,
    );
    expect(replaced.ok && replaced.calendar).toMatchObject({ year: 2028, version: 1, updatedBy: 'officer:admin-01', days: [{ date: '2028-01-01' }, { date: '2028-01-03' }, { date: '2028-01-08', kind: 'makeup_workday', source }] });
    const calendar = await table.load();
    expect([calendar.isWorkingDay('2028-01-03'), calendar.isWorkingDay('2028-01-08')]).toEqual([false, true]);

    const again = await table.replaceYear({ year: 2028, daysOff: [{ date: '2028-01-01', nameVi: 'Tết Dương lịch', nameEn: "New Year's Day", source }], workingDays: [] }, admin);
    expect(again.ok && [again.calendar.version, again.calendar.days.map((d) => d.date)]).toEqual([2, ['2028-01-01']]);
    expect((await table.load()).isWorkingDay('2028-01-03')).toBe(true);
  });

  it('refuses a year with field errors and writes nothing', async () => {
    const { sql, schema } = await server.open(uniqueName('calendar'));
    const table = new CalendarTable(sql, schema);
    await table.migrate();
    const before = await table.calendarYear(2027);
    const refused = await table.replaceYear({ year: 2027, daysOff: [{ date: '2027-13-01', nameVi: 'x', nameEn: 'x', source: 's' }], workingDays: [] }, admin);
    expect(refused.ok ? [] : refused.issues.map((i) => i.field)).toEqual(['daysOff.0.date']);
    expect(await table.calendarYear(2027)).toEqual(before);
  });
}


/** Version 2: the ministry shortens handling to 10 working days from 1 July 2026. */
function version2(): SlaPolicyDefinition {
  const v1 = defaultSlaPolicy().toDefinition();
  return { ...v1, version: 2, effectiveFrom: '2026-07-01', rules: { ...v1.rules, handle: { ...v1.rules.handle, limit: { unit: 'working_days', amount: 10, warnBeforeHours: 48 } } } };
}

function slaPolicyTableSuite(server: TestDatabaseServer): void {
  async function openTable(): Promise<SlaPolicyTable> {
    const { sql, schema } = await server.open(uniqueName('policy'));
    const table = new SlaPolicyTable(sql, schema);
    await table.migrate();
    await table.migrate();
    return table;
  }

  it('is seeded once with the default policy as version 1', async () => {
    const table = await openTable();
    const versions = await table.versions();
    expect(versions).toHaveLength(1);
    expect(versions[0].createdBy).toBe(SLA_POLICY_SEED_ACTOR);
    expect(versions[0].policy.toDefinition()).toEqual(defaultSlaPolicy().toDefinition());
    expect((await table.current('2026-02-13T03:00:00Z')).version).toBe(1);
  });

  it('rejects an invalid version with field-level reasons in both languages, and writes nothing', async () => {
    const table = await openTable();
    const invalid = { ...version2(), version: 3, rules: { ...version2().rules, verify: { ...version2().rules.verify, limit: { unit: 'working_days', amount: -5, warnBeforeHours: 30 } } } };

    const result = await table.publish(invalid, admin);

    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((issue) => issue.field)).toEqual(['rules.verify.limit.amount']);
    expect(issues[0].message.vi).toContain('phải là số dương');
    expect(issues[0].message.en).toContain('must be positive');
    expect(await table.versions()).toHaveLength(1);
  });

  it('rejects a version that skips a number or takes effect before its predecessor', async () => {
    const table = await openTable();
    const result = await table.publish({ ...version2(), version: 3, effectiveFrom: '2023-12-31' }, admin);
    expect(result.ok ? [] : result.issues.map((issue) => issue.field)).toEqual(['version', 'effectiveFrom']);
    expect(await table.versions()).toHaveLength(1);
  });

  it('stores an accepted version, which applies from its effective date in Vietnam time', async () => {
    const table = await openTable();
    const result = await table.publish(version2(), admin);
    expect(result.ok && result.policy.version).toBe(2);

    expect((await table.versions()).map((v) => [v.policy.version, v.createdBy])).toEqual([
      [1, SLA_POLICY_SEED_ACTOR],
      [2, 'officer:admin-01'],
    ]);
    // 23:59:59 on 30 June in Hà Nội is still version 1; midnight (17:00 UTC) is version 2.
    expect((await table.current('2026-06-30T16:59:59Z')).version).toBe(1);
    expect((await table.current('2026-06-30T17:00:00Z')).version).toBe(2);
    expect((await table.current(new Date('2026-07-02T00:00:00Z'))).limitFor('handle').amount).toBe(10);
    // Publishing the same version twice is a succession error, not a second row.
    expect((await table.publish(version2(), admin)).ok).toBe(false);
  });

  it('publishes submitted rows as the next version, filling in the default warning', async () => {
    const table = await openTable();
    const rules = Object.entries(defaultSlaPolicy().rules).map(([step, rule]) => ({ ...rule, step }));
    const withoutWarning = rules.map((rule) => (rule.step === 'handle' ? { ...rule, limit: { unit: 'working_days' as const, amount: 10 } } : rule));
    const published = await table.publishNext({ rules: withoutWarning, effectiveFrom: '2026-12-01' }, admin, '2026-11-23');
    expect(published.ok && [published.policy.version, published.policy.effectiveFrom, published.policy.limitFor('handle')]).toEqual([
      2,
      '2026-12-01',
      { unit: 'working_days', amount: 10, warnBeforeHours: 60 },
    ]);
  });

  it('refuses rows listed twice, a past effective date and a bad limit, all at once, and writes nothing', async () => {
    const table = await openTable();
    const rules = Object.entries(defaultSlaPolicy().rules).map(([step, rule]) => ({ ...rule, step }));
    const bad = [...rules.map((rule) => (rule.step === 'verify' ? { ...rule, limit: { unit: 'working_days' as const, amount: 0 } } : rule)), { ...rules[0] }];
    const refused = await table.publishNext({ rules: bad, effectiveFrom: '2026-11-22' }, admin, '2026-11-23');
    expect(refused.ok ? [] : refused.issues.map((i) => i.field)).toEqual(['rules.enter', 'effectiveFrom', 'rules.verify.limit.amount']);
    expect(await table.versions()).toHaveLength(1);
  });
}

/** The tables administrators maintain: the working-day calendar (W1) and the SLA policy versions (H10). */
function administeredTablesSuite(server: TestDatabaseServer): void {
  describe('CalendarTable', () => calendarTableSuite(server));
  describe('SlaPolicyTable', () => slaPolicyTableSuite(server));
}

describe('administered tables on PGlite', () => {
  const server = embeddedTestServer();
  afterAll(() => server.close());
  administeredTablesSuite(server);
});

describeWithServer('administered tables on PostgreSQL', 'postgres', (url) => {
  const server = postgresTestServer(url);
  afterAll(() => server.close());
  administeredTablesSuite(server);
});
