import { acceptedMailReply, readHotlineMail, readReportSubmission, refusedMailReply, type HotlineMail } from '@hotline/intake-domain';
import type { FieldError } from '@hotline/shared-contact';
import type { EvidenceOffer, EvidenceReception } from '../evidence/evidence-reception';
import type { ReportDesk } from '../report-desk';

/** What the mail listener answers: 250 once the report is recorded, 550/552 when nothing was. */
export type MailVerdict = { accepted: true; reportId: string; trackingCode: string; reply: string } | { accepted: false; code: 550 | 552; errors: FieldError[]; reply: string };

const MAIL_ACTOR = { kind: 'citizen' as const, id: 'email' };

/**
 * The e-mail channel (H5): a mail to a hotline address becomes a report, its attachments the
 * evidence. Everything is checked before anything is written; a mail refused anyway (a file
 * taken by a concurrent report) has its stored files discarded. A crash while recording
 * propagates, so the listener answers 4xx and the sending server tries again later.
 */
export class HotlineMailIntake {
  constructor(
    private readonly desk: ReportDesk,
    private readonly reception: EvidenceReception,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async take(mail: HotlineMail, attachments: readonly EvidenceOffer[]): Promise<MailVerdict> {
    const receivedAt = this.now();
    const reading = readHotlineMail(mail, receivedAt);
    const fileErrors = this.reception.check(attachments, 'evidence');
    if (!reading.ok) return refused([...reading.errors, ...fileErrors]);
    const dryRun = readReportSubmission(reading.report, receivedAt);
    const errors = [...(dryRun.ok ? [] : dryRun.errors), ...fileErrors];
    if (errors.length > 0) return refused(errors);

    const receipt = await this.reception.receive(attachments, 'evidence');
    if (!receipt.ok) return refused(receipt.errors);
    const evidenceIds = receipt.evidence.map((e) => e.evidenceId);
    let outcome: Awaited<ReturnType<ReportDesk['submit']>>;
    try {
      outcome = await this.desk.submit({ ...reading.report, evidence: evidenceIds.map((evidenceId) => ({ evidenceId })) }, MAIL_ACTOR);
    } catch (error) {
      await this.reception.store.discard(evidenceIds);
      throw error;
    }
    if (!outcome.ok) {
      await this.reception.store.discard(evidenceIds);
      return refused(outcome.errors);
    }
    return { accepted: true, reportId: outcome.reportId, trackingCode: outcome.trackingCode, reply: acceptedMailReply(outcome.trackingCode) };
  }

  /** An embedded part whose only fault is its type: layout (a logo, a GIF), not evidence. */
  isDecoration(offer: EvidenceOffer): boolean {
    const errors = this.reception.check([offer], 'part');
    return errors.length > 0 && errors.every((e) => e.field.endsWith('.mediaType'));
  }
}

/** 552 (storage exceeded) when only sizes were wrong, 550 otherwise. */
function refused(errors: FieldError[]): MailVerdict {
  const onlySizes = errors.length > 0 && errors.every((e) => e.field.endsWith('.sizeBytes'));
  return { accepted: false, code: onlySizes ? 552 : 550, errors, reply: refusedMailReply(errors) };
}
