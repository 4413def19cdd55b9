import { SUPERGRAPH_SDL } from '@hotline/contracts-supergraph';
import { ConfigError, loadConfig } from '@hotline/platform-config';
import { startGateway } from '@hotline/platform-gateway';
import { platformSigningKey, startIdentity } from '@hotline/platform-identity';
import { deadlineService } from '@hotline/deadline-graphql';
import { intakeService } from '@hotline/intake-graphql';
import { routingService } from '@hotline/routing-graphql';
import { sessionService } from '@hotline/session-graphql';
import { createLogger, openSharedResources, platformServices, runUntilSignalled, startAllInOne, type ServiceName } from '@hotline/platform-runtime';
import { PgSqlClient } from '@hotline/platform-sql/pg';
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

void runUntilSignalled(logger, async () => {
  // Identity first: the services check callers with its key and revocations, in this process.
  const shared = await openSharedResources(config);
  const identitySql = shared.sql ?? new PgSqlClient({ connectionString: config.DATABASE_URL!, applicationName: 'identity' });
  const closeShared = async () => {
    await shared.bus.close();
    await identitySql.close();
  };
  const identity = await startIdentity({ config, sql: identitySql, bus: shared.bus, signingKey: await platformSigningKey(config), logger: logger.child({ service: 'identity' }) }).catch(
    async (error: unknown) => {
      await closeShared();
      throw error;
    },
  );
  // Each context plugs its features into its service; the others run the bare service host so far.
  const withFeatures = new Map([intakeService(identity.authenticator), routingService(identity.authenticator), deadlineService(identity.authenticator), sessionService(identity.authenticator)].map((s) => [s.name, s]));
  const services = platformServices.map((service) => withFeatures.get(service.name) ?? service);
  const platform = await startAllInOne(services, config, logger, { shared }).catch(async (error: unknown) => {
    await identity.stop();
    await closeShared();
    throw error;
  });
  const subgraphUrls = Object.fromEntries(platform.services.filter((s) => withFeatures.has(s.name as ServiceName)).map((s) => [s.name, `${s.url}/graphql`]));
  const gateway = await startGateway({
    supergraphSdl: SUPERGRAPH_SDL,
    subgraphUrls,
    host: config.HTTP_HOST,
    port: config.GATEWAY_PORT,
    authenticator: identity.authenticator,
    routes: identity.routes,
    anonymousRequestsPerMinute: config.GATEWAY_ANONYMOUS_REQUESTS_PER_MINUTE,
    trustedProxyHops: config.GATEWAY_TRUSTED_PROXY_HOPS,
    onInternalError: (error) => logger.error('gateway failed', { error: error instanceof Error ? error.stack : String(error) }),
  }).catch(async (error: unknown) => {
    await platform.stop();
    await identity.stop();
    await closeShared();
    throw error;
  });
  process.stdout.write(banner(config, platform.services, gateway.url, identity.bootstrapFile));
  return {
    stop: async () => {
      await gateway.stop();
      await platform.stop();
      await identity.stop();
      await closeShared();
      process.stdout.write('Đã dừng, không mất sự kiện nào / stopped cleanly, every event stored\n');
    },
  };
});
