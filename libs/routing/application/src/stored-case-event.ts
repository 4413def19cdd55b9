import { integrationEvents, type Actor } from '@hotline/contracts-events';
import type { BilingualText, CaseActor, CaseAssigned, CaseEscalated, CaseEvent, EscalationCause } from '@hotline/routing-domain';
import type { NewEvent, RecordedEvent } from '@hotline/platform-event-store';

/** The forwarder publishes a service's events by this prefix, to `hotline.routing.events`. */
export const ROUTING_EVENT_PREFIX = 'routing.';
const STREAM_PREFIX = 'case-';
/** The catalogue caps free text at this length. */
const CATALOGUE_REASON_LENGTH = 500;

export function caseStreamId(caseId: string): string {
  return `${STREAM_PREFIX}${caseId}`;
}

/** Who asked and why, carried into the envelope for the audit trail. */
export interface CaseCommandMetadata {
  readonly correlationId?: string;
  /** The integration event this command answers; also what makes redelivery a no-op. */
  readonly causationId?: string | null;
}

export function envelopeActor(actor: CaseActor): Actor {
  return actor.kind === 'system' ? { kind: 'system', id: actor.id } : { kind: 'officer', id: actor.officerId, unitCode: actor.unitCode };
}

/**
 * A domain event as the store keeps it. Decision (see README): the stored data is the domain
 * event's full data, so the aggregate can be rebuilt from it, plus whatever the catalogue needs
 * under the catalogue's names. Where both want the same key with a different shape
 * (CaseAssigned.reason), the catalogue gets the key and the domain value moves aside. Each
 * catalogue type is validated before it is appended, so a contract break fails the command
 * instead of reaching a consumer; consumers parse through the catalogue, which drops the extras.
 */
export function toNewEvent(event: CaseEvent, metadata: CaseCommandMetadata): NewEvent {
  const type = `${ROUTING_EVENT_PREFIX}${event.type}`;
  const data = integrationData(event);
  const schemaVersion = integrationEvents.has(type) ? integrationEvents.prepare(type, data).schemaVersion : 1;
  return {
    type,
    schemaVersion,
    data,
    actor: envelopeActor(event.data.by),
    occurredAt: event.data.at,
    correlationId: metadata.correlationId,
    causationId: metadata.causationId ?? null,
  };
}

function integrationData(event: CaseEvent): unknown {
  switch (event.type) {
    case 'CaseAssigned': {
      const { reason, ...rest } = event.data;
      return { ...rest, reason: catalogueText(reason.vi), reasonText: reason };
    }
    case 'CaseEscalated':
      return { ...event.data, fromUnitCode: event.data.from, toUnitCode: event.data.to, reason: catalogueText(escalationReason(event.data.cause).vi) };
    default:
      return event.data;
  }
}

/** True for the events of case streams, even in a store shared with other services. */
export function isCaseEvent(event: RecordedEvent): boolean {
  return event.type.startsWith(ROUTING_EVENT_PREFIX) && event.streamId.startsWith(STREAM_PREFIX);
}

/** The inverse of `toNewEvent`: the domain event, without the catalogue's copies. */
export function toCaseEvent(event: RecordedEvent): CaseEvent {
  const type = event.type.slice(ROUTING_EVENT_PREFIX.length);
  if (type === 'CaseAssigned') {
    const { reasonText, ...rest } = event.data as Omit<CaseAssigned['data'], 'reason'> & { reasonText: BilingualText };
    return { type, data: { ...rest, reason: reasonText } };
  }
  if (type === 'CaseEscalated') {
    const { fromUnitCode: _from, toUnitCode: _to, reason: _reason, ...rest } = event.data as CaseEscalated['data'] & Record<'fromUnitCode' | 'toUnitCode' | 'reason', string>;
    return { type, data: rest };
  }
  return { type, data: event.data } as CaseEvent;
}

export function escalationReason(cause: EscalationCause): BilingualText {
  if (cause.kind === 'officer_decision') return { vi: cause.reason, en: cause.reason };
  return {
    vi: `Quá thời hạn bước “${cause.step}” (thời hạn ${cause.deadlineId}): chuyển cấp trên.`,
    en: `The time limit of step “${cause.step}” (deadline ${cause.deadlineId}) was breached: escalated to the level above.`,
  };
}

function catalogueText(text: string): string {
  return text.length <= CATALOGUE_REASON_LENGTH ? text : `${text.slice(0, CATALOGUE_REASON_LENGTH - 1)}…`;
}
