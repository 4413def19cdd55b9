import { AdministrativeGazetteer, type CommuneBoundaries } from '@hotline/intake-domain';
import { ConfigError } from '@hotline/platform-config';
import { integrationEvents } from '@hotline/contracts-events';
import { consumeIntegrationEvents } from '@hotline/platform-forwarder';
import type { ServiceContext, ServiceFeatures } from '@hotline/platform-runtime';
import type { BusSubscription } from '@hotline/platform-event-bus';
import { CallLogImport } from './call-log-import';
import { loadCommuneBoundaries } from './commune-boundary-file';
import { CASE_PROGRESS_EVENT_TYPES, isCaseProgressEvent } from './case-progress';
import { startEvidenceAndMailChannels } from './evidence-and-mail-channels';
import type { EvidenceReception } from './evidence/evidence-reception';
import { SqlEvidenceStore } from './evidence/sql-evidence-store';
import type { MailListener } from './mail/smtp-mail-listener';
import { IdentityVault } from './identity-vault';
import { ReportDesk } from './report-desk';
import { ReportAudit } from './report-audit';
import { ReportReadModel } from './report-read-model';

export interface IntakeFeatures extends ServiceFeatures {
  desk: ReportDesk;
  readModel: ReportReadModel;
  /** Auditors' reading of intake's store: histories, replays as of an instant, hash chains. */
  audit: ReportAudit;
  callLog: CallLogImport;
  gazetteer: AdministrativeGazetteer;
  evidence: EvidenceReception;
  /** The SMTP listener of the hotline addresses (its bound port), when started with listenForMail. */
  mail: MailListener | null;
}

/** Intake inside its service process: the vault, the report read model, and what it hears from routing. */
export async function startIntakeFeatures(context: ServiceContext, options: { identityKey: Buffer; now?: () => Date; listenForMail?: boolean }): Promise<IntakeFeatures> {
  const { sql, store, bus, checkpoints, processed } = context.infrastructure;
  const gazetteer = AdministrativeGazetteer.fromReferenceData();
  // Read first: a bad boundary file stops the start-up before anything listens.
  const boundaries = await communeBoundariesOf(context.config, gazetteer);
  const vault = new IdentityVault(sql, options.identityKey);
  const readModel = new ReportReadModel(sql, processed);
  await vault.migrate();
  await readModel.migrate();
  readModel.start(store, checkpoints);
  const evidenceStore = new SqlEvidenceStore(sql, { now: options.now ?? context.clock });
  await evidenceStore.migrate();
  const desk = new ReportDesk({
    sql,
    store,
    vault,
    readModel,
    gazetteer,
    boundaries,
    duplicates: { radiusMeters: context.config.DUPLICATE_RADIUS_METERS, windowHours: context.config.DUPLICATE_WINDOW_HOURS },
    evidence: evidenceStore,
    now: options.now ?? context.clock,
  });
  const callLog = new CallLogImport(sql, desk, { now: options.now ?? context.clock });
  await callLog.migrate();
  // Reporters follow their case through routing's stages; parsed through the catalogue, which keeps only what may reach them.
  const caseProgress: BusSubscription = await consumeIntegrationEvents(bus, {
    groupId: 'intake-service',
    types: [...CASE_PROGRESS_EVENT_TYPES],
    catalogue: integrationEvents,
    handle: async (event) => {
      if (isCaseProgressEvent(event)) await readModel.applyCaseProgress(event);
    },
  });
  const channels = await startEvidenceAndMailChannels(context, { desk, store: evidenceStore, listenForMail: options.listenForMail ?? false, now: options.now ?? context.clock ?? (() => new Date()) });
  return {
    desk,
    readModel,
    audit: new ReportAudit(store, readModel),
    evidence: channels.reception,
    mail: channels.mail,
    routes: channels.routes,
    callLog,
    gazetteer,
    checks: {
      gazetteer: async () => ({ provinces: gazetteer.counts.currentProvinces, communes: gazetteer.counts.currentCommunes, communeBoundaries: boundaries?.size ?? 'not configured' }),
      ...channels.checks,
    },
    stop: async () => {
      await channels.stop();
      await caseProgress.stop();
      await readModel.stop();
    },
  };
}

async function communeBoundariesOf(config: ServiceContext['config'], gazetteer: AdministrativeGazetteer): Promise<CommuneBoundaries | null> {
  if (!config.COMMUNE_BOUNDARIES_FILE) return null;
  try {
    return await loadCommuneBoundaries(config.COMMUNE_BOUNDARIES_FILE, config.COMMUNE_BOUNDARIES_CODE_PROPERTY, gazetteer);
  } catch (error) {
    throw new ConfigError([{ variable: 'COMMUNE_BOUNDARIES_FILE', message: error instanceof Error ? error.message : String(error) }]);
  }
}
