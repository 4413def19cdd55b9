import type { PlatformConfig } from '@hotline/platform-config';
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
 * Every service in one process. On embedded defaults they share one PGlite database
 * (DATA_DIR/platform) and one in-process bus; with real servers configured, the same host
 * runs against those instead.
 */
export async function startAllInOne(definitions: readonly ServiceDefinition[], config: PlatformConfig, logger: Logger, options: HostOptions = {}): Promise<AllInOne> {
  const shared: SharedResources = {};
  if (config.SQL_ADAPTER === 'pglite') shared.sql = await openPGlite(config, 'platform');
  shared.bus = openBus(config, 'all-in-one');
  const services: RunningService[] = [];
  const stop = async () => {
    for (const service of [...services].reverse()) await service.stop();
    await shared.bus?.close();
    await shared.sql?.close();
  };
  try {
    for (const definition of definitions) services.push(await startService(definition, config, logger, shared, options));
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  return { services, sharedSql: shared.sql, stop };
}
