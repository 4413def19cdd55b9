import type { BilingualText } from '@hotline/shared-contact';
import { readReportSubmission } from '../report/report-submission';
import { readVietnamInstant } from '../vietnam-time';
import { CALL_LOG_FIELDS, REQUIRED_CALL_LOG_FIELDS, callLogFieldLabel, callLogFieldOfHeader, type CallLogField } from './call-log-column';
import { WRITTEN_POLLUTION_TYPES_HINT, writtenNature, writtenPollutionType } from './written-classification';

/** One CSV record: header → cell. */
export type CallLogRecord = Readonly<Record<string, string>>;

/** A call that can become a report, with what the switchboard said about it. */
export interface CallLogEntry {
  /** As a spreadsheet shows it: the header is row 1. */
  rowNumber: number;
  callId: string;
  agent: string;
  calledAt: string;
  /** A report submission of the 'call_log' channel, already validated. */
  report: Record<string, unknown>;
}

export interface CallLogProblem {
  rowNumber: number;
  callId: string | null;
  field: CallLogField;
  message: BilingualText;
}

export type CallLogReading = { ok: true; entries: CallLogEntry[]; problems: CallLogProblem[] } | { ok: false; message: BilingualText };

export const MAX_CALL_LOG_ROWS = 5000;
const HEADER_ROW = 1;
const CALL_ID = /^[\p{L}\p{N}._:#/-]{1,100}$/u;

// Where each report field came from in the call log, so a row's errors name its column.
const COLUMN_OF: Record<string, CallLogField> = {
  receivedAt: 'callTime',
  'reporter.phone': 'callerId',
  'reporter.fullName': 'callerName',
  pollutionType: 'pollutionType',
  nature: 'nature',
  location: 'location',
  'location.address': 'location',
  'location.communeCode': 'communeCode',
  description: 'description',
  suspectedPolluter: 'suspectedPolluter',
  otherInformation: 'agent',
};

type Cells = Readonly<Record<CallLogField, string>>;

/** The call-log column a report-submission field was read from. */
export function callLogFieldOf(submissionField: string): CallLogField {
  return COLUMN_OF[submissionField] ?? 'description';
}

/**
 * Reads a switchboard call log. Each row stands alone: a bad row is reported with its row number
 * and the column at fault, and never keeps the good rows out. A call id seen twice in one file is
 * refused the second time; whether it was imported before is the application's question.
 */
export function readCallLog(records: readonly CallLogRecord[], now: Date): CallLogReading {
  if (records.length === 0) return { ok: false, message: { vi: 'Tệp không có dòng cuộc gọi nào.', en: 'The file has no call rows.' } };
  if (records.length > MAX_CALL_LOG_ROWS) {
    return { ok: false, message: { vi: `Tệp có ${records.length} dòng; tối đa ${MAX_CALL_LOG_ROWS} dòng mỗi lần nhập.`, en: `The file has ${records.length} rows; at most ${MAX_CALL_LOG_ROWS} per import.` } };
  }
  const columns = columnsOf(records);
  const missing = REQUIRED_CALL_LOG_FIELDS.filter((f) => !columns.has(f));
  if (!columns.has('location') && !columns.has('communeCode')) missing.push('location');
  if (missing.length > 0) {
    const names = missing.map(callLogFieldLabel);
    return {
      ok: false,
      message: { vi: `Tệp thiếu cột: ${names.map((n) => n.vi).join(', ')}; không dòng nào được nhập.`, en: `The file lacks the columns: ${names.map((n) => n.en).join(', ')}; no row was imported.` },
    };
  }
  const entries: CallLogEntry[] = [];
  const problems: CallLogProblem[] = [];
  const rowOfCall = new Map<string, number>();
  records.forEach((record, index) => {
    const rowNumber = index + HEADER_ROW + 1;
    const cells = cellsOf(record, columns);
    if (Object.values(cells).every((c) => c === '')) return;
    const row = readRow(cells, rowNumber, now);
    const firstRow = row.callId === null ? undefined : rowOfCall.get(row.callId);
    if (firstRow !== undefined) {
      row.problems.push({ field: 'callId', message: { vi: `Mã cuộc gọi trùng với dòng ${firstRow}.`, en: `The call id repeats row ${firstRow}.` } });
    } else if (row.callId !== null) {
      rowOfCall.set(row.callId, rowNumber);
    }
    if (row.problems.length === 0 && row.entry) entries.push(row.entry);
    problems.push(...row.problems.map((p) => ({ rowNumber, callId: row.callId, ...p })));
  });
  return { ok: true, entries, problems };
}

function readRow(cells: Cells, rowNumber: number, now: Date): { callId: string | null; entry: CallLogEntry | null; problems: { field: CallLogField; message: BilingualText }[] } {
  const problems: { field: CallLogField; message: BilingualText }[] = [];
  const fail = (field: CallLogField, message: BilingualText) => void problems.push({ field, message });
  const callId = CALL_ID.test(cells.callId) ? cells.callId : null;
  if (callId === null) fail('callId', cells.callId === '' ? missingCell('callId') : { vi: 'Mã cuộc gọi chỉ gồm chữ, số và . _ : # / -, tối đa 100 ký tự.', en: 'A call id has letters, digits and . _ : # / - only, at most 100 characters.' });
  const agent = cells.agent;
  if (agent === '') fail('agent', missingCell('agent'));
  if (agent.length > 100) fail('agent', { vi: 'Tên điện thoại viên dài quá 100 ký tự.', en: 'The agent name is longer than 100 characters.' });
  const calledAt = cells.callTime === '' ? null : readVietnamInstant(cells.callTime);
  if (calledAt === null) {
    fail('callTime', cells.callTime === '' ? missingCell('callTime') : { vi: 'Thời điểm gọi không hợp lệ; ví dụ 13/02/2026 09:15 hoặc 2026-02-13 09:15:00 (giờ Việt Nam).', en: 'Unreadable call time; e.g. 13/02/2026 09:15 or 2026-02-13 09:15:00 (Vietnam time).' });
  }
  const pollutionType = writtenPollutionType(cells.pollutionType);
  if (pollutionType === null) fail('pollutionType', { vi: `Loại ô nhiễm phải là: ${WRITTEN_POLLUTION_TYPES_HINT.vi}.`, en: `The pollution type must be: ${WRITTEN_POLLUTION_TYPES_HINT.en}.` });
  const nature = writtenNature(cells.nature);
  if (nature === null) fail('nature', { vi: 'Tính chất phải là “đột xuất” hoặc “kéo dài”.', en: 'The nature must be “sudden” or “continuous”.' });
  const report = {
    channel: 'call_log',
    receivedAt: calledAt ?? undefined,
    // An empty caller id is a withheld number: the call still happened and is still a report.
    reporter: { fullName: cells.callerName || null, phone: cells.callerId || null },
    pollutionType: pollutionType ?? undefined,
    nature: nature ?? undefined,
    location: { address: cells.location || null, communeCode: cells.communeCode || null },
    description: cells.description,
    suspectedPolluter: cells.suspectedPolluter || null,
    otherInformation: callId && agent ? `Tổng đài · Switchboard: cuộc gọi · call ${callId}, điện thoại viên · agent ${agent}` : null,
  };
  const reading = readReportSubmission(report, now);
  if (!reading.ok) {
    const reported = new Set(problems.map((p) => p.field));
    for (const error of reading.errors) {
      const field = callLogFieldOf(error.field);
      if (!reported.has(field)) fail(field, error.message);
    }
  }
  const entry = callId !== null && calledAt !== null && problems.length === 0 ? { rowNumber, callId, agent, calledAt, report } : null;
  return { callId, entry, problems };
}

/** The first header naming each field wins; unrelated columns (STT, Thời lượng…) are ignored. */
function columnsOf(records: readonly CallLogRecord[]): Map<CallLogField, string> {
  const columns = new Map<CallLogField, string>();
  for (const header of Object.keys(records[0] ?? {})) {
    const field = callLogFieldOfHeader(header);
    if (field && !columns.has(field)) columns.set(field, header);
  }
  return columns;
}

function cellsOf(record: CallLogRecord, columns: ReadonlyMap<CallLogField, string>): Cells {
  return Object.fromEntries(CALL_LOG_FIELDS.map((field) => [field, cellText(columns.has(field) ? record[columns.get(field)!] : '')])) as Cells;
}

function cellText(value: string | undefined): string {
  return (value ?? '').trim();
}

function missingCell(field: CallLogField): BilingualText {
  const label = callLogFieldLabel(field);
  return { vi: `Chưa có “${label.vi}”.`, en: `“${label.en}” is missing.` };
}
