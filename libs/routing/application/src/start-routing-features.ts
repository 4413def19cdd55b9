import type { RetryPolicy } from '@hotline/platform-event-bus';
import { subscribeToAll } from '@hotline/platform-event-store';
import type { HealthCheck, ServiceContext, ServiceFeatures } from '@hotline/platform-runtime';
import { defaultAssignmentRules, type AssignmentRules } from '@hotline/routing-domain';
import { CaseCommands } from './case-commands';
import { CASE_READ_MODEL, CaseReadModel } from './case-read-model';
import { CaseRepository } from './case-repository';
import { DeadlineBreachEscalation } from './deadline-breach-consumer';
import { DirectoryTables } from './directory-tables';
import { ReportIntake } from './report-intake-consumer';
import { consumeRoutingInputs } from './routing-integration-consumer';
import { ROUTING_SERVICE_PERMISSIONS } from './routing-service-permissions';

export interface RoutingFeatureOptions {
  /** Schema of the service's tables; the runtime gives each service its own ('routing'). */
  readonly schema?: string;
  /** The assignment rules in effect. Default: version 1 of the domain's rules (no rules table yet). */
  readonly assignmentRules?: () => Promise<AssignmentRules>;
  readonly now?: () => Date;
  /** Delivery retries of intake's and deadline's events before they are dead-lettered. */
  readonly retry?: Partial<RetryPolicy>;
}

export interface RoutingFeatures extends ServiceFeatures {
  readonly checks: Record<string, HealthCheck>;
  readonly repository: CaseRepository;
  readonly directory: DirectoryTables;
  readonly readModel: CaseReadModel;
  readonly commands: CaseCommands;
  /** Resolves once the read model has applied every event appended so far. */
  caughtUp(): Promise<void>;
}

/**
 * The routing service's features: the directory and roster tables, the case read model fed from
 * its own store, and the consumer of intake's accepted reports and deadline's breaches.
 */
export async function startRoutingFeatures(context: ServiceContext, options: RoutingFeatureOptions = {}): Promise<RoutingFeatures> {
  const { sql, store, bus, checkpoints, processed } = context.infrastructure;
  const log = context.logger;
  const schema = options.schema ?? 'routing';
  const rules = defaultAssignmentRules();
  const assignmentRules = options.assignmentRules ?? (async () => rules);

  const directory = new DirectoryTables(sql, schema);
  const readModel = new CaseReadModel(sql, processed, schema);
  await directory.migrate();
  await readModel.migrate();

  const repository = new CaseRepository(store, directory, { permissions: ROUTING_SERVICE_PERMISSIONS });
  const commands = new CaseCommands({ repository, assignmentRules, now: options.now });
  const projection = subscribeToAll(store, {
    subscriberId: CASE_READ_MODEL,
    checkpoints,
    handle: readModel.apply,
    onError: (error, attempt) => log.warn('case read model retrying', { error: String(error), attempt }),
  });
  const reports = new ReportIntake({ repository, assignmentRules });
  const breaches = new DeadlineBreachEscalation(repository, log);
  const consumer = await consumeRoutingInputs(bus, { reports, breaches }, options.retry).catch(async (error: unknown) => {
    await projection.stop();
    throw error;
  });

  return {
    repository,
    directory,
    readModel,
    commands,
    caughtUp: () => projection.caughtUp(),
    checks: {
      caseReadModel: async () => ({ position: projection.position() }),
      assignmentRules: async () => {
        const current = await assignmentRules();
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
