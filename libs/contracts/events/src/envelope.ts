import { z } from 'zod';
import { ActorSchema, type Actor } from './actor';
import { UUID_PATTERN } from './uuid-v7';

/**
 * The envelope every stored and published event carries (DESIGN §3).
 * `prevHash`/`hash` chain the events of one stream so an edit or a deletion is detectable.
 */
export interface EventEnvelope<TType extends string = string, TData = unknown> {
  eventId: string;
  type: TType;
  schemaVersion: number;
  streamId: string;
  streamRevision: number;
  globalPosition: number;
  occurredAt: string;
  recordedAt: string;
  correlationId: string;
  causationId: string | null;
  actor: Actor;
  data: TData;
  prevHash: string | null;
  hash: string;
}

const isoInstant = z.iso.datetime({ offset: true });

export const EventEnvelopeSchema = z.object({
  eventId: z.string().regex(UUID_PATTERN, 'must be a UUID'),
  type: z.string().regex(/^[a-z][a-zA-Z]*\.[A-Z][A-Za-z0-9]*$/, 'must look like "context.EventName"'),
  schemaVersion: z.number().int().positive(),
  streamId: z.string().min(1).max(300),
  streamRevision: z.number().int().nonnegative(),
  globalPosition: z.number().int().nonnegative(),
  occurredAt: isoInstant,
  recordedAt: isoInstant,
  correlationId: z.string().min(1).max(100),
  causationId: z.string().min(1).max(100).nullable(),
  actor: ActorSchema,
  data: z.unknown(),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});

/** Bounded context that owns an event type: the part before the dot. */
export function contextOf(type: string): string {
  const dot = type.indexOf('.');
  return dot > 0 ? type.slice(0, dot) : type;
}

/** Kafka topic of a context's integration events; partitioned by stream id. */
export function topicOf(type: string): string {
  return `hotline.${contextOf(type)}.events`;
}
