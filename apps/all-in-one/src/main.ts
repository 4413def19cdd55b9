import { ConfigError, loadConfig } from '@hotline/platform-config';
import { deadlineService } from '@hotline/deadline-graphql';
import { intakeService } from '@hotline/intake-graphql';
import { routingService } from '@hotline/routing-graphql';
import { createLogger, platformServices, runUntilSignalled, startAllInOne } from '@hotline/platform-runtime';
import { banner } from './banner';

const config = (() => {
  try {
    return loadConfig();
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\nSee README.md, "Configuration".\n`);
    process.exit(2);
  }
})();
const logger = createLogger(config.LOG_LEVEL, { host: 'all-in-one' });
// Each context plugs its features into its service; the others run the bare service host so far.
const withFeatures = new Map([intakeService(), routingService(), deadlineService()].map((s) => [s.name, s]));
const services = platformServices.map((service) => withFeatures.get(service.name) ?? service);

void runUntilSignalled(logger, async () => {
  const platform = await startAllInOne(services, config, logger);
  process.stdout.write(banner(config, platform.services));
  return {
    stop: async () => {
      await platform.stop();
      process.stdout.write('Đã dừng, không mất sự kiện nào / stopped cleanly, every event stored\n');
    },
  };
});
