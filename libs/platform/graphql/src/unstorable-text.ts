/**
 * Where a request carries text no part of the platform can keep: NUL (PostgreSQL text cannot
 * hold it) or ill-formed UTF-16 (a lone surrogate, which would be silently replaced on the way to
 * the database). Refused at the door, naming the variable, so no resolver ever sees such text.
 */
export function findUnstorableText(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') || !value.isWellFormed() ? path || '(request)' : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableText(item, `${path}.${index}`);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnstorableText(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}
