import { contextOf } from '@hotline/contracts-events';
import type { PlatformConfig } from '@hotline/platform-config';
import { Forwarder } from '@hotline/platform-forwarder';
import { startHttpServer } from './health-server';
import { openInfrastructure, type SharedResources } from './infrastructure';
import type { Logger } from './logger';
import type { ServiceDefinition } from './service-definition';

export interface RunningService {
  name: string;
  url: string;
  stop(): Promise<void>;
}

const DRAIN_TIMEOUT_MS = 10_000;

/**
 * Starts one service: its infrastructure, the forwarder that publishes its events, its
 * features, and its HTTP server with /health.
 */
export interface HostOptions {
  /** Defaults to the system clock. */
  clock?: () => Date;
}

export async function startService(
  definition: ServiceDefinition,
  config: PlatformConfig,
  logger: Logger,
  shared: SharedResources = {},
  options: HostOptions = {},
): Promise<RunningService> {
  const log = logger.child({ service: definition.name });
  const infrastructure = await openInfrastructure(config, definition.name, shared);
  const forwarder = new Forwarder({
    store: infrastructure.store,
    bus: infrastructure.bus,
    checkpoints: infrastructure.checkpoints,
    name: `${definition.name}-forwarder`,
    select: (event) => contextOf(event.type) === definition.name,
    pollIntervalMs: config.FORWARDER_POLL_INTERVAL_MS,
    onError: (error, attempt) => log.warn('forwarder retrying', { error, attempt }),
  });
  forwarder.start();
  const features = await definition.start?.({ config, infrastructure, logger: log, clock: options.clock ?? (() => new Date()) });
  const http = await startHttpServer({
    service: definition.name,
    host: config.HTTP_HOST,
    port: config[definition.portVariable],
    routes: features?.routes,
    checks: {
      database: async () => void (await infrastructure.sql.query('select 1')),
      eventStore: async () => ({ adapter: infrastructure.store.name, streamRead: (await infrastructure.store.readStream('$health', { maxCount: 1 })).length }),
      eventBus: async () => {
        await infrastructure.bus.ping();
        return { adapter: infrastructure.bus.name };
      },
      forwarder: async () => ({ position: forwarder.position() }),
      ...features?.checks,
    },
  });
  log.info('service started', { url: http.url, eventStore: infrastructure.store.name, eventBus: infrastructure.bus.name });
  return {
    name: definition.name,
    url: http.url,
    // Stop taking requests, stop the features, publish what was already appended, then close.
    stop: async () => {
      await http.close();
      await features?.stop();
      await Promise.race([forwarder.caughtUp(), new Promise((r) => setTimeout(r, DRAIN_TIMEOUT_MS))]);
      await forwarder.stop();
      await infrastructure.close();
      log.info('service stopped', { forwarderPosition: forwarder.position() });
    },
  };
}
