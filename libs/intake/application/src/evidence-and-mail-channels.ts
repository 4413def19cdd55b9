import type { HealthCheck, RouteHandler, ServiceContext } from '@hotline/platform-runtime';
import { EvidenceReception } from './evidence/evidence-reception';
import type { EvidenceStore } from './evidence/evidence-store';
import { evidenceUploadRoute } from './evidence/evidence-upload-route';
import { UploadAllowance } from './evidence/upload-allowance';
import { HotlineMailIntake } from './mail/hotline-mail-intake';
import { startMailListener, type MailListener } from './mail/smtp-mail-listener';
import type { ReportDesk } from './report-desk';

export interface EvidenceAndMailChannels {
  reception: EvidenceReception;
  /** The SMTP listener, when this process listens for mail. */
  mail: MailListener | null;
  routes: RouteHandler[];
  checks: Record<string, HealthCheck>;
  stop(): Promise<void>;
}

const SWEEP_INTERVAL_MS = 3_600_000;

/**
 * The channels that bring files: `POST /evidence` for the web form and API, and the SMTP
 * listener of the hotline addresses. Uploads no report refers to are deleted after
 * EVIDENCE_UNCLAIMED_HOURS by an hourly sweep.
 */
export async function startEvidenceAndMailChannels(
  context: ServiceContext,
  deps: { desk: ReportDesk; store: EvidenceStore; listenForMail: boolean; now: () => Date },
): Promise<EvidenceAndMailChannels> {
  const { config, logger } = context;
  const reception = new EvidenceReception(deps.store, { maxBytes: config.EVIDENCE_MAX_BYTES });
  const allowance = new UploadAllowance(config.EVIDENCE_UPLOADS_PER_MINUTE, () => deps.now().getTime());
  const sweep = () =>
    deps.store
      .discardUnclaimed(new Date(deps.now().getTime() - config.EVIDENCE_UNCLAIMED_HOURS * 3_600_000))
      .then((count) => count > 0 && logger.info('unclaimed evidence discarded', { count }))
      .catch((error: unknown) => logger.warn('evidence sweep failed', { error: String(error) }));
  const timer = setInterval(() => void sweep(), SWEEP_INTERVAL_MS);
  timer.unref();
  void sweep();

  const mail = deps.listenForMail
    ? await startMailListener(new HotlineMailIntake(deps.desk, reception, deps.now), {
        host: config.SMTP_HOST ?? config.HTTP_HOST,
        port: config.SMTP_PORT,
        maxMessageBytes: config.SMTP_MAX_MESSAGE_BYTES,
        hotlineDomains: config.SMTP_HOTLINE_DOMAINS?.split(',') ?? null,
        logger: logger.child({ channel: 'email' }),
      })
    : null;
  if (mail) logger.info('mail listener started', { host: mail.host, port: mail.port });
  return {
    reception,
    mail,
    routes: [evidenceUploadRoute(reception, { maxBytes: config.EVIDENCE_MAX_BYTES, allowance })],
    checks: mail ? { mail: async () => ({ host: mail.host, port: mail.port }) } : {},
    stop: async () => {
      clearInterval(timer);
      await mail?.close();
    },
  };
}
