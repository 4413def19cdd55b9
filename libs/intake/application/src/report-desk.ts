import { randomBytes } from 'node:crypto';
import { integrationEvents, uuidv7, type Actor } from '@hotline/contracts-events';
import {
  readReportSubmission,
  identityDisclosureFor,
  normaliseTrackingCode,
  reportDecider,
  trackingCodeFrom,
  POLLUTION_TYPES,
  type AdministrativeGazetteer,
  type CommuneBoundaries,
  type IdentityDisclosure,
  type LegalTrack,
  type OfficerActor,
  type ReportCommand,
  type ReportEvent,
  type ReportState,
  type ReporterIdentity,
} from '@hotline/intake-domain';
import { AggregateRepository, type EventStore } from '@hotline/platform-event-store';
import type { SqlClient } from '@hotline/platform-sql';
import { readEmailAddress, readVietnamesePhoneNumber, type FieldError } from '@hotline/shared-contact';
import { findDuplicateCase, type DuplicatePolicy } from './duplicate-finder';
import { EVIDENCE_TAKEN, resolveEvidenceReferences } from './evidence/evidence-references';
import type { EvidenceStore } from './evidence/evidence-store';
import type { IdentityVault, IdentityViewer } from './identity-vault';
import { placeReport } from './report-placement';
import type { ReportReadModel, ReportView } from './report-read-model';
import type { ReportProgress } from './report-stage';
import { identityViewsStreamId, reportStreamId } from './report-streams';

export interface ReportDeskDependencies {
  sql: SqlClient;
  store: EventStore;
  vault: IdentityVault;
  readModel: ReportReadModel;
  gazetteer: AdministrativeGazetteer;
  /** Commune boundaries, when an administrator supplied them: then a point alone places a report. */
  boundaries?: CommuneBoundaries | null;
  duplicates: DuplicatePolicy;
  /** Where uploaded evidence files are kept; without it a report cannot refer to evidence. */
  evidence?: EvidenceStore;
  /** How long an identity is kept (Law 91/2025: no longer than the purpose needs). */
  identityRetentionDays?: number;
  now?: () => Date;
}

/** What the reporter's status page shows: the report and its history, its case's stages included. */
export type TrackedReport = ReportView & { readonly history: readonly ReportProgress[] };

export type SubmitOutcome = { ok: true; reportId: string; trackingCode: string } | { ok: false; errors: FieldError[] };

/** What an officer covering a report is shown of its reporter (H8): in clear (and recorded), or masked. */
export interface DisclosedIdentity {
  disclosure: IdentityDisclosure;
  confidential: boolean;
  /** Null when the reporter gave nothing identifying. */
  identity: ReporterIdentity | null;
}

/** Intake's use cases: receive a report through any channel, settle it, and answer the reporter. */
export class ReportDesk {
  private readonly reports: AggregateRepository<ReportCommand, ReportEvent, ReportState>;
  private readonly now: () => Date;

  constructor(private readonly deps: ReportDeskDependencies) {
    this.reports = new AggregateRepository(deps.store, { context: 'intake', streamId: reportStreamId, decider: reportDecider, catalogue: integrationEvents });
    this.now = deps.now ?? (() => new Date());
  }

  /**
   * Validates, seals the identity, and records the report, with the evidence files it refers to
   * by id. A refused report writes nothing (the files it named stay unclaimed).
   */
  async submit(raw: unknown, actor: Actor, options: { reportId?: string } = {}): Promise<SubmitOutcome> {
    const evidence = await resolveEvidenceReferences(raw, this.deps.evidence, options.reportId);
    const reading = readReportSubmission(evidence.raw, this.now());
    if (!reading.ok || evidence.errors.length > 0) return { ok: false, errors: [...evidence.errors, ...(reading.ok ? [] : reading.errors)] };
    const { submission } = reading;
    const reportId = options.reportId ?? uuidv7();
    const recorded = options.reportId ? await this.recordedUnder(reportId) : null;
    if (recorded) return recorded;
    if (evidence.evidenceIds.length > 0 && !(await this.deps.evidence!.claim(evidence.evidenceIds, reportId))) return { ok: false, errors: [EVIDENCE_TAKEN] };
    const trackingCode = trackingCodeFrom(randomBytes(5));
    const retainUntil = new Date(Date.parse(submission.receivedAt) + (this.deps.identityRetentionDays ?? 5 * 365) * 86_400_000);
    const identityRef = await this.deps.sql
      .transaction((tx) => this.deps.vault.seal(tx, reportId, submission.reporter, retainUntil))
      .catch(async (error: unknown) => {
        await this.deps.evidence?.release(reportId);
        throw error;
      });
    try {
      await this.reports.handle(
        reportId,
        { type: 'ReceiveReport', data: { reportId, trackingCode, submission, identityRef, placement: placeReport(this.deps.gazetteer, submission.location, this.deps.boundaries) } },
        { actor, occurredAt: submission.receivedAt },
      );
    } catch (error) {
      await this.deps.vault.discard(reportId);
      await this.deps.evidence?.release(reportId);
      throw error;
    }
    return { ok: true, reportId, trackingCode };
  }

  /**
   * An importer that chose the report id, retrying after a crash, gets the report already recorded
   * under it instead of a second one; an identity the crashed attempt sealed is dropped first.
   */
  private async recordedUnder(reportId: string): Promise<SubmitOutcome | null> {
    const { state } = await this.reports.load(reportId);
    if (state.status !== 'none') return { ok: true, reportId, trackingCode: state.trackingCode };
    await this.deps.vault.discard(reportId);
    return null;
  }

  async chooseLocation(reportId: string, place: { provinceCode: string; communeCode: string | null }, officer: OfficerActor): Promise<void> {
    await this.reports.handle(reportId, { type: 'ChooseLocation', data: { ...place, actor: officer } }, { actor: asActor(officer), occurredAt: this.now().toISOString() });
  }

  /** Classifies a report as in scope and hands it to routing, linked to an open duplicate if there is one. */
  async classify(reportId: string, input: { pollutionType: string; urgent: boolean; legalTrack: LegalTrack }, officer: OfficerActor): Promise<{ duplicateOfCaseId: string | null }> {
    const pollutionType = POLLUTION_TYPES.find((t) => t === input.pollutionType);
    if (!pollutionType) throw new Error(`Unknown pollution type ${input.pollutionType}`);
    const { state } = await this.reports.load(reportId);
    const duplicateOfCaseId =
      state.status === 'received' && state.placement.kind === 'resolved'
        ? await findDuplicateCase(this.deps.readModel, this.deps.duplicates, {
            reportId,
            pollutionType,
            receivedAt: state.receivedAt,
            communeCode: state.placement.communeCode,
            latitude: state.content.location.latitude,
            longitude: state.content.location.longitude,
          })
        : null;
    await this.reports.handle(
      reportId,
      { type: 'ClassifyReport', data: { pollutionType, urgent: input.urgent, legalTrack: input.legalTrack, duplicateOfCaseId, actor: officer } },
      { actor: asActor(officer), occurredAt: this.now().toISOString() },
    );
    return { duplicateOfCaseId };
  }

  async reject(reportId: string, reason: string, officer: OfficerActor): Promise<void> {
    await this.reports.handle(reportId, { type: 'RejectReport', data: { reason, actor: officer } }, { actor: asActor(officer), occurredAt: this.now().toISOString() });
  }

  /** The reporter's status page: tracking code plus the phone or e-mail given with the report. */
  async track(typedCode: string, contact: string): Promise<TrackedReport | null> {
    const code = normaliseTrackingCode(typedCode);
    const phone = readVietnamesePhoneNumber(contact);
    const email = readEmailAddress(contact);
    const normalised = phone.ok ? phone.e164 : email.ok ? email.address.toLowerCase() : null;
    if (!code || !normalised) return null;
    const report = await this.deps.readModel.byTrackingCode(code, this.deps.vault.digest(normalised));
    return report && { ...report, history: await this.deps.readModel.history(report) };
  }

  /** Opens the reporter's identity for an officer allowed to see it, and records the view in the event store. */
  async revealIdentity(reportId: string, viewer: IdentityViewer): Promise<ReporterIdentity | null> {
    const sealed = await this.sealedIdentityOf(reportId);
    return sealed?.identityRef ? this.reveal(reportId, sealed.identityRef, viewer) : null;
  }

  /**
   * The reporter as an officer covering the report may see them: in clear for the roles H8's
   * policy names (the view recorded as intake.ReporterIdentityViewed with the purpose), masked
   * for every other officer (nothing readable leaves the vault, so nothing is recorded).
   * Null when there is no such report.
   */
  async reporterIdentityFor(reportId: string, viewer: IdentityViewer & { role: string }): Promise<DisclosedIdentity | null> {
    const sealed = await this.sealedIdentityOf(reportId);
    if (!sealed) return null;
    const disclosure = identityDisclosureFor(viewer.role, sealed);
    if (!sealed.identityRef) return { disclosure, confidential: sealed.confidential, identity: null };
    const identity = disclosure === 'full' ? await this.reveal(reportId, sealed.identityRef, viewer) : await this.deps.vault.masked(sealed.identityRef);
    return { disclosure, confidential: sealed.confidential, identity };
  }

  /** Where the report's identity is sealed, and whether the reporter asked for secrecy, as recorded on receipt. */
  private async sealedIdentityOf(reportId: string): Promise<{ identityRef: string | null; confidential: boolean } | null> {
    const received = (await this.deps.store.readStream(reportStreamId(reportId), { maxCount: 1 }))[0];
    if (!received || received.type !== 'intake.ReportReceived') return null;
    const data = received.data as { identityRef?: string | null; confidential?: boolean };
    // Reports recorded before the flag existed were all kept secret.
    return { identityRef: data.identityRef ?? null, confidential: data.confidential ?? true };
  }

  private async reveal(reportId: string, identityRef: string, viewer: IdentityViewer): Promise<ReporterIdentity | null> {
    const identity = await this.deps.vault.reveal(identityRef, viewer);
    // Past its retention the vault holds nothing: nothing was seen, so no view is recorded.
    if (!identity) return null;
    await this.deps.store.appendToStream(
      identityViewsStreamId(reportId),
      [{ type: 'intake.ReporterIdentityViewed', data: { reportId, identityRef, purpose: viewer.purpose }, actor: { kind: 'officer', id: viewer.officerId, unitCode: viewer.unitCode } }],
      { expectedRevision: 'any' },
    );
    return identity;
  }
}

function asActor(officer: OfficerActor): Actor {
  return { kind: 'officer', id: officer.id, unitCode: officer.unitCode };
}
