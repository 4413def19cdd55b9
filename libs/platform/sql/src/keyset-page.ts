/**
 * Keyset pagination for read models: lists ordered by a timestamp, then an id, stay stable while
 * rows are added, unlike offsets. The cursor is opaque to clients so the ordering may change.
 */
export interface KeysetPosition {
  readonly at: string;
  readonly id: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Pass as `after` for the next page; null on the last page. */
  readonly nextCursor: string | null;
}

export interface PageRequest {
  readonly limit?: number;
  /** A cursor from a previous page's `nextCursor`. */
  readonly after?: string | null;
}

export class InvalidCursorError extends RangeError {
  constructor(readonly cursor: string) {
    super(`Not a cursor returned by this list: '${cursor}'`);
    this.name = 'InvalidCursorError';
  }
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export function pageSizeOf(limit: number | undefined): number {
  const size = limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`A page holds at least 1 item, got ${size}`);
  return Math.min(size, MAX_PAGE_SIZE);
}

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.at, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): KeysetPosition {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2 && typeof decoded[0] === 'string' && typeof decoded[1] === 'string' && !Number.isNaN(Date.parse(decoded[0]))) {
      return { at: decoded[0], id: decoded[1] };
    }
  } catch {
    // Falls through: a malformed cursor is the caller's mistake, reported below.
  }
  throw new InvalidCursorError(cursor);
}
