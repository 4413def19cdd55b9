import type { RetryPolicy } from '@hotline/platform-event-bus';
import { subscribeToAll } from '@hotline/platform-event-store';
import type { HealthCheck, ServiceContext, ServiceFeatures } from '@hotline/platform-runtime';
import { AssignmentRulesTable } from './assignment-rules-table';
import { CaseAudit } from './case-audit';
import { CaseCommands } from './case-commands';
import { CASE_READ_MODEL, CaseReadModel } from './case-read-model';
import { CaseRepository } from './case-repository';
import { DeadlineBreachEscalation } from './deadline-breach-consumer';
import { DirectoryCommands } from './directory-commands';
import { DirectoryTables } from './directory-tables';
import { OfficerRosterEvents } from './officer-roster-events';
import { ReportIntake } from './report-intake-consumer';
import { consumeRoutingInputs } from './routing-integration-consumer';
import { ROUTING_SERVICE_PERMISSIONS } from './routing-service-permissions';

export interface RoutingFeatureOptions {
  /** Schema of the service's tables; the runtime gives each service its own ('routing'). */
  readonly schema?: string;
  readonly now?: () => Date;
  /** Delivery retries of intake's and deadline's events before they are dead-lettered. */
  readonly retry?: Partial<RetryPolicy>;
}

export interface RoutingFeatures extends ServiceFeatures {
  readonly checks: Record<string, HealthCheck>;
  readonly repository: CaseRepository;
  readonly directory: DirectoryTables;
  readonly assignmentRules: AssignmentRulesTable;
  readonly readModel: CaseReadModel;
  readonly commands: CaseCommands;
  readonly directoryCommands: DirectoryCommands;
  /** Auditors' reading of routing's store: histories, replays as of an instant, hash chains. */
  readonly audit: CaseAudit;
  /** The service's "now": which rules version is current, what "today" is for a publication. */
  readonly clock: () => Date;
  /** Resolves once the read model has applied every event appended so far. */
  caughtUp(): Promise<void>;
}

/**
 * The routing service's features: the directory, roster and assignment-rules tables, the case
 * read model fed from its own store, and the consumer of intake's accepted reports and deadline's
 * breaches.
 */
export async function startRoutingFeatures(context: ServiceContext, options: RoutingFeatureOptions = {}): Promise<RoutingFeatures> {
  const { sql, store, bus, checkpoints, processed } = context.infrastructure;
  const log = context.logger;
  const schema = options.schema ?? 'routing';
  const now = options.now ?? context.clock ?? (() => new Date());

  const directory = new DirectoryTables(sql, schema);
  const assignmentRules = new AssignmentRulesTable(sql, schema);
  const readModel = new CaseReadModel(sql, processed, schema);
  await directory.migrate();
  await assignmentRules.migrate();
  await readModel.migrate();
  const rulesAt = (at: string) => assignmentRules.inEffectAt(at);

  const repository = new CaseRepository(store, directory, { permissions: ROUTING_SERVICE_PERMISSIONS });
  const commands = new CaseCommands({ repository, assignmentRules: rulesAt, now });
  const directoryCommands = new DirectoryCommands({ directory, assignmentRules, rosterEvents: new OfficerRosterEvents(store), now });
  const projection = subscribeToAll(store, {
    subscriberId: CASE_READ_MODEL,
    checkpoints,
    handle: readModel.apply,
    onError: (error, attempt) => log.warn('case read model retrying', { error: String(error), attempt }),
  });
  const reports = new ReportIntake({ repository, assignmentRules: rulesAt });
  const breaches = new DeadlineBreachEscalation(repository, log);
  const consumer = await consumeRoutingInputs(bus, { reports, breaches }, options.retry).catch(async (error: unknown) => {
    await projection.stop();
    throw error;
  });

  return {
    repository,
    directory,
    assignmentRules,
    readModel,
    commands,
    directoryCommands,
    audit: new CaseAudit(store),
    clock: now,
    caughtUp: () => projection.caughtUp(),
    checks: {
      caseReadModel: async () => ({ position: projection.position() }),
      assignmentRules: async () => {
        const current = await assignmentRules.inEffectAt(now().toISOString());
        return { version: current.version, effectiveFrom: current.effectiveFrom };
      },
      hotlineDirectory: async () => ({ listings: (await directory.directory()).hotlines().length }),
    },
    // Stop taking new work first, then let the projection finish its batch.
    stop: async () => {
      await consumer.stop();
      await projection.stop();
    },
  };
}
