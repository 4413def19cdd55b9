import { SUPERGRAPH_SDL } from '@hotline/contracts-supergraph';
import { ConfigError, loadConfig } from '@hotline/platform-config';
import { startGateway } from '@hotline/platform-gateway';
import { deadlineService } from '@hotline/deadline-graphql';
import { intakeService } from '@hotline/intake-graphql';
import { routingService } from '@hotline/routing-graphql';
import { createLogger, platformServices, runUntilSignalled, startAllInOne, type ServiceName } from '@hotline/platform-runtime';
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
  const subgraphUrls = Object.fromEntries(platform.services.filter((s) => withFeatures.has(s.name as ServiceName)).map((s) => [s.name, `${s.url}/graphql`]));
  const gateway = await startGateway({
    supergraphSdl: SUPERGRAPH_SDL,
    subgraphUrls,
    host: config.HTTP_HOST,
    port: config.GATEWAY_PORT,
    onInternalError: (error) => logger.error('gateway failed', { error: error instanceof Error ? error.stack : String(error) }),
  }).catch(async (error: unknown) => {
    await platform.stop();
    throw error;
  });
  process.stdout.write(banner(config, platform.services, gateway.url));
  return {
    stop: async () => {
      await gateway.stop();
      await platform.stop();
      process.stdout.write('Đã dừng, không mất sự kiện nào / stopped cleanly, every event stored\n');
    },
  };
});
