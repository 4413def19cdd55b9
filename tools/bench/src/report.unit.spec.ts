import { formatLocalTime, formatRate, formatRatio, ratio, renderMachine, renderReport, renderTable, type Comparison } from './report';

const pglite: Comparison = {
  measurement: 'event-store append, 1 event/call',
  adapter: 'PGlite',
  adapterRate: 1234.4,
  baseline: 'plain INSERT (PGlite)',
  baselineRate: 4937.6,
  unit: 'events/s',
};

describe('ratio', () => {
  it('is the adapter rate over the baseline rate', () => {
    expect(ratio(1234.4, 4937.6)).toBeCloseTo(0.25, 5);
    expect(ratio(300, 200)).toBe(1.5);
  });

  it('is not a number when there is no baseline to compare with', () => {
    expect(ratio(100, 0)).toBeNaN();
    expect(formatRatio(ratio(100, 0))).toBe('n/a');
  });
});

describe('formatting', () => {
  it('writes ratios with two significant digits below 1 and two decimals above', () => {
    expect(formatRatio(0.25)).toBe('0.25×');
    expect(formatRatio(0.0712)).toBe('0.071×');
    expect(formatRatio(1.349)).toBe('1.35×');
    expect(formatRatio(12.4)).toBe('12×');
  });

  it('writes rates as whole numbers with thousands separators, small ones with a decimal', () => {
    expect(formatRate(1853891.2, 'msgs/s')).toBe('1,853,891 msgs/s');
    expect(formatRate(42.25, 'events/s')).toBe('42.3 events/s');
  });

  it('writes the date in Vietnam time', () => {
    expect(formatLocalTime(new Date('2026-02-13T17:30:00Z'))).toBe('2026-02-14 00:30');
  });
});

describe('the report', () => {
  const machine = { cores: 8, cpuModel: 'Test CPU', nodeVersion: 'v24.0.0', platform: 'linux x64', date: new Date('2026-02-14T00:00:00Z') };

  it('is a Markdown table with the ratio of each row', () => {
    expect(renderTable([pglite]).split('\n')).toEqual([
      '| measurement | adapter | adapter rate | raw baseline | baseline rate | ratio |',
      '| --- | --- | --- | --- | --- | --- |',
      '| event-store append, 1 event/call | PGlite | 1,234 events/s | plain INSERT (PGlite) | 4,938 events/s | 0.25× |',
    ]);
  });

  it('names the machine, then lists what was skipped or failed', () => {
    expect(renderMachine(machine)).toBe('Machine: 8 cores (Test CPU), Node v24.0.0, linux x64 · 2026-02-14 07:00 (Asia/Ho_Chi_Minh)');
    const text = renderReport({
      comparisons: [pglite],
      skips: [{ subject: 'EventStoreDB', reason: 'EVENTSTORE_URL is not set' }],
      failures: [{ subject: 'Kafka (event-bus publish→consume)', message: 'broker went away' }],
      machine,
    });
    expect(text).toContain('\nEventStoreDB: skipped — EVENTSTORE_URL is not set\n');
    expect(text).toContain('\nKafka (event-bus publish→consume): FAILED — broker went away\n');
  });

  it('says so when nothing finished rather than print an empty table', () => {
    expect(renderReport({ comparisons: [], skips: [], failures: [], machine }).startsWith('No measurement finished.\n')).toBe(true);
  });
});
