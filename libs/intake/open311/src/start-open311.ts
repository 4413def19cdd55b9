import type { IntakeFeatures } from '@hotline/intake-application';
import { PublicReportListing } from '@hotline/intake-application';
import type { RouteHandler, ServiceContext } from '@hotline/platform-runtime';
import { Open311Clients } from './open311-clients';
import { open311Endpoint } from './open311-endpoint';
import { Open311ServiceRequests } from './open311-service-requests';

/** The Open311 routes of the intake service, over the intake features already started. */
export async function startOpen311(context: ServiceContext, intake: IntakeFeatures): Promise<{ routes: RouteHandler[]; clients: Open311Clients }> {
  const { sql } = context.infrastructure;
  const clients = new Open311Clients(sql);
  await clients.migrate();
  const requests = new Open311ServiceRequests({
    desk: intake.desk,
    readModel: intake.readModel,
    listing: new PublicReportListing(sql),
    gazetteer: intake.gazetteer,
    now: context.clock,
  });
  const endpoint = open311Endpoint(
    { requests, clients },
    {
      maxBodyBytes: context.config.OPEN311_MAX_BODY_BYTES,
      postsPerHourPerKey: context.config.OPEN311_POSTS_PER_HOUR_PER_KEY,
      postsPerHourPerIp: context.config.OPEN311_POSTS_PER_HOUR_PER_IP,
      publicUrl: context.config.OPEN311_PUBLIC_URL,
      onInternalError: (error) => context.logger.error('open311 request failed', { error: error instanceof Error ? error.stack : String(error) }),
    },
  );
  return { routes: [endpoint], clients };
}
