import { readEmailAddress, readVietnamesePhoneNumber, type FieldError } from '@hotline/shared-contact';
import { FieldReader } from './plain-field';
import { foldedKey } from './searchable-text';
import { isProvinceCode } from './unit-code';

export const ASKER_KINDS = ['citizen', 'business'] as const;
export type AskerKind = (typeof ASKER_KINDS)[number];

/** Who asks: kept apart from the question's events, shown only to the session's moderators. */
export interface Asker {
  readonly name: string;
  readonly kind: AskerKind;
  readonly organisation: string | null;
  readonly phone: string | null;
  readonly email: string | null;
}

/** A question as a citizen or business sends it, read and checked. */
export interface QuestionSubmission {
  readonly asker: Asker;
  /** 2-digit GSO code of the asker's province. */
  readonly provinceCode: string;
  /** One of the session's topics, as the session spells it. */
  readonly topic: string;
  readonly text: string;
  /** The asker asked that their name not be published. */
  readonly hideName: boolean;
}

export type QuestionSubmissionReading = { readonly ok: true; readonly submission: QuestionSubmission } | { readonly ok: false; readonly errors: readonly FieldError[] };

export const QUESTION_TEXT_LIMITS = { min: 10, max: 2000 } as const;

const LABELS = {
  name: { vi: 'Họ tên', en: 'Name' },
  organisation: { vi: 'Tên doanh nghiệp, tổ chức', en: 'Organisation' },
  text: { vi: 'Nội dung câu hỏi', en: 'Question' },
};

/**
 * Reads a question form (S3): name, a phone number or an e-mail address to reach the asker, the
 * province, one of the session's topics, and the text. A business also names itself.
 */
export function readQuestionSubmission(raw: Readonly<Record<string, unknown>>, topics: readonly string[]): QuestionSubmissionReading {
  const read = new FieldReader();
  const name = read.text('name', raw['name'], LABELS.name, { min: 2, max: 100 });
  const kind = readKind(read, raw['askerKind']);
  const organisation = read.optionalText('organisation', raw['organisation'], LABELS.organisation, { min: 2, max: 200 });
  if (kind === 'business' && organisation === null && read.errors.every((e) => e.field !== 'organisation')) {
    read.refuse('organisation', { vi: 'Doanh nghiệp, tổ chức ghi tên của mình.', en: 'A business gives its name.' });
  }
  const { phone, email } = readContact(read, raw['phone'], raw['email']);
  const provinceCode = readProvince(read, raw['provinceCode']);
  const topic = readTopic(read, raw['topic'], topics);
  const text = read.text('text', raw['text'], LABELS.text, QUESTION_TEXT_LIMITS);
  const hideName = raw['hideName'] === undefined || raw['hideName'] === null ? false : raw['hideName'];
  if (typeof hideName !== 'boolean') read.refuse('hideName', { vi: 'Chọn có hoặc không.', en: 'Yes or no.' });
  if (read.errors.length > 0) return { ok: false, errors: read.errors };
  return { ok: true, submission: { asker: { name, kind, organisation, phone, email }, provinceCode, topic, text, hideName: hideName as boolean } };
}

function readKind(read: FieldReader, raw: unknown): AskerKind {
  if (raw === undefined || raw === null) return 'citizen';
  if (raw === 'citizen' || raw === 'business') return raw;
  read.refuse('askerKind', { vi: 'Người dân (citizen) hoặc doanh nghiệp (business).', en: 'A citizen or a business.' });
  return 'citizen';
}

function readContact(read: FieldReader, rawPhone: unknown, rawEmail: unknown): { phone: string | null; email: string | null } {
  const given = (raw: unknown) => raw !== undefined && raw !== null && !(typeof raw === 'string' && raw.trim() === '');
  let phone: string | null = null;
  let email: string | null = null;
  if (given(rawPhone)) {
    const reading = typeof rawPhone === 'string' ? readVietnamesePhoneNumber(rawPhone) : null;
    if (reading?.ok) phone = reading.e164;
    else read.refuse('phone', reading?.message ?? { vi: 'Số điện thoại phải là văn bản.', en: 'The phone number must be text.' });
  }
  if (given(rawEmail)) {
    const reading = typeof rawEmail === 'string' ? readEmailAddress(rawEmail) : null;
    if (reading?.ok) email = reading.address;
    else read.refuse('email', reading?.message ?? { vi: 'Địa chỉ thư điện tử phải là văn bản.', en: 'The e-mail address must be text.' });
  }
  if (!given(rawPhone) && !given(rawEmail)) {
    read.refuse('phone', { vi: 'Ghi số điện thoại hoặc địa chỉ thư điện tử để liên hệ khi cần.', en: 'Give a phone number or an e-mail address to be reached at.' });
  }
  return { phone, email };
}

function readProvince(read: FieldReader, raw: unknown): string {
  const code = typeof raw === 'string' ? raw.trim().toUpperCase().replace(/^P/, '') : '';
  if (/^\d{2}$/.test(code) && isProvinceCode(code)) return code;
  read.refuse('provinceCode', { vi: 'Tỉnh, thành phố theo mã hiện hành (vd. 01 là Hà Nội).', en: 'A current province code (e.g. 01 for Hà Nội).' });
  return '';
}

function readTopic(read: FieldReader, raw: unknown, topics: readonly string[]): string {
  const key = typeof raw === 'string' ? foldedKey(raw) : null;
  const found = topics.find((t) => foldedKey(t) === key);
  if (found) return found;
  const list = topics.map((t) => `“${t}”`).join(', ');
  read.refuse('topic', { vi: `Chọn một trong các nội dung: ${list}.`, en: `Choose one of the topics: ${list}.` });
  return '';
}
