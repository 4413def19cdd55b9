/** A position in a list ordered by due time, then deadline id: stable while rows are added. */
export interface DueListPosition {
  readonly dueAt: string;
  readonly deadlineId: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Pass as `after` for the next page; null on the last page. */
  readonly nextCursor: string | null;
}

export interface PageRequest {
  readonly limit?: number;
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

export function pageSizeOf(request: PageRequest): number {
  const limit = request.limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`A page holds at least 1 item, got ${limit}`);
  return Math.min(limit, MAX_PAGE_SIZE);
}

/** Opaque to clients, so the ordering can change without breaking them. */
export function encodeCursor(position: DueListPosition): string {
  return Buffer.from(JSON.stringify([position.dueAt, position.deadlineId])).toString('base64url');
}

export function decodeCursor(cursor: string): DueListPosition {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2 && typeof decoded[0] === 'string' && typeof decoded[1] === 'string' && !Number.isNaN(Date.parse(decoded[0]))) {
      return { dueAt: decoded[0], deadlineId: decoded[1] };
    }
  } catch {
    // Falls through to the error below: a malformed cursor is the caller's mistake, not ours.
  }
  throw new InvalidCursorError(cursor);
}
