import type { OfficerRole } from '@hotline/platform-graphql';

/** An officer's platform account: from the roster (H3), or the first ministry administrator (bootstrap). */
export interface Account {
  readonly id: string;
  /** Lower case; the roster's e-mail for rostered officers. */
  readonly username: string;
  readonly fullName: string;
  readonly role: OfficerRole;
  readonly unitCode: string;
  readonly origin: 'roster' | 'bootstrap';
  /** Null until the officer sets one with an activation code: a rostered account cannot sign in before. */
  readonly passwordHash: string | null;
  readonly totpSecret: string | null;
  readonly totpPendingSecret: string | null;
  readonly totpLastStep: number | null;
}

/** User names compare case-insensitively; e-mail addresses are stored lower case by the roster too. */
export function normaliseUsername(typed: string): string {
  return typed.normalize('NFC').trim().toLowerCase();
}

const USERNAME = /^[a-z0-9][a-z0-9._@-]{2,99}$/;

export function isValidUsername(username: string): boolean {
  return USERNAME.test(username);
}
