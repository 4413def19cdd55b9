import { signedInOfficer, UserFacingError, type RequestActor } from '@hotline/platform-graphql';
import { nationalJurisdiction } from '@hotline/shared-organisation';

/** Whether an officer's unit covers another unit (itself and the units below it): the platform's one organisation. */
export function unitCovers(officerUnit: string, unitCode: string): boolean {
  return nationalJurisdiction().covers(officerUnit, unitCode);
}

const READERS = new Set(['operator', 'handler', 'unit_head', 'provincial_admin', 'ministry_admin', 'auditor']);

/** The calling officer, allowed to read deadlines of `unitCode`; a clear refusal otherwise. */
export function deadlineReader(actor: RequestActor, unitCode?: string | null): Extract<RequestActor, { kind: 'officer' }> {
  const officer = signedInOfficer(actor);
  if (!READERS.has(officer.role)) throw new UserFacingError('FORBIDDEN', { vi: 'Vai trò của bạn không xem được thời hạn.', en: 'Your role may not read deadlines.' });
  if (unitCode && !unitCovers(officer.unitCode, unitCode)) {
    throw new UserFacingError('OUTSIDE_JURISDICTION', { vi: 'Đơn vị này không thuộc phạm vi quản lý của bạn.', en: 'That unit is outside your jurisdiction.' }, 'unitCode');
  }
  return officer;
}

const ADJUSTERS = new Set(['unit_head', 'provincial_admin', 'ministry_admin']);

/**
 * The calling officer, allowed to pause, resume or extend a deadline held by `unitCode`: a unit
 * head or an administrator whose unit covers it. A deadline with no unit yet is the ministry's.
 */
export function deadlineAdjuster(actor: RequestActor, unitCode: string | null): Extract<RequestActor, { kind: 'officer' }> {
  const officer = deadlineReader(actor);
  if (!ADJUSTERS.has(officer.role)) {
    throw new UserFacingError('FORBIDDEN', {
      vi: 'Chỉ lãnh đạo đơn vị hoặc quản trị viên được tạm dừng, tiếp tục hay gia hạn thời hạn.',
      en: 'Only a unit head or an administrator may pause, resume or extend a deadline.',
    });
  }
  if (!unitCovers(officer.unitCode, unitCode ?? 'BTNMT')) {
    throw new UserFacingError('OUTSIDE_JURISDICTION', { vi: 'Thời hạn này thuộc đơn vị ngoài phạm vi quản lý của bạn.', en: 'This deadline belongs to a unit outside your jurisdiction.' });
  }
  return officer;
}
