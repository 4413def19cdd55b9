import type { ServerResponse } from 'node:http';
import type { BilingualText, FieldError } from '@hotline/shared-contact';
import { toOpen311Xml } from './open311-xml';

export type Open311Format = 'json' | 'xml';

/** One entry of the spec's error list: the HTTP status as code, and a description people read. */
export interface Open311Error {
  code: number;
  description: string;
}

const CONTENT_TYPES: Record<Open311Format, string> = { json: 'application/json; charset=utf-8', xml: 'text/xml; charset=utf-8' };

/** Sends a GeoReport v2 document; XML names its root, JSON is the bare value as the spec shows it. */
export function sendOpen311(response: ServerResponse, status: number, format: Open311Format, root: string, body: unknown, headers: Record<string, string> = {}): void {
  const payload = format === 'json' ? JSON.stringify(body) : toOpen311Xml(root, body);
  response.writeHead(status, {
    'content-type': CONTENT_TYPES[format],
    'content-length': String(Buffer.byteLength(payload)),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  response.end(payload);
}

/** The spec's error format, [{code, description}], with an HTTP 4xx or 5xx status. */
export function sendOpen311Errors(response: ServerResponse, status: number, format: Open311Format, errors: readonly Open311Error[], headers: Record<string, string> = {}): void {
  sendOpen311(response, status, format, 'errors', errors, headers);
}

/** Vietnamese first, then English, as every message a person reads. */
export function bilingualDescription(text: BilingualText): string {
  return `${text.vi} / ${text.en}`;
}

export function fieldErrors(status: number, errors: readonly FieldError[]): Open311Error[] {
  return errors.map((e) => ({ code: status, description: `${e.field}: ${bilingualDescription(e.message)}` }));
}

export function open311Error(status: number, text: BilingualText): Open311Error[] {
  return [{ code: status, description: bilingualDescription(text) }];
}
