/** A position in an inbox ordered by when cases were opened, then case id: stable while cases change. */
export interface InboxPosition {
  readonly openedAt: string;
  readonly caseId: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Pass as `after` for the next page; null on the last page. */
  readonly nextCursor: string | null;
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

/** Opaque to clients, so the ordering can change without breaking them. */
export function encodeCursor(position: InboxPosition): string {
  return Buffer.from(JSON.stringify([position.openedAt, position.caseId])).toString('base64url');
}

export function decodeCursor(cursor: string): InboxPosition {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2 && typeof decoded[0] === 'string' && typeof decoded[1] === 'string' && !Number.isNaN(Date.parse(decoded[0]))) {
      return { openedAt: decoded[0], caseId: decoded[1] };
    }
  } catch {
    // Falls through: a malformed cursor is the caller's mistake, reported below.
  }
  throw new InvalidCursorError(cursor);
}
