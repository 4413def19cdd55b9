/**
 * S2's announcement is due at an instant the session calendar policy fixes (intake opening minus
 * its lead days), so this rule's limit is only the span the warning is sized against: officers
 * are warned 2 days before the last day ends. Versions published before the step existed get it.
 */
export const SESSION_ANNOUNCE_RULE = { limit: { unit: 'calendar_days', amount: 5, warnBeforeHours: 48 }, pausable: false } as const;
