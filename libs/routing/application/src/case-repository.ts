import {
  caseLifecycle,
  DEFAULT_CASE_PERMISSIONS,
  evolveCase,
  initialCaseState,
  type CaseCommand,
  type CaseEvent,
  type CasePermissions,
  type CaseState,
  type HotlineDirectory,
} from '@hotline/routing-domain';
import { WrongExpectedRevisionError, type EventStore, type ExpectedRevision, type RecordedEvent } from '@hotline/platform-event-store';
import { caseStreamId, isCaseEvent, toCaseEvent, toNewEvent, type CaseCommandMetadata } from './stored-case-event';

/** Where decisions read the units and their hotlines from; a value per decision, never cached across them here. */
export interface DirectorySource {
  directory(): Promise<HotlineDirectory>;
}

export interface LoadedCase {
  readonly state: CaseState;
  /** What the next append expects: the last revision read, or 'no_stream'. */
  readonly revision: ExpectedRevision;
  readonly recorded: readonly RecordedEvent[];
}

export interface HandledCaseCommand {
  readonly state: CaseState;
  /** The events this call appended; empty when `alreadyHandled`. */
  readonly events: readonly CaseEvent[];
  readonly recorded: readonly RecordedEvent[];
  /** The stream already holds events caused by `metadata.causationId`: a redelivery, nothing appended. */
  readonly alreadyHandled: boolean;
}

export interface CaseRepositoryOptions {
  readonly permissions?: CasePermissions;
  readonly conflictRetries?: number;
}

const DEFAULT_CONFLICT_RETRIES = 3;

/** The Case aggregate, event-sourced on the store: one stream per case, `case-<caseId>`. */
export class CaseRepository {
  private readonly permissions: CasePermissions;
  private readonly conflictRetries: number;

  constructor(
    private readonly store: EventStore,
    private readonly directories: DirectorySource,
    options: CaseRepositoryOptions = {},
  ) {
    this.permissions = options.permissions ?? DEFAULT_CASE_PERMISSIONS;
    this.conflictRetries = options.conflictRetries ?? DEFAULT_CONFLICT_RETRIES;
  }

  async load(caseId: string): Promise<LoadedCase> {
    const recorded = await this.store.readStream(caseStreamId(caseId));
    const state = recorded.filter(isCaseEvent).map(toCaseEvent).reduce(evolveCase, initialCaseState());
    return { state, revision: recorded.length === 0 ? 'no_stream' : recorded[recorded.length - 1].streamRevision, recorded };
  }

  /**
   * Read → decide → append, with optimistic concurrency. Several commands are decided in turn on
   * the evolving state and appended together, so they land all or nothing. When another writer
   * got there first the commands are decided again on the new state; a CaseRuleViolation is the
   * domain's answer and propagates unchanged.
   */
  async handle(caseId: string, commands: CaseCommand | readonly CaseCommand[], metadata: CaseCommandMetadata = {}): Promise<HandledCaseCommand> {
    const list: readonly CaseCommand[] = Array.isArray(commands) ? commands : [commands as CaseCommand];
    for (let retry = 0; ; retry++) {
      const { state, revision, recorded } = await this.load(caseId);
      const causation = metadata.causationId;
      // Checked inside the loop: a racing delivery of the same message may have just appended.
      if (causation && recorded.some((event) => event.causationId === causation)) return { state, events: [], recorded: [], alreadyHandled: true };
      const lifecycle = caseLifecycle({ directory: await this.directories.directory(), permissions: this.permissions });
      const events: CaseEvent[] = [];
      let next = state;
      for (const command of list) {
        const decided = lifecycle.decide(command, next);
        events.push(...decided);
        next = decided.reduce(lifecycle.evolve, next);
      }
      if (events.length === 0) return { state, events, recorded: [], alreadyHandled: false };
      try {
        const appended = await this.store.appendToStream(
          caseStreamId(caseId),
          events.map((event) => toNewEvent(event, metadata)),
          { expectedRevision: revision },
        );
        return { state: next, events, recorded: appended.events, alreadyHandled: false };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || retry >= this.conflictRetries) throw error;
      }
    }
  }
}
