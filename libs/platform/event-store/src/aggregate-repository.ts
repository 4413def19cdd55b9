import type { Actor, EventCatalogue } from '@hotline/contracts-events';
import { WrongExpectedRevisionError, type EventStore, type ExpectedRevision, type RecordedEvent } from './event-store';

/** The emmett-style decider every context's aggregate implements. */
export interface AggregateDecider<Command, Event, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

/** Domain events are `{ type, data }`; stored, their type carries the context: `intake.ReportReceived`. */
export interface DomainEvent {
  type: string;
  data: unknown;
}

export interface CommandMetadata {
  actor: Actor;
  correlationId?: string;
  causationId?: string | null;
  occurredAt?: string;
}

export interface HandledCommand<Event, State> {
  state: State;
  events: Event[];
  recorded: RecordedEvent[];
}

/**
 * Loads an aggregate from its stream, decides, and appends with optimistic concurrency. When
 * another writer got there first, the command is decided again on the new state; the domain's
 * own refusals propagate unchanged.
 */
export class AggregateRepository<Command, Event extends DomainEvent, State> {
  constructor(
    private readonly store: EventStore,
    private readonly options: {
      context: string;
      streamId: (aggregateId: string) => string;
      decider: AggregateDecider<Command, Event, State>;
      conflictRetries?: number;
      /**
       * The integration events other services read. Types it lists are validated before the
       * append and stamped with the latest schema version, so a contract break fails the command
       * instead of reaching a consumer; the stored data stays the domain event's full data.
       */
      catalogue?: EventCatalogue;
    },
  ) {}

  async load(aggregateId: string): Promise<{ state: State; revision: ExpectedRevision }> {
    const recorded = await this.store.readStream(this.options.streamId(aggregateId));
    const prefix = `${this.options.context}.`;
    const state = recorded
      .filter((r) => r.type.startsWith(prefix))
      .map((r) => ({ type: r.type.slice(prefix.length), data: r.data }) as Event)
      .reduce(this.options.decider.evolve, this.options.decider.initialState());
    return { state, revision: recorded.length === 0 ? 'no_stream' : recorded[recorded.length - 1].streamRevision };
  }

  async handle(aggregateId: string, command: Command, metadata: CommandMetadata): Promise<HandledCommand<Event, State>> {
    const retries = this.options.conflictRetries ?? 3;
    for (let attempt = 0; ; attempt++) {
      const { state, revision } = await this.load(aggregateId);
      const events = this.options.decider.decide(command, state);
      if (events.length === 0) return { state, events, recorded: [] };
      try {
        const { events: recorded } = await this.store.appendToStream(
          this.options.streamId(aggregateId),
          events.map((event) => ({
            type: `${this.options.context}.${event.type}`,
            schemaVersion: this.schemaVersionOf(`${this.options.context}.${event.type}`, event.data),
            data: event.data,
            actor: metadata.actor,
            correlationId: metadata.correlationId,
            causationId: metadata.causationId,
            occurredAt: metadata.occurredAt,
          })),
          { expectedRevision: revision },
        );
        return { state: events.reduce(this.options.decider.evolve, state), events, recorded };
      } catch (error) {
        if (error instanceof WrongExpectedRevisionError && attempt < retries) continue;
        throw error;
      }
    }
  }

  private schemaVersionOf(type: string, data: unknown): number | undefined {
    const catalogue = this.options.catalogue;
    return catalogue?.has(type) ? catalogue.prepare(type, data).schemaVersion : undefined;
  }
}
