import type { IncomingMessage } from 'node:http';
import { IdentityRefusal } from './identity-refusal';

/** A sign-in form is a few hundred bytes; the cap keeps a slow password hash from being fed megabytes. */
export const AUTH_BODY_LIMIT_BYTES = 16 * 1024;

export type AuthRequestBody = Readonly<Record<string, unknown>>;

/**
 * The body of a POST to /auth/…: form-encoded (as OAuth clients send it) or JSON. Text that no
 * database column can hold (NUL, lone surrogates) is refused here, before anything is looked up.
 */
export async function readAuthBody(request: IncomingMessage): Promise<AuthRequestBody> {
  const raw = await readLimited(request);
  const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  let body: Record<string, unknown>;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    if (type === 'application/json') {
      const parsed: unknown = text.length === 0 ? {} : JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      body = parsed as Record<string, unknown>;
    } else if (type === 'application/x-www-form-urlencoded' || type === '') {
      body = Object.fromEntries(new URLSearchParams(text));
    } else {
      throw new UnsupportedBody();
    }
  } catch (error) {
    if (error instanceof UnsupportedBody) {
      throw new IdentityRefusal('invalid_request', 'unsupported_media_type', {
        vi: 'Nội dung phải là application/x-www-form-urlencoded hoặc application/json.',
        en: 'The body must be application/x-www-form-urlencoded or application/json.',
      });
    }
    throw new IdentityRefusal('invalid_request', 'malformed_body', { vi: 'Nội dung yêu cầu không đọc được (UTF-8, biểu mẫu hoặc JSON).', en: 'The request body cannot be read (UTF-8, form or JSON).' });
  }
  for (const [field, value] of Object.entries(body)) {
    if (typeof value === 'string' && (value.includes('\u0000') || !value.isWellFormed())) {
      throw new IdentityRefusal('invalid_request', 'unstorable_text', { vi: `${field}: chứa ký tự NUL hoặc Unicode không hợp lệ.`, en: `${field}: contains a NUL character or invalid Unicode.` }, field);
    }
  }
  return body;
}

class UnsupportedBody extends Error {}

function readLimited(request: IncomingMessage): Promise<Buffer> {
  const tooLarge = () =>
    new IdentityRefusal('invalid_request', 'body_too_large', { vi: `Nội dung yêu cầu vượt quá ${AUTH_BODY_LIMIT_BYTES} byte.`, en: `The request body is larger than ${AUTH_BODY_LIMIT_BYTES} bytes.` });
  if (Number(request.headers['content-length'] ?? 0) > AUTH_BODY_LIMIT_BYTES) {
    request.resume();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > AUTH_BODY_LIMIT_BYTES) {
        request.removeAllListeners('data');
        request.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** A required text field, at most `max` characters. */
export function textField(body: AuthRequestBody, field: string, label: { vi: string; en: string }, max = 1000): string {
  const value = body[field];
  if (typeof value !== 'string' || value.length === 0) {
    throw new IdentityRefusal('invalid_request', 'missing_field', { vi: `Thiếu ${label.vi} (${field}).`, en: `${label.en} (${field}) is missing.` }, field);
  }
  if (value.length > max) {
    throw new IdentityRefusal('invalid_request', 'field_too_long', { vi: `${label.vi} (${field}) dài quá ${max} ký tự.`, en: `${label.en} (${field}) is longer than ${max} characters.` }, field);
  }
  return value;
}

export function optionalTextField(body: AuthRequestBody, field: string, label: { vi: string; en: string }, max = 1000): string | undefined {
  const value = body[field];
  return value === undefined || value === null || value === '' ? undefined : textField(body, field, label, max);
}
