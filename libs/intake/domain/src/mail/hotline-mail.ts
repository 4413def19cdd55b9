import type { FieldError } from '@hotline/shared-contact';
import { textOfHtml } from './html-text';
import { readMailTemplate } from './mail-template';

/** A mail received at a hotline address, as the mail parser decoded it. */
export interface HotlineMail {
  from: { address: string | null; name: string | null };
  /** The hotline addresses it was sent to (the envelope's recipients). */
  recipients: readonly string[];
  subject: string | null;
  text: string | null;
  html: string | null;
  /** The Date header: when the sender's client says it was written. */
  sentAt: Date | null;
}

export type HotlineMailReading = { ok: true; report: Record<string, unknown> } | { ok: false; errors: FieldError[] };

// Mail decoders put U+FFFD where bytes did not fit the declared charset.
const UNDECODABLE = '\uFFFD';
const REPLY_PREFIX = /^\s*((re|fw|fwd|tl|tr|trả lời|chuyển tiếp|aw|sv)\s*:\s*)+/iu;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
// Mail programs write links and addresses in angle brackets ("ảnh <https://…>", "An <an@example.vn> đã viết:").
const BRACKETED_LINK = /<((?:https?:\/\/|mailto:)[^<>\s]+|[^<>\s@]+@[^<>\s@]+)>/giu;

/**
 * Turns a hotline mail into a report for the e-mail channel, to be validated like any other
 * (readReportSubmission): the sender is the reporter, the body the description. Location,
 * type, nature and polluter come from the template lines of the body; without a location line
 * the subject is the address hint, so the gazetteer may still place it. A type or nature the
 * mail does not give is "other" and "continuous" until an officer classifies the report.
 */
export function readHotlineMail(mail: HotlineMail, receivedAt: Date): HotlineMailReading {
  const body = unbracketLinks(mail.text != null && mail.text.trim() !== '' ? mail.text : mail.html ? textOfHtml(mail.html) : '');
  const subject = mail.subject?.trim() || null;
  const errors = [
    garbled('description', body, { vi: 'Nội dung thư', en: 'The mail body' }),
    garbled('subject', subject, { vi: 'Tiêu đề thư', en: 'The subject' }),
    garbled('reporter.fullName', mail.from.name, { vi: 'Tên người gửi', en: 'The sender name' }),
  ].filter((e): e is FieldError => e !== null);
  if (errors.length > 0) return { ok: false, errors };

  const template = readMailTemplate(body);
  const subjectHint = subject?.replace(REPLY_PREFIX, '').trim().slice(0, 300) || null;
  return {
    ok: true,
    report: {
      channel: 'email',
      receivedAt: receivedAt.toISOString(),
      reporter: { fullName: mail.from.name?.trim() || null, email: mail.from.address || null, phone: template.phone },
      location: { address: template.location ?? subjectHint },
      pollutionType: template.pollutionType ?? 'other',
      nature: template.nature ?? 'continuous',
      suspectedPolluter: template.suspectedPolluter,
      description: body,
      otherInformation: mailFacts(mail, subject),
    },
  };
}

/**
 * Drops the angle brackets mail programs put around links and addresses, which the report rules
 * would take for markup; a real tag ("<script>") is left for those rules to refuse.
 */
function unbracketLinks(text: string): string {
  return text.replace(BRACKETED_LINK, '$1');
}

function garbled(field: string, text: string | null, what: { vi: string; en: string }): FieldError | null {
  return text?.includes(UNDECODABLE)
    ? {
        field,
        message: {
          vi: `${what.vi} có byte không đọc được theo bảng mã đã khai báo (hãy gửi lại bằng UTF-8).`,
          en: `${what.en} has bytes that are not valid in its declared charset (please send it again as UTF-8).`,
        },
      }
    : null;
}

/** What the mail itself tells an officer: where it went, its subject, and when the sender wrote it. */
function mailFacts(mail: HotlineMail, subject: string | null): string {
  const facts = [`Thư điện tử gửi tới / E-mail to: ${mail.recipients.slice(0, 5).join(', ')}`];
  if (subject) facts.push(`Tiêu đề / Subject: ${subject.slice(0, 500)}`);
  if (mail.sentAt && !Number.isNaN(mail.sentAt.getTime())) facts.push(`Ngày ghi trong thư / Date header: ${vietnamWallClock(mail.sentAt)} (giờ Việt Nam, UTC+7)`);
  return facts.join('\n');
}

// Asia/Ho_Chi_Minh has had no daylight saving since 1975, so a fixed offset is exact.
function vietnamWallClock(instant: Date): string {
  const [date, time] = new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().split('T') as [string, string];
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y} ${time.slice(0, 5)}`;
}
