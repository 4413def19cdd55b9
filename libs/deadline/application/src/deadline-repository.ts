import {
  deadlineDecider,
  evolveDeadline,
  initialDeadlineState,
  type DeadlineCommand,
  type DeadlineEvent,
  type DeadlineState,
  type WorkingDayCalendar,
} from '@hotline/deadline-domain';
import { WrongExpectedRevisionError, type EventStore, type ExpectedRevision } from '@hotline/platform-event-store';
import { deadlineStreamId, isDeadlineEvent, toDeadlineEvent, toNewEvent, type CommandMetadata } from './stored-deadline-event';

export interface CalendarSource {
  load(): Promise<WorkingDayCalendar>;
}

export interface LoadedDeadline {
  readonly state: DeadlineState;
  /** What the next append expects: the last revision read, or 'no_stream'. */
  readonly revision: ExpectedRevision;
}

export interface HandledDeadlineCommand extends LoadedDeadline {
  /** The events this command appended; empty when it changed nothing (e.g. an idle tick). */
  readonly events: readonly DeadlineEvent[];
}

const DEFAULT_CONFLICT_RETRIES = 3;

/** The Deadline aggregate, event-sourced on the store: one stream per deadline. */
export class DeadlineRepository {
  constructor(
    private readonly store: EventStore,
    private readonly calendar: CalendarSource,
    private readonly conflictRetries = DEFAULT_CONFLICT_RETRIES,
  ) {}

  async load(deadlineId: string): Promise<LoadedDeadline> {
    const recorded = await this.store.readStream(deadlineStreamId(deadlineId));
    const state = recorded.filter(isDeadlineEvent).map(toDeadlineEvent).reduce(evolveDeadline, initialDeadlineState());
    return { state, revision: recorded.length === 0 ? 'no_stream' : recorded[recorded.length - 1].streamRevision };
  }

  /**
   * Read → decide → append, with optimistic concurrency. When another writer got there first
   * (a timer tick racing a completion), the command is decided again on the new state; a
   * rule violation is the domain's answer and propagates unchanged.
   */
  async handle(deadlineId: string, command: DeadlineCommand, metadata: CommandMetadata): Promise<HandledDeadlineCommand> {
    for (let retry = 0; ; retry++) {
      const { state, revision } = await this.load(deadlineId);
      const decider = deadlineDecider(await this.calendar.load());
      const events = decider.decide(command, state);
      if (events.length === 0) return { state, revision, events };
      const occurredAt = 'now' in command.data ? command.data.now : undefined;
      try {
        const appended = await this.store.appendToStream(
          deadlineStreamId(deadlineId),
          events.map((event) => toNewEvent(event, metadata, occurredAt)),
          { expectedRevision: revision },
        );
        return { state: events.reduce(evolveDeadline, state), revision: appended.nextExpectedRevision, events };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || retry >= this.conflictRetries) throw error;
      }
    }
  }
}
