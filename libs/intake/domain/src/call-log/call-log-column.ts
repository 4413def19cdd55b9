import type { BilingualText } from '@hotline/shared-contact';
import { foldToAscii } from '../vietnamese-text';

/**
 * The columns of a switchboard call log, as the operator exports it and annotates it. Headers are
 * recognised in Vietnamese (with or without diacritics) and English; other columns are ignored.
 */
export const CALL_LOG_FIELDS = ['callId', 'callerId', 'callTime', 'agent', 'pollutionType', 'nature', 'location', 'communeCode', 'description', 'suspectedPolluter', 'callerName'] as const;
export type CallLogField = (typeof CALL_LOG_FIELDS)[number];

/** A row needs these columns in the file; a location may come from either place column. */
export const REQUIRED_CALL_LOG_FIELDS: readonly CallLogField[] = ['callId', 'callerId', 'callTime', 'agent', 'pollutionType', 'nature', 'description'];

const HEADERS: Record<CallLogField, readonly string[]> = {
  callId: ['Mã cuộc gọi', 'ID cuộc gọi', 'Số hiệu cuộc gọi', 'Call ID', 'Call_ID', 'Call'],
  callerId: ['Số gọi đến', 'Số người gọi', 'Số điện thoại người gọi', 'Số điện thoại', 'Caller ID', 'Caller_ID', 'Caller number', 'Caller'],
  callTime: ['Thời điểm gọi', 'Thời gian gọi', 'Giờ gọi', 'Call time', 'Call_time', 'Time'],
  agent: ['Điện thoại viên', 'Người nghe máy', 'Cán bộ trực', 'Agent'],
  pollutionType: ['Loại ô nhiễm', 'Pollution type', 'Pollution_type', 'Type'],
  nature: ['Tính chất', 'Nature'],
  location: ['Địa điểm', 'Địa chỉ', 'Nơi xảy ra', 'Location', 'Address'],
  communeCode: ['Mã xã', 'Commune code', 'Commune_code'],
  description: ['Nội dung', 'Nội dung phản ánh', 'Ghi chú', 'Description', 'Notes'],
  suspectedPolluter: ['Đối tượng gây ô nhiễm', 'Suspected polluter', 'Suspected_polluter', 'Polluter'],
  callerName: ['Họ tên người gọi', 'Tên người gọi', 'Caller name', 'Caller_name'],
};

const LABELS: Record<CallLogField, BilingualText> = {
  callId: { vi: 'Mã cuộc gọi', en: 'Call ID' },
  callerId: { vi: 'Số gọi đến', en: 'Caller ID' },
  callTime: { vi: 'Thời điểm gọi', en: 'Call time' },
  agent: { vi: 'Điện thoại viên', en: 'Agent' },
  pollutionType: { vi: 'Loại ô nhiễm', en: 'Pollution type' },
  nature: { vi: 'Tính chất', en: 'Nature' },
  location: { vi: 'Địa điểm', en: 'Location' },
  communeCode: { vi: 'Mã xã', en: 'Commune code' },
  description: { vi: 'Nội dung', en: 'Description' },
  suspectedPolluter: { vi: 'Đối tượng gây ô nhiễm', en: 'Suspected polluter' },
  callerName: { vi: 'Họ tên người gọi', en: 'Caller name' },
};

/** Headers compare by their letters and digits only: "Mã cuộc gọi", "ma_cuoc_goi" and "MA CUOC GOI" are one. */
export function headerKey(header: string): string {
  return foldToAscii(header).replace(/[^a-z0-9]+/g, ' ').trim();
}

const FIELD_BY_HEADER: ReadonlyMap<string, CallLogField> = new Map(CALL_LOG_FIELDS.flatMap((field) => HEADERS[field].map((header) => [headerKey(header), field] as const)));

export function callLogFieldOfHeader(header: string): CallLogField | null {
  return FIELD_BY_HEADER.get(headerKey(header)) ?? null;
}

export function callLogFieldLabel(field: CallLogField): BilingualText {
  return LABELS[field];
}
