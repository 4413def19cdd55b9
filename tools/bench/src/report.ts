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

export function renderMachine(machine: MachineInfo): string {
  return `Machine: ${machine.cores} cores (${machine.cpuModel}), Node ${machine.nodeVersion}, ${machine.platform} · ${formatLocalTime(machine.date)} (${REPORT_TIME_ZONE})`;
}

export function renderReport(report: BenchReport): string {
  const results = report.comparisons.length > 0 ? renderTable(report.comparisons) : 'No measurement finished.';
  const lines = [results, '', renderMachine(report.machine)];
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
