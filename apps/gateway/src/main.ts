import { SUPERGRAPH_SDL } from '@hotline/contracts-supergraph';
import { ConfigError, loadConfig } from '@hotline/platform-config';
import { startGateway } from '@hotline/platform-gateway';
import { createLogger, runUntilSignalled } from '@hotline/platform-runtime';

// The gateway as its own process (the distributed mode): it holds no data, only the composed
// schema and where each subgraph answers.
const config = (() => {
  try {
    return loadConfig();
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\nSee README.md, "Configuration".\n`);
    process.exit(2);
  }
})();
const logger = createLogger(config.LOG_LEVEL, { service: 'gateway' });

void runUntilSignalled(logger, async () => {
  const gateway = await startGateway({
    supergraphSdl: SUPERGRAPH_SDL,
    subgraphUrls: { intake: config.GATEWAY_INTAKE_URL, routing: config.GATEWAY_ROUTING_URL, deadline: config.GATEWAY_DEADLINE_URL },
    host: config.HTTP_HOST,
    port: config.GATEWAY_PORT,
    onInternalError: (error) => logger.error('gateway failed', { error: error instanceof Error ? error.stack : String(error) }),
  });
  logger.info('service started', { url: gateway.url });
  return gateway;
});
