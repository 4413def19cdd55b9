import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RouteHandler } from '@hotline/platform-runtime';
import type { FieldError } from '@hotline/shared-contact';
import type { EvidenceReception } from './evidence-reception';
import type { UploadAllowance } from './upload-allowance';

export const EVIDENCE_UPLOAD_PATH = '/evidence';

class BodyTooLarge extends Error {}

/**
 * `POST /evidence`: the web form and API clients upload one evidence file as the raw request
 * body (Content-Type: its media type; X-File-Name: its name, percent-encoded UTF-8) and get back
 * the evidence id a report then refers to. The size limit is enforced while the body streams
 * in; every refusal is JSON with bilingual messages naming the field.
 */
export function evidenceUploadRoute(reception: EvidenceReception, options: { maxBytes: number; allowance: UploadAllowance }): RouteHandler {
  return async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://intake').pathname;
    if (path !== EVIDENCE_UPLOAD_PATH) return false;
    if (request.method !== 'POST') {
      refuse(response, 405, 'method_not_allowed', [{ field: '', message: { vi: 'Chỉ nhận POST.', en: 'Only POST is accepted.' } }], { allow: 'POST' });
      return true;
    }
    const client = request.socket.remoteAddress ?? 'unknown';
    if (!options.allowance.take(client)) {
      const message = { vi: 'Tải lên quá nhiều tệp trong một phút; hãy thử lại sau.', en: 'Too many uploads in a minute; please try again later.' };
      refuse(response, 429, 'too_many_uploads', [{ field: '', message }], { 'retry-after': String(options.allowance.secondsLeft(client)) }, request);
      return true;
    }
    const fileName = readFileNameHeader(request.headers['x-file-name']);
    if (!fileName.ok) {
      refuse(response, 400, 'invalid_evidence', [fileName.error], {}, request);
      return true;
    }
    let content: Buffer;
    try {
      content = await readBody(request, options.maxBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      const mb = Math.round((options.maxBytes / (1024 * 1024)) * 10) / 10;
      refuse(response, 413, 'too_large', [{ field: 'sizeBytes', message: { vi: `Tệp lớn hơn ${mb} MB.`, en: `The file is larger than ${mb} MB.` } }], {}, request);
      return true;
    }
    const receipt = await reception.receive([{ fileName: fileName.value, declaredMediaType: request.headers['content-type'] ?? null, content }], '');
    if (!receipt.ok) {
      refuse(response, 400, 'invalid_evidence', receipt.errors);
      return true;
    }
    const [stored] = receipt.evidence;
    send(response, 201, { evidenceId: stored!.evidenceId, sha256: stored!.sha256, sizeBytes: stored!.sizeBytes, mediaType: stored!.mediaType, fileName: stored!.fileName });
    return true;
  };
}

function readFileNameHeader(header: string | string[] | undefined): { ok: true; value: string | null } | { ok: false; error: FieldError } {
  if (header === undefined) return { ok: true, value: null };
  try {
    return { ok: true, value: decodeURIComponent(Array.isArray(header) ? header[0]! : header) };
  } catch {
    return {
      ok: false,
      error: { field: 'fileName', message: { vi: 'Tên tệp (X-File-Name) phải mã hoá phần trăm theo UTF-8.', en: 'The file name (X-File-Name) must be percent-encoded UTF-8.' } },
    };
  }
}

/** Reads the body, refusing as soon as it passes `maxBytes`, whatever Content-Length claimed. */
function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        request.off('data', onData);
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/**
 * A refusal; when the body was not read, the connection closes after the answer, and what the
 * client still sends is drained rather than kept.
 */
function refuse(response: ServerResponse, status: number, error: string, errors: FieldError[], headers: Record<string, string> = {}, unread?: IncomingMessage): void {
  if (unread && !unread.complete) {
    response.setHeader('connection', 'close');
    unread.resume();
  }
  send(response, status, { error, errors }, headers);
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload), 'cache-control': 'no-store', ...headers });
  response.end(payload);
}
