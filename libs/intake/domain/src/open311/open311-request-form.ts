import type { BilingualText, FieldError } from '@hotline/shared-contact';
import { readReportSubmission } from '../report/report-submission';
import { readVietnamInstant } from '../vietnam-time';
import { OPEN311_ATTRIBUTE_CODES, open311AttributeValues, type Open311AttributeCode } from './open311-service-catalogue';
import type { FormFields } from './url-encoded-form';

export type Open311RequestReading = { ok: true; report: Record<string, unknown> } | { ok: false; errors: FieldError[] };

/** GeoReport v2 caps a description at 4,000 characters. */
export const OPEN311_MAX_DESCRIPTION = 4000;

const SINGLE_VALUED = ['api_key', 'jurisdiction_id', 'service_code', 'lat', 'long', 'address_string', 'address_id', 'email', 'device_id', 'account_id', 'first_name', 'last_name', 'phone', 'description', 'media_url'];
const DECIMAL = /^[+-]?\d{1,3}(\.\d{1,12})?$/;
const ATTRIBUTE = /^attribute\[([^\]]*)\](\[\])?$/;
const GIVEN_TWICE: BilingualText = { vi: 'Trường này chỉ được gửi một lần.', en: 'This field may be sent only once.' };

// Where each field of a report submission comes from in an Open311 POST, so errors name what the client sent.
const OPEN311_FIELD_OF: Record<string, string> = {
  '': 'request',
  channel: 'request',
  receivedAt: 'request',
  pollutionType: 'service_code',
  nature: 'attribute[nature]',
  occurredAt: 'attribute[occurred_at]',
  suspectedPolluter: 'attribute[suspected_polluter]',
  scopeAndSeverity: 'attribute[scope]',
  description: 'description',
  otherInformation: 'media_url',
  evidence: 'media_url',
  'reporter.fullName': 'first_name/last_name',
  'reporter.phone': 'phone',
  'reporter.email': 'email',
  'reporter.address': 'request',
  location: 'lat/long, address_string, address_id',
  'location.address': 'address_string',
  'location.communeCode': 'address_id',
  'location.latitude': 'lat/long',
};

/** The Open311 field that a report-submission field was read from. */
export function open311FieldOf(submissionField: string): string {
  return OPEN311_FIELD_OF[submissionField] ?? OPEN311_FIELD_OF[submissionField.split('.')[0]] ?? 'request';
}

/**
 * Maps a GeoReport v2 POST (service_code, lat/long or address_string or address_id, contact,
 * description, media_url, attribute[...]) to a report submission of the 'open311' channel and
 * validates it. api_key and jurisdiction_id are the caller's business, not the report's.
 */
export function readOpen311Request(form: FormFields, now: Date): Open311RequestReading {
  const errors: FieldError[] = [];
  const fail = (field: string, message: BilingualText) => void errors.push({ field, message });
  const one = (name: string): string | undefined => form.get(name)?.[0];
  for (const name of SINGLE_VALUED) if ((form.get(name)?.length ?? 0) > 1) fail(name, GIVEN_TWICE);
  const attributes = readAttributes(form, fail);
  const point = readPoint(one('lat'), one('long'), fail);
  const description = one('description');
  if (description !== undefined && description.trim().length > OPEN311_MAX_DESCRIPTION) {
    fail('description', { vi: `Mô tả dài quá ${OPEN311_MAX_DESCRIPTION} ký tự.`, en: `The description is longer than ${OPEN311_MAX_DESCRIPTION} characters.` });
  }
  const media = readMediaUrl(one('media_url'), fail);
  const occurredAt = attributes.occurred_at === undefined ? undefined : (readVietnamInstant(attributes.occurred_at) ?? attributes.occurred_at);
  const report: Record<string, unknown> = {
    channel: 'open311',
    receivedAt: now.toISOString(),
    // Vietnamese names put the family name first: "Nguyễn" (last_name) "Văn An" (first_name).
    reporter: { fullName: [one('last_name'), one('first_name')].filter((n) => n?.trim()).join(' ') || null, phone: one('phone') || null, email: one('email') || null },
    confidential: attributes.confidential !== 'false',
    suspectedPolluter: attributes.suspected_polluter || null,
    occurredAt: occurredAt || null,
    location: { address: one('address_string') || null, communeCode: one('address_id') || null, latitude: point?.latitude ?? null, longitude: point?.longitude ?? null },
    pollutionType: one('service_code'),
    nature: attributes.nature,
    scopeAndSeverity: attributes.scope || null,
    description: description ?? '',
    otherInformation: media ? `Ảnh, video kèm theo · Attached media: ${media}` : null,
  };
  const reading = readReportSubmission(report, now);
  const reported = new Set(errors.map((e) => e.field));
  if (!reading.ok) {
    for (const error of reading.errors) {
      const field = open311FieldOf(error.field);
      if (!reported.has(field) && !(field === 'lat/long, address_string, address_id' && reported.has('lat/long'))) fail(field, error.message);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, report };
}

function readAttributes(form: FormFields, fail: (field: string, message: BilingualText) => void): Partial<Record<Open311AttributeCode, string>> {
  const attributes: Partial<Record<Open311AttributeCode, string>> = {};
  for (const [name, values] of form) {
    const match = ATTRIBUTE.exec(name);
    if (!match) continue;
    const code = OPEN311_ATTRIBUTE_CODES.find((c) => c === match[1]);
    if (!code) {
      // The unknown name is echoed shortened: an error must not become a mirror for hostile input.
      fail(`attribute[${match[1].slice(0, 40)}]`, { vi: 'Dịch vụ không có thuộc tính này.', en: 'The service has no such attribute.' });
      continue;
    }
    if (values.length > 1 || match[2]) {
      fail(name, GIVEN_TWICE);
      continue;
    }
    const allowed = open311AttributeValues(code);
    if (allowed && !allowed.includes(values[0])) {
      fail(name, { vi: `Phải là một trong: ${allowed.join(', ')}.`, en: `Must be one of: ${allowed.join(', ')}.` });
      continue;
    }
    attributes[code] = values[0];
  }
  if (attributes.nature === undefined && !form.has('attribute[nature]')) {
    fail('attribute[nature]', { vi: 'Chưa chọn tính chất (sudden hoặc continuous).', en: 'The nature is missing (sudden or continuous).' });
  }
  return attributes;
}

function readPoint(lat: string | undefined, long: string | undefined, fail: (field: string, message: BilingualText) => void): { latitude: number; longitude: number } | null {
  const given = (v: string | undefined) => v !== undefined && v.trim() !== '';
  if (!given(lat) && !given(long)) return null;
  if (!given(lat) || !given(long) || !DECIMAL.test(lat!.trim()) || !DECIMAL.test(long!.trim())) {
    fail('lat/long', { vi: 'lat và long phải cùng có mặt và là số thập phân (WGS84), vd. lat=21.0285&long=105.8542.', en: 'lat and long must both be given as decimal numbers (WGS84), e.g. lat=21.0285&long=105.8542.' });
    return null;
  }
  return { latitude: Number(lat), longitude: Number(long) };
}

function readMediaUrl(raw: string | undefined, fail: (field: string, message: BilingualText) => void): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  const text = raw.trim();
  let url: URL | null = null;
  try {
    url = text.length <= 2000 && !/\s/.test(text) ? new URL(text) : null;
  } catch {
    url = null;
  }
  // Kept as a link for officers to open; the server never fetches it (no request forgery).
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    fail('media_url', { vi: 'media_url phải là một địa chỉ http(s) hợp lệ, tối đa 2000 ký tự.', en: 'media_url must be a valid http(s) URL of at most 2000 characters.' });
    return null;
  }
  return url.href;
}
