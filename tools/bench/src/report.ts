/** One row of the result: an adapter's rate beside the raw baseline measured in the same run. */
export interface Comparison {
  measurement: string;
  adapter: string;
  adapterRate: number;
  baseline: string;
  baselineRate: number;
  /** What the rates count per second, e.g. "events/s". */
  unit: string;
}

/** Latency percentiles of an adapter beside those of a raw baseline from the same run, in ms. */
export interface LatencyComparison {
  measurement: string;
  adapter: string;
  samples: number;
  p50: number;
  p99: number;
  baseline: string;
  baselineP50: number;
  baselineP99: number;
}

export interface Skip {
  subject: string;
  reason: string;
}

export interface Failure {
  subject: string;
  message: string;
}

export interface MachineInfo {
  cores: number;
  cpuModel: string;
  nodeVersion: string;
  platform: string;
  date: Date;
}

export interface BenchReport {
  comparisons: readonly Comparison[];
  latencies?: readonly LatencyComparison[];
  skips: readonly Skip[];
  failures: readonly Failure[];
  machine: MachineInfo;
}

export const REPORT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const HEADER = ['measurement', 'adapter', 'adapter rate', 'raw baseline', 'baseline rate', 'ratio'];

/** Adapter rate over baseline rate: 1 means the adapter adds nothing, 0.25 means it is four times slower. */
export function ratio(adapterRate: number, baselineRate: number): number {
  return baselineRate > 0 && Number.isFinite(baselineRate) ? adapterRate / baselineRate : Number.NaN;
}

export function formatRatio(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value >= 10) return `${value.toFixed(0)}×`;
  if (value >= 1) return `${value.toFixed(2)}×`;
  return `${value.toPrecision(2)}×`;
}

export function formatRate(rate: number, unit: string): string {
  if (!Number.isFinite(rate)) return 'n/a';
  const digits = rate >= 100 ? Math.round(rate).toLocaleString('en-US') : rate.toFixed(1);
  return `${digits} ${unit}`;
}

export function renderTable(comparisons: readonly Comparison[]): string {
  const rows = comparisons.map((c) => [
    c.measurement,
    c.adapter,
    formatRate(c.adapterRate, c.unit),
    c.baseline,
    formatRate(c.baselineRate, c.unit),
    formatRatio(ratio(c.adapterRate, c.baselineRate)),
  ]);
  return [HEADER, HEADER.map(() => '---'), ...rows].map(markdownRow).join('\n');
}

const LATENCY_HEADER = ['measurement', 'adapter', 'samples', 'p50', 'p99', 'raw baseline', 'baseline p50', 'baseline p99', 'p50 ratio'];

export function formatMilliseconds(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  return ms >= 100 ? `${Math.round(ms).toLocaleString('en-US')} ms` : `${ms.toFixed(1)} ms`;
}

/** Latencies with the ratio baseline/adapter, so 0.1 reads "ten times the raw round trip", as for rates. */
export function renderLatencyTable(latencies: readonly LatencyComparison[]): string {
  const rows = latencies.map((l) => [
    l.measurement,
    l.adapter,
    String(l.samples),
    formatMilliseconds(l.p50),
    formatMilliseconds(l.p99),
    l.baseline,
    formatMilliseconds(l.baselineP50),
    formatMilliseconds(l.baselineP99),
    formatRatio(ratio(l.baselineP50, l.p50)),
  ]);
  return [LATENCY_HEADER, LATENCY_HEADER.map(() => '---'), ...rows].map(markdownRow).join('\n');
}

export function renderMachine(machine: MachineInfo): string {
  return `Machine: ${machine.cores} cores (${machine.cpuModel}), Node ${machine.nodeVersion}, ${machine.platform} · ${formatLocalTime(machine.date)} (${REPORT_TIME_ZONE})`;
}

export function renderReport(report: BenchReport): string {
  const results = report.comparisons.length > 0 ? renderTable(report.comparisons) : 'No measurement finished.';
  const lines = [results];
  if (report.latencies?.length) lines.push('', renderLatencyTable(report.latencies));
  lines.push('', renderMachine(report.machine));
  if (report.skips.length > 0) lines.push('', ...report.skips.map((s) => `${s.subject}: skipped — ${s.reason}`));
  if (report.failures.length > 0) lines.push('', ...report.failures.map((f) => `${f.subject}: FAILED — ${f.message}`));
  return `${lines.join('\n')}\n`;
}

/** "2026-02-14 07:30" in Vietnam's time, whatever the machine's own zone. */
export function formatLocalTime(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: REPORT_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '??';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

function markdownRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
}
