import type { ResultsReport } from './results-report';
import type { ResultsTotals } from './results-totals';

const HEADER = [
  'Nhóm (Group)',
  'Chủ đề hoặc đơn vị (Topic or unit)',
  'Tiếp nhận (Received)',
  'Chấp nhận (Accepted)',
  'Trả lời trực tuyến (Answered live)',
  'Trả lời sau buổi giao lưu (Answered afterwards)',
  'Quá hạn (Overdue)',
];

/**
 * The report as a spreadsheet opens it: UTF-8 with a byte-order mark (so Excel reads Vietnamese),
 * CRLF line ends, one row per topic, per unit, and the total.
 */
export function resultsReportCsv(report: ResultsReport): string {
  const rows = [
    HEADER,
    ...report.byTopic.map((row) => ['Chủ đề (topic)', row.topic, ...counts(row)]),
    ...report.byUnit.map((row) => ['Đơn vị (unit)', row.unitCode, ...counts(row)]),
    ['Tổng (total)', '', ...counts(report.totals)],
  ];
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function counts(totals: ResultsTotals): string[] {
  return [totals.received, totals.accepted, totals.answeredLive, totals.answeredAfterwards, totals.overdue].map(String);
}

/** Quoted when needed; a cell a spreadsheet would run as a formula is written as text. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
