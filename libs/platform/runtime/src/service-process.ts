import { ConfigError, loadConfig, type PlatformConfig } from '@hotline/platform-config';
import { createLogger } from './logger';
import { runUntilSignalled } from './process-lifecycle';
import type { ServiceDefinition } from './service-definition';
import { startService } from './service-host';

/**
 * Entry point of a service running as its own process (the distributed mode). A definition that
 * depends on the configuration (how callers are authenticated) is given as a function of it.
 */
export function runServiceProcess(service: ServiceDefinition | ((config: PlatformConfig) => Promise<ServiceDefinition>)): Promise<void> {
  const config = (() => {
    try {
      const loaded = loadConfig();
      if (loaded.EVENT_BUS_ADAPTER === 'in-process') {
        throw new ConfigError([
          {
            variable: 'EVENT_BUS_ADAPTER',
            message: 'in-process only connects services inside one process: set EVENT_BUS_ADAPTER=kafka, or run all services with `npm start`',
          },
        ]);
      }
      return loaded;
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`);
      process.exit(2);
    }
  })();
  const logger = createLogger(config.LOG_LEVEL, typeof service === 'function' ? {} : { service: service.name });
  return runUntilSignalled(logger, async () => {
    const definition = typeof service === 'function' ? await service(config) : service;
    return startService(definition, config, logger);
  });
}
