import { canonicalJson, type BrokenLink, type ChainVerdict, type RecordedEvent } from '@hotline/platform-event-store';
import type { RequestActor } from './request-actor';
import { signedInOfficer } from './signed-in-officer';
import { UserFacingError, type BilingualText } from './user-facing-error';

type Officer = Extract<RequestActor, { kind: 'officer' }>;

/** Auditors read every trail of their jurisdiction; the ministry's administrator answers for the whole platform. */
const AUDIT_ROLES = new Set(['auditor', 'ministry_admin']);

/** The calling officer, if their role may read audit trails; a clear refusal otherwise. */
export function auditingOfficer(actor: RequestActor): Officer {
  const officer = signedInOfficer(actor);
  if (!AUDIT_ROLES.has(officer.role)) {
    throw new UserFacingError('FORBIDDEN', {
      vi: 'Chỉ kiểm toán viên hoặc quản trị viên cấp Bộ được xem nhật ký kiểm toán.',
      en: 'Only an auditor or a ministry administrator may read the audit trail.',
    });
  }
  return officer;
}

/** Verifying a whole store touches every jurisdiction's events: the central unit's auditors only. */
export function wholeStoreAuditor(actor: RequestActor, centralUnitCode: string): Officer {
  const officer = auditingOfficer(actor);
  if (officer.unitCode !== centralUnitCode) {
    throw new UserFacingError(
      'OUTSIDE_JURISDICTION',
      { vi: 'Chỉ cấp Bộ được kiểm tra toàn bộ kho sự kiện; hãy nêu một luồng thuộc địa bàn của bạn.', en: 'Only the ministry may verify the whole store; name a stream of your jurisdiction.' },
      'streamId',
    );
  }
  return officer;
}

export const auditOutsideJurisdiction = (field?: string) =>
  new UserFacingError('OUTSIDE_JURISDICTION', { vi: 'Hồ sơ này không thuộc địa bàn đơn vị bạn quản lý.', en: 'This record is outside your unit’s jurisdiction.' }, field);

export function toAuditEntry(event: RecordedEvent) {
  return {
    streamId: event.streamId,
    revision: event.streamRevision,
    globalPosition: String(event.globalPosition),
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    correlationId: event.correlationId,
    causationId: event.causationId,
    actor: { kind: event.actor.kind, id: event.actor.id, unitCode: event.actor.unitCode ?? null },
    data: canonicalJson(event.data),
    hash: event.hash,
    prevHash: event.prevHash,
  };
}

const REASONS: Record<BrokenLink['problem'], (link: BrokenLink) => BilingualText> = {
  hash_mismatch: (l) => ({
    vi: `Sự kiện ${l.eventId} (luồng ${l.streamId}, thứ tự ${l.streamRevision}) đã bị sửa: nội dung không khớp mã băm của nó.`,
    en: `Event ${l.eventId} (stream ${l.streamId}, revision ${l.streamRevision}) was altered: its content does not match its hash.`,
  }),
  prev_hash_mismatch: (l) => ({
    vi: `Sự kiện ${l.eventId} (luồng ${l.streamId}, thứ tự ${l.streamRevision}) không nối với mã băm của sự kiện trước.`,
    en: `Event ${l.eventId} (stream ${l.streamId}, revision ${l.streamRevision}) does not link to the previous event's hash.`,
  }),
  revision_gap: (l) => ({
    vi: `Luồng ${l.streamId} thiếu sự kiện ở thứ tự ${l.streamRevision}${l.eventId ? '' : ' (sự kiện cuối đã bị xoá)'}.`,
    en: `Stream ${l.streamId} is missing an event at revision ${l.streamRevision}${l.eventId ? '' : ' (its last event was deleted)'}.`,
  }),
};

export function toChainVerification(verdict: ChainVerdict, verifiedAt: Date) {
  const link = verdict.intact ? null : verdict.brokenAt;
  return {
    ok: verdict.intact,
    streamsChecked: verdict.streams,
    eventsChecked: verdict.events,
    verifiedAt: verifiedAt.toISOString(),
    firstBrokenLink: link && {
      streamId: link.streamId,
      revision: link.streamRevision,
      eventId: link.eventId,
      globalPosition: link.globalPosition === null ? null : String(link.globalPosition),
      reason: link.problem,
      explanation: REASONS[link.problem](link),
    },
  };
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant an auditor names: ISO 8601 with its offset (Z or +07:00), so it is never read in the wrong zone. */
export function readAuditInstant(text: string, field = 'at'): Date {
  const time = INSTANT.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(time)) {
    throw new UserFacingError(
      'INVALID_INPUT',
      { vi: 'Thời điểm phải theo ISO 8601 kèm múi giờ, ví dụ 2026-02-13T09:15:00+07:00.', en: 'The instant must be ISO 8601 with its offset, e.g. 2026-02-13T09:15:00+07:00.' },
      field,
    );
  }
  return new Date(time);
}
