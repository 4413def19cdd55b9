import type { PlatformConfig } from '@hotline/platform-config';
import type { EventBus } from '@hotline/platform-event-bus';
import type { SqlClient } from '@hotline/platform-sql';
import { openBus, openPGlite, type SharedResources } from './infrastructure';
import type { Logger } from './logger';
import type { ServiceDefinition } from './service-definition';
import { startService, type HostOptions, type RunningService } from './service-host';

export interface AllInOne {
  services: RunningService[];
  /** The embedded database the services share (PGlite); absent on real servers. */
  sharedSql?: SqlClient;
  stop(): Promise<void>;
}

/**
 * What the services of one process share: on embedded defaults one PGlite database
 * (DATA_DIR/platform), and always one bus. The gateway's identity uses them too, so it can be
 * opened before the services and handed to `startAllInOne`.
 */
export async function openSharedResources(config: PlatformConfig): Promise<SharedResources & { bus: EventBus }> {
  const sql = config.SQL_ADAPTER === 'pglite' ? await openPGlite(config, 'platform') : undefined;
  return { sql, bus: openBus(config, 'all-in-one') };
}

export interface AllInOneOptions extends HostOptions {
  /** Opened by the caller, who also closes them; otherwise the host opens and closes its own. */
  shared?: SharedResources & { bus: EventBus };
}

/**
 * Every service in one process. On embedded defaults they share one PGlite database
 * (DATA_DIR/platform) and one in-process bus; with real servers configured, the same host
 * runs against those instead.
 */
export async function startAllInOne(definitions: readonly ServiceDefinition[], config: PlatformConfig, logger: Logger, options: AllInOneOptions = {}): Promise<AllInOne> {
  const owned = !options.shared;
  const shared: SharedResources & { bus: EventBus } = options.shared ?? (await openSharedResources(config));
  const services: RunningService[] = [];
  const stop = async () => {
    for (const service of [...services].reverse()) await service.stop();
    if (!owned) return;
    await shared.bus.close();
    await shared.sql?.close();
  };
  try {
    for (const definition of definitions) services.push(await startService(definition, config, logger, shared, { clock: options.clock }));
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  return { services, sharedSql: shared.sql, stop };
}
