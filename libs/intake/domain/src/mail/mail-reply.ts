import type { FieldError } from '@hotline/shared-contact';

// RFC 5321 allows 512 octets for a reply line, code and CRLF included.
const MAX_REPLY_TEXT = 480;

const PUNCTUATION: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'", '–': '-', '—': '-', '…': '...', '«': '"', '»': '"' };

/**
 * Reply text for an SMTP line: plain ASCII, because a client that did not ask for SMTPUTF8 may
 * not read anything else. Vietnamese loses its tone marks ("Nội dung" → "Noi dung"), which every
 * reader still understands; anything else outside printable ASCII becomes "?".
 */
export function asciiReplyText(text: string, maxLength = MAX_REPLY_TEXT): string {
  const ascii = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[“”‘’–—…«»]/g, (c) => PUNCTUATION[c]!)
    .replace(/\s+/g, ' ')
    .replace(/[^\x20-\x7e]/g, '?')
    .trim();
  return ascii.length <= maxLength ? ascii : `${ascii.slice(0, maxLength - 3)}...`;
}

/** The 250 reply: the report is recorded, and this is its tracking code. */
export function acceptedMailReply(trackingCode: string): string {
  return asciiReplyText(`Đã tiếp nhận phản ánh, mã theo dõi ${trackingCode} / Report received, tracking code ${trackingCode}`);
}

/** The 5xx reply: nothing was stored, and each field that was wrong, in Vietnamese and English. */
export function refusedMailReply(errors: readonly FieldError[]): string {
  const problems = errors.map((e) => `[${e.field || 'mail'}] ${e.message.vi} / ${e.message.en}`).join(' | ');
  return asciiReplyText(`Thư không được tiếp nhận, không lưu gì / Message refused, nothing stored: ${problems}`);
}
