import { isConsistentOfficer, requireScope, signedInOfficer, UserFacingError, type RequestActor } from '@hotline/platform-graphql';
import { InvalidCursorError, SessionInputError, type SessionView } from '@hotline/session-application';
import { isHostUnitCode, mayAct, SessionRuleViolation, type SessionActor, type SessionUnits } from '@hotline/session-domain';
import { nationalJurisdiction } from '@hotline/shared-organisation';

/** The caller as the session domain knows it: an officer (a misconfigured account refused), an integrator's app, or the public. */
export function sessionActor(actor: RequestActor): SessionActor {
  switch (actor.kind) {
    case 'officer': {
      const officer = signedInOfficer(actor);
      return { kind: 'officer', officerId: officer.id, role: officer.role, unitCode: officer.unitCode };
    }
    case 'integrator':
      return { kind: 'integrator', id: actor.id };
    case 'anonymous':
      return { kind: 'citizen', id: 'public' };
    default: {
      const unreachable: never = actor;
      return unreachable;
    }
  }
}

export const unitsOf = (session: SessionView): SessionUnits => ({ hostUnitCode: session.hostUnitCode, coHostUnitCodes: session.coHostUnitCodes });

/** What anyone may do, the public included: an officer's account is not looked at, so a misconfigured one asks as the public. */
export function publicSessionActor(actor: RequestActor): SessionActor {
  return actor.kind === 'officer' && !isConsistentOfficer(actor) ? { kind: 'citizen', id: 'public' } : sessionActor(actor);
}

/** A draft is its hosts' business; an announced session is public. */
export function seesSession(actor: RequestActor, session: SessionView): boolean {
  return session.status !== 'draft' || mayAct('read', publicSessionActor(actor), unitsOf(session));
}

/** The public's reads of sessions and their Q&A; an integrator needs its client's scope for them. */
export function requireSessionsScope(actor: RequestActor): void {
  requireScope(actor, 'sessions:read');
}

/**
 * The session's officers (the host's, the co-hosts', the ministry's) read its questions and
 * report; a unit a question is assigned to reads that question.
 */
export function requireSessionReader(actor: RequestActor, session: SessionView, assignedUnitCode: string | null = null): void {
  signedInOfficer(actor);
  if (!mayAct('read', sessionActor(actor), { ...unitsOf(session), assignedUnitCode })) {
    throw new UserFacingError('OUTSIDE_JURISDICTION', { vi: 'Buổi giao lưu không thuộc phạm vi quản lý của đơn vị bạn.', en: 'The session is outside your unit’s jurisdiction.' });
  }
}

/** The hosts whose drafts an officer may see: the ones their unit covers (none for a misconfigured account, which sees what the public sees). */
export function draftHostsOf(actor: RequestActor): string[] {
  if (actor.kind !== 'officer' || !isConsistentOfficer(actor)) return [];
  return nationalJurisdiction().unitsCoveredBy(actor.unitCode).filter((code) => isHostUnitCode(code));
}

export const sessionNotFound = () => new SessionRuleViolation('session_not_found');

/** A form's field errors, as one refusal pointing at the first field and listing them all. */
export function invalidInput(error: SessionInputError): UserFacingError {
  const list = (language: 'vi' | 'en') => error.errors.map((e) => `${e.field}: ${e.message[language]}`).join(' ');
  return new UserFacingError('INVALID_INPUT', { vi: list('vi'), en: list('en') }, error.errors[0]?.field);
}

/** Runs a query or command, turning input and cursor problems into refusals a person reads. */
export async function refusingBadInput<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SessionInputError) throw invalidInput(error);
    if (error instanceof InvalidCursorError) throw new UserFacingError('INVALID_INPUT', { vi: 'Con trỏ trang không hợp lệ.', en: 'Not a cursor returned by this list.' }, 'after');
    throw error;
  }
}

/** A list's `first` argument, refused with the field named when out of range. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 1 || size > 200) throw new UserFacingError('INVALID_INPUT', { vi: 'Số mục mỗi trang từ 1 đến 200.', en: 'A page holds 1 to 200 items.' }, 'first');
  return size;
}
