import { InvalidCursorError } from '@hotline/platform-sql';
import { levelOfUnitCode, type UnitCode } from '@hotline/routing-domain';

/**
 * Lists of units go central, provinces, communes, each by code: the rank of a code's level,
 * computed the same way in SQL (`unitRankSql`), then the code itself.
 */
export function unitRankSql(column: string): string {
  return `(case when ${column} like 'P%' then 1 when ${column} like 'C%' then 2 else 0 end)`;
}

export function unitRank(code: UnitCode): number {
  const level = levelOfUnitCode(code);
  return level === 'province' ? 1 : level === 'commune' ? 2 : 0;
}

/** Opaque to clients, like the other cursors, so the ordering may change. */
export function encodeUnitCursor(code: UnitCode): string {
  return Buffer.from(JSON.stringify(['unit', code])).toString('base64url');
}

export function decodeUnitCursor(cursor: string): UnitCode {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded[0] === 'unit' && typeof decoded[1] === 'string' && levelOfUnitCode(decoded[1]) !== null) return decoded[1] as UnitCode;
  } catch {
    // Falls through: a malformed cursor is the caller's mistake, reported below.
  }
  throw new InvalidCursorError(cursor);
}
