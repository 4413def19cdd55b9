import { AdministrativeGazetteer } from '@hotline/intake-domain';
import { consumeIntegrationEvents } from '@hotline/platform-forwarder';
import type { ServiceContext, ServiceFeatures } from '@hotline/platform-runtime';
import type { BusSubscription } from '@hotline/platform-event-bus';
import { IdentityVault } from './identity-vault';
import { ReportDesk } from './report-desk';
import { ReportReadModel } from './report-read-model';

export interface IntakeFeatures extends ServiceFeatures {
  desk: ReportDesk;
  readModel: ReportReadModel;
}

/** Intake inside its service process: the vault, the report read model, and what it hears from routing. */
export async function startIntakeFeatures(context: ServiceContext, options: { identityKey: Buffer; now?: () => Date }): Promise<IntakeFeatures> {
  const { sql, store, bus, checkpoints, processed } = context.infrastructure;
  const vault = new IdentityVault(sql, options.identityKey);
  const readModel = new ReportReadModel(sql, processed);
  await vault.migrate();
  await readModel.migrate();
  readModel.start(store, checkpoints);
  const gazetteer = AdministrativeGazetteer.fromReferenceData();
  const desk = new ReportDesk({
    sql,
    store,
    vault,
    readModel,
    gazetteer,
    duplicates: { radiusMeters: context.config.DUPLICATE_RADIUS_METERS, windowHours: context.config.DUPLICATE_WINDOW_HOURS },
    now: options.now,
  });
  const closures: BusSubscription = await consumeIntegrationEvents(bus, {
    groupId: 'intake-service',
    types: ['routing.CaseClosed'],
    handle: async (event) => readModel.markCaseClosed(event.eventId, (event.data as { caseId: string }).caseId),
  });
  return {
    desk,
    readModel,
    checks: {
      gazetteer: async () => ({ provinces: gazetteer.counts.currentProvinces, communes: gazetteer.counts.currentCommunes }),
    },
    stop: async () => {
      await closures.stop();
      await readModel.stop();
    },
  };
}
