import { EventEnvelopeSchema, type EventEnvelope } from './envelope';
import type { EventType } from './event-type';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyEventType = EventType<string, any>;

/** Envelope whose data is typed by the catalogue entry of its `type`. */
export type CatalogueEvent<T extends AnyEventType> =
  T extends EventType<infer N, infer D> ? EventEnvelope<N, D> : never;

/**
 * The registry of integration event types. Consumers parse what they receive through
 * it, so a malformed message is rejected at the edge and an old version is upcast.
 */
export class EventCatalogue<T extends AnyEventType = AnyEventType> {
  private readonly byType: Map<string, T>;

  constructor(types: readonly T[]) {
    this.byType = new Map(types.map((t) => [t.type, t]));
    if (this.byType.size !== types.length) {
      throw new Error('EventCatalogue: duplicate event type');
    }
  }

  has(type: string): boolean {
    return this.byType.has(type);
  }

  get types(): string[] {
    return [...this.byType.keys()];
  }

  /** Validates an envelope and its data, upcasting the data to the latest version. */
  parse(raw: unknown): CatalogueEvent<T> {
    const envelope = EventEnvelopeSchema.parse(raw);
    const entry = this.byType.get(envelope.type);
    if (!entry) {
      throw new UnknownEventTypeError(envelope.type);
    }
    const data = entry.parse(envelope.data, envelope.schemaVersion);
    return { ...envelope, schemaVersion: entry.latestVersion, data } as CatalogueEvent<T>;
  }

  /** Returns the latest schema version for new events of this type, after validating the data. */
  prepare(type: string, data: unknown): { schemaVersion: number; data: unknown } {
    const entry = this.byType.get(type);
    if (!entry) {
      throw new UnknownEventTypeError(type);
    }
    const result = entry.validate(data);
    if (!result.success) {
      throw result.error;
    }
    return { schemaVersion: entry.latestVersion, data: result.data };
  }
}

export class UnknownEventTypeError extends Error {
  constructor(readonly type: string) {
    super(`Event type ${type} is not in the catalogue`);
    this.name = 'UnknownEventTypeError';
  }
}
