import type { IncomingMessage } from 'node:http';

export type BodyReading = { ok: true; bytes: Buffer } | { ok: false; reason: 'too_large' | 'aborted' };

/**
 * Reads a request body up to `maxBytes`. A larger body is refused as soon as its declared length
 * or its bytes so far exceed the limit; the rest is read and dropped, never kept in memory.
 */
export function readBoundedBody(request: IncomingMessage, maxBytes: number): Promise<BodyReading> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBytes) {
    request.resume();
    return Promise.resolve({ ok: false, reason: 'too_large' });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      request.off('data', onData);
      request.resume();
      resolve({ ok: false, reason: 'too_large' });
    };
    request.on('data', onData);
    request.on('end', () => resolve({ ok: true, bytes: Buffer.concat(chunks) }));
    request.on('error', () => resolve({ ok: false, reason: 'aborted' }));
    request.on('aborted', () => resolve({ ok: false, reason: 'aborted' }));
  });
}
