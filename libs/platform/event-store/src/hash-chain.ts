import { createHash } from 'node:crypto';
import { uuidv7 } from '@hotline/contracts-events';
import type { NewEvent, RecordedEvent } from './event-store';

type Hashed = Omit<RecordedEvent, 'globalPosition' | 'hash'>;

/** JSON with sorted keys, so the hash does not depend on how a database orders jsonb keys. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The hash covers every field except the global position, which some stores assign after the write. */
export function hashEvent(event: Hashed): string {
  const { eventId, type, schemaVersion, streamId, streamRevision, occurredAt, recordedAt, correlationId, causationId, actor, data, prevHash } = event;
  const body = canonicalJson({ eventId, type, schemaVersion, streamId, streamRevision, occurredAt, recordedAt, correlationId, causationId, actor, data, prevHash });
  return createHash('sha256').update(body).digest('hex');
}

export interface StreamHead {
  revision: number;
  hash: string;
}

/** Builds the envelopes of an append, chained to the stream's current head. */
export function chainNewEvents(streamId: string, events: readonly NewEvent[], head: StreamHead | null, now: Date): Omit<RecordedEvent, 'globalPosition'>[] {
  const recordedAt = now.toISOString();
  let prevHash = head?.hash ?? null;
  let revision = head ? head.revision : -1;
  return events.map((event) => {
    revision += 1;
    const eventId = event.eventId ?? uuidv7(now.getTime());
    const unhashed: Hashed = {
      eventId,
      type: event.type,
      schemaVersion: event.schemaVersion ?? 1,
      streamId,
      streamRevision: revision,
      occurredAt: new Date(event.occurredAt ?? recordedAt).toISOString(),
      recordedAt,
      correlationId: event.correlationId ?? eventId,
      causationId: event.causationId ?? null,
      actor: event.actor,
      data: event.data,
      prevHash,
    };
    const hash = hashEvent(unhashed);
    prevHash = hash;
    return { ...unhashed, hash };
  });
}

export type ChainVerdict =
  | { intact: true; streams: number; events: number }
  | { intact: false; streams: number; events: number; brokenAt: BrokenLink };

export interface BrokenLink {
  streamId: string;
  streamRevision: number;
  eventId: string | null;
  globalPosition: number | null;
  problem: 'hash_mismatch' | 'prev_hash_mismatch' | 'revision_gap';
}

/**
 * Follows the hash chains of events fed in order (any mix of streams, each in revision order),
 * keeping only each stream's head, so a whole store can be verified page by page. The first
 * broken link: an edited event fails its own hash, a deleted one leaves a revision gap and a
 * dangling prevHash.
 */
export class ChainVerifier {
  private readonly heads = new Map<string, StreamHead>();
  private count = 0;
  private broken: BrokenLink | null = null;

  /** Checks one more event; false once a link is broken (later events are not looked at). */
  check(event: RecordedEvent): boolean {
    if (this.broken) return false;
    this.count += 1;
    const head = this.heads.get(event.streamId);
    const problem = linkProblem(event, head);
    if (problem) {
      this.broken = { streamId: event.streamId, streamRevision: event.streamRevision, eventId: event.eventId, globalPosition: event.globalPosition, problem };
      return false;
    }
    this.heads.set(event.streamId, { revision: event.streamRevision, hash: event.hash });
    return true;
  }

  /** The last event seen of a stream, to compare with what the store says its head is. */
  headOf(streamId: string): StreamHead | undefined {
    return this.heads.get(streamId);
  }

  get streams(): number {
    return this.heads.size;
  }

  get events(): number {
    return this.count;
  }

  verdict(): ChainVerdict {
    return this.broken ? { intact: false, streams: this.heads.size, events: this.count, brokenAt: this.broken } : { intact: true, streams: this.heads.size, events: this.count };
  }
}

function linkProblem(event: RecordedEvent, head: StreamHead | undefined): BrokenLink['problem'] | null {
  if (event.streamRevision !== (head ? head.revision + 1 : 0)) return 'revision_gap';
  if (event.prevHash !== (head?.hash ?? null)) return 'prev_hash_mismatch';
  if (hashEvent(event) !== event.hash) return 'hash_mismatch';
  return null;
}

/** Verifies the hash chains of the given events (any mix of streams, each in revision order). */
export function verifyChains(events: Iterable<RecordedEvent>): ChainVerdict {
  const verifier = new ChainVerifier();
  for (const event of events) {
    if (!verifier.check(event)) break;
  }
  return verifier.verdict();
}
