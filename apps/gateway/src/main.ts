import { SUPERGRAPH_SDL } from '@hotline/contracts-supergraph';
import { ConfigError, loadConfig } from '@hotline/platform-config';
import { startGateway } from '@hotline/platform-gateway';
import { platformSigningKey, startIdentity } from '@hotline/platform-identity';
import { createLogger, openBus, openPGlite, runUntilSignalled } from '@hotline/platform-runtime';
import { PgSqlClient } from '@hotline/platform-sql/pg';

// The gateway as its own process (the distributed mode): the composed schema, where each subgraph
// answers, and the identity (accounts, sign-in, API clients) in the database's identity schema.
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
  const signingKey = await platformSigningKey(config);
  const sql = config.SQL_ADAPTER === 'postgres' ? new PgSqlClient({ connectionString: config.DATABASE_URL!, applicationName: 'gateway' }) : await openPGlite(config, 'identity');
  const bus = openBus(config, 'gateway');
  if (config.EVENT_BUS_ADAPTER === 'in-process') logger.warn('EVENT_BUS_ADAPTER=in-process: rosters imported by a separate routing process will not reach this gateway (use kafka)');
  const close = async () => {
    await bus.close();
    await sql.close();
  };
  const identity = await startIdentity({ config, sql, bus, signingKey, logger }).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  const gateway = await startGateway({
    supergraphSdl: SUPERGRAPH_SDL,
    subgraphUrls: { intake: config.GATEWAY_INTAKE_URL, routing: config.GATEWAY_ROUTING_URL, deadline: config.GATEWAY_DEADLINE_URL, session: config.GATEWAY_SESSION_URL },
    host: config.HTTP_HOST,
    port: config.GATEWAY_PORT,
    authenticator: identity.authenticator,
    routes: identity.routes,
    anonymousRequestsPerMinute: config.GATEWAY_ANONYMOUS_REQUESTS_PER_MINUTE,
    trustedProxyHops: config.GATEWAY_TRUSTED_PROXY_HOPS,
    onInternalError: (error) => logger.error('gateway failed', { error: error instanceof Error ? error.stack : String(error) }),
  }).catch(async (error: unknown) => {
    await identity.stop();
    await close();
    throw error;
  });
  logger.info('service started', { url: gateway.url, bootstrapFile: identity.bootstrapFile });
  return {
    stop: async () => {
      await gateway.stop();
      await identity.stop();
      await close();
    },
  };
});
