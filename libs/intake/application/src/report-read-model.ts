import { caseIdOf, type Placement, type ReportEvent } from '@hotline/intake-domain';
import type { ProcessedEvents } from '@hotline/platform-event-bus';
import { subscribeToAll, type CatchUpSubscription, type CheckpointStore, type EventStore, type RecordedEvent } from '@hotline/platform-event-store';
import { decodeCursor, encodeCursor, pageSizeOf, sqlIdentifier, type Page, type PageRequest, type SqlClient, type SqlExecutor } from '@hotline/platform-sql';
import { caseProgressOf, type CaseProgressEventType } from './case-progress';
import { REPORT_STAGES, type ReportProgress, type ReportStage } from './report-stage';

export type ReportStatus = 'received' | 'accepted' | 'rejected' | 'closed';

/** Where an intake desk looks: nothing set for the ministry, a province, or a commune of it. */
export interface IntakeDeskArea {
  provinceCode?: string | null;
  communeCode?: string | null;
}

export interface ReportView {
  reportId: string;
  trackingCode: string;
  status: ReportStatus;
  channel: string;
  receivedAt: string;
  pollutionType: string;
  provinceCode: string | null;
  communeCode: string | null;
  placement: Placement;
  caseId: string | null;
  rejectionReason: string | null;
}

interface ReportRow {
  report_id: string;
  tracking_code: string;
  status: ReportStatus;
  channel: string;
  received_at: Date;
  pollution_type: string;
  province_code: string | null;
  commune_code: string | null;
  placement: Placement;
  case_id: string | null;
  rejection_reason: string | null;
}

/** Reports as officers and reporters look them up, projected from intake's own events. */
export class ReportReadModel {
  private readonly s: string;
  private subscription?: CatchUpSubscription;

  constructor(
    private readonly sql: SqlClient,
    private readonly processed: ProcessedEvents,
    schema = 'intake',
  ) {
    this.s = sqlIdentifier(schema);
  }

  async migrate(): Promise<void> {
    await this.sql.exec(`
      create schema if not exists ${this.s};
      create table if not exists ${this.s}.reports (
        report_id text primary key,
        tracking_code text not null unique,
        status text not null,
        channel text not null,
        received_at timestamptz not null,
        pollution_type text not null,
        urgent boolean not null default false,
        province_code text,
        commune_code text,
        latitude double precision,
        longitude double precision,
        placement jsonb not null,
        case_id text,
        rejection_reason text,
        updated_at timestamptz not null default now()
      );
      create index if not exists reports_open_by_type on ${this.s}.reports (pollution_type, status, received_at);
      -- Open311's public view (H8): content is shown only where the reporter waived confidentiality.
      alter table ${this.s}.reports add column if not exists confidential boolean not null default true;
      alter table ${this.s}.reports add column if not exists public_description text;
      create index if not exists reports_by_received_at on ${this.s}.reports (received_at);
      create index if not exists reports_by_case on ${this.s}.reports (case_id);
      -- A report's history: its own stages (report_id) and its case's (case_id), which every
      -- report linked to the case shares. One row per event, so a redelivery adds nothing.
      create table if not exists ${this.s}.report_progress (
        event_id text primary key,
        report_id text,
        case_id text,
        stage text not null,
        at timestamptz not null,
        unit_code text,
        detail text,
        check ((report_id is null) <> (case_id is null))
      );
      create index if not exists report_progress_by_report on ${this.s}.report_progress (report_id);
      create index if not exists report_progress_by_case on ${this.s}.report_progress (case_id);`);
  }

  start(store: EventStore, checkpoints: CheckpointStore): void {
    this.subscription = subscribeToAll(store, {
      subscriberId: 'intake-report-read-model',
      checkpoints,
      pollIntervalMs: 100,
      handle: async (events) => {
        for (const event of events) if (event.type.startsWith('intake.')) await this.apply(event);
      },
    });
  }

  caughtUp(): Promise<void> {
    return this.subscription?.caughtUp() ?? Promise.resolve();
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
  }

  private async apply(recorded: RecordedEvent): Promise<void> {
    const event = { type: recorded.type.slice('intake.'.length), data: recorded.data } as ReportEvent;
    await this.processed.applyOnce('intake-report-read-model', recorded.eventId, async (tx) => {
      await this.change(tx, event);
      const progress = ownProgressOf(event, recorded.occurredAt);
      if (progress) await this.recordProgress(tx, recorded.eventId, { reportId: event.data.reportId }, progress);
    });
  }

  private async change(tx: SqlExecutor, event: ReportEvent): Promise<void> {
    switch (event.type) {
      case 'ReportReceived': {
        const d = event.data;
        const resolved = d.placement.kind === 'resolved' ? d.placement : null;
        await tx.query(
          `insert into ${this.s}.reports (report_id, tracking_code, status, channel, received_at, pollution_type, province_code, commune_code, latitude, longitude, placement, confidential, public_description)
           values ($1, $2, 'received', $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12) on conflict (report_id) do nothing`,
          [
            ...[d.reportId, d.trackingCode, d.channel, d.receivedAt, d.content.pollutionType, resolved?.provinceCode ?? null, resolved?.communeCode ?? null],
            ...[d.content.location.latitude, d.content.location.longitude, JSON.stringify(d.placement), d.confidential, d.confidential ? null : d.content.description],
          ],
        );
        return;
      }
      case 'LocationChosen':
        await tx.query(`update ${this.s}.reports set province_code = $2, commune_code = $3, placement = $4::jsonb, updated_at = now() where report_id = $1`, [
          event.data.reportId,
          event.data.provinceCode,
          event.data.communeCode,
          JSON.stringify({ kind: 'resolved', provinceCode: event.data.provinceCode, communeCode: event.data.communeCode }),
        ]);
        return;
      case 'ReportClassified':
        await tx.query(`update ${this.s}.reports set pollution_type = $2, urgent = $3, updated_at = now() where report_id = $1`, [event.data.reportId, event.data.pollutionType, event.data.urgent]);
        return;
      case 'ReportAccepted':
        await tx.query(`update ${this.s}.reports set status = 'accepted', case_id = $2, updated_at = now() where report_id = $1`, [
          event.data.reportId,
          event.data.duplicateOfCaseId ?? caseIdOf(event.data.reportId),
        ]);
        return;
      case 'ReportRejected':
        await tx.query(`update ${this.s}.reports set status = 'rejected', rejection_reason = $2, updated_at = now() where report_id = $1`, [event.data.reportId, event.data.reason]);
        return;
      default: {
        const unreachable: never = event;
        return unreachable;
      }
    }
  }

  /**
   * Routing moved a case on: the stage joins the history of every report of the case, duplicates
   * included. Closing closes them all; reopening opens them again (and makes them candidates for
   * duplicates again).
   */
  async applyCaseProgress(event: RecordedEvent & { type: CaseProgressEventType }): Promise<void> {
    const progress = caseProgressOf(event);
    await this.processed.applyOnce('intake-case-progress', event.eventId, async (tx) => {
      await this.recordProgress(tx, event.eventId, { caseId: progress.caseId }, progress);
      if (progress.stage === 'closed') {
        await tx.query(`update ${this.s}.reports set status = 'closed', updated_at = now() where case_id = $1 and status = 'accepted'`, [progress.caseId]);
      }
      if (progress.stage === 'reopened') {
        await tx.query(`update ${this.s}.reports set status = 'accepted', updated_at = now() where case_id = $1 and status = 'closed'`, [progress.caseId]);
      }
    });
  }

  private async recordProgress(tx: SqlExecutor, eventId: string, owner: { reportId?: string; caseId?: string }, progress: ReportProgress): Promise<void> {
    await tx.query(
      `insert into ${this.s}.report_progress (event_id, report_id, case_id, stage, at, unit_code, detail) values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (event_id) do nothing`,
      [eventId, owner.reportId ?? null, owner.caseId ?? null, progress.stage, progress.at, progress.unitCode, progress.detail],
    );
  }

  /** The report's stages and its case's, oldest first; at the same instant, in the order stages normally come. */
  async history(report: Pick<ReportView, 'reportId' | 'caseId'>): Promise<ReportProgress[]> {
    const rows = await this.sql.query<{ stage: ReportStage; at: Date; unit_code: string | null; detail: string | null }>(
      `select stage, at, unit_code, detail from ${this.s}.report_progress
       where report_id = $1 or ($2::text is not null and case_id = $2)
       order by at, array_position($3::text[], stage), event_id`,
      [report.reportId, report.caseId, [...REPORT_STAGES]],
    );
    return rows.map((r) => ({ stage: r.stage, at: new Date(r.at).toISOString(), unitCode: r.unit_code, detail: r.detail }));
  }

  async byId(reportId: string): Promise<ReportView | null> {
    const rows = await this.sql.query<ReportRow>(`select * from ${this.s}.reports where report_id = $1`, [reportId]);
    return rows[0] ? toView(rows[0]) : null;
  }

  /** The reporter's own lookup: the code and a contact digest must both match (no enumeration). */
  async byTrackingCode(trackingCode: string, contactDigest: string): Promise<ReportView | null> {
    const rows = await this.sql.query<ReportRow>(
      `select r.* from ${this.s}.reports r join ${this.s}.report_contacts c on c.report_id = r.report_id
       where r.tracking_code = $1 and c.digest = $2`,
      [trackingCode, contactDigest],
    );
    return rows[0] ? toView(rows[0]) : null;
  }

  /**
   * The intake desk of a unit: reports placed in its area, oldest first, optionally of one
   * status. The ministry (no area) sees every report, including those no place was found for;
   * a province also sees the unplaced reports it is one of the candidates for.
   */
  async desk(area: IntakeDeskArea, query: { status?: ReportStatus | null } & PageRequest = {}): Promise<Page<ReportView>> {
    const size = pageSizeOf(query.limit);
    const params: unknown[] = [area.provinceCode ?? null, area.communeCode ?? null, query.status ?? null];
    let keyset = '';
    if (query.after) {
      const position = decodeCursor(query.after);
      params.push(position.at, position.id);
      keyset = `and (received_at, report_id) > ($4::timestamptz, $5)`;
    }
    params.push(size + 1);
    const rows = await this.sql.query<ReportRow>(
      `select * from ${this.s}.reports
       where ($1::text is null
              or province_code = $1
              or (province_code is null and placement->'candidates' @> jsonb_build_array(jsonb_build_object('provinceCode', $1::text))))
         and ($2::text is null or commune_code = $2)
         and ($3::text is null or status = $3) ${keyset}
       order by received_at, report_id limit $${params.length}`,
      params,
    );
    const items = rows.slice(0, size).map(toView);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > size && last ? encodeCursor({ at: last.receivedAt, id: last.reportId }) : null };
  }

  /** The reports of a case, the one that opened it and the duplicates linked to it, oldest first. */
  async reportIdsOfCase(caseId: string): Promise<string[]> {
    const rows = await this.sql.query<{ report_id: string }>(`select report_id from ${this.s}.reports where case_id = $1 order by received_at, report_id`, [caseId]);
    return rows.map((r) => r.report_id);
  }

  /** Accepted, still open reports of one type since `since`: the candidates for duplicates. */
  async openReportsOfType(pollutionType: string, since: string): Promise<{ reportId: string; caseId: string; communeCode: string | null; latitude: number | null; longitude: number | null }[]> {
    const rows = await this.sql.query<{ report_id: string; case_id: string; commune_code: string | null; latitude: number | null; longitude: number | null }>(
      `select report_id, case_id, commune_code, latitude, longitude from ${this.s}.reports
       where pollution_type = $1 and status = 'accepted' and received_at >= $2 order by received_at desc limit 500`,
      [pollutionType, since],
    );
    return rows.map((r) => ({ reportId: r.report_id, caseId: r.case_id, communeCode: r.commune_code, latitude: r.latitude, longitude: r.longitude }));
  }
}

/** Routing opens the case of an accepted report under this id (deterministic, so both sides agree). */
export { caseIdOf };

/** The stage a report's own event marks; its case's stages come from routing. */
function ownProgressOf(event: ReportEvent, occurredAt: string): ReportProgress | null {
  const stage = (name: ReportStage, at: string, detail: string | null = null): ReportProgress => ({ stage: name, at, unitCode: null, detail });
  switch (event.type) {
    case 'ReportReceived':
      return stage('received', event.data.receivedAt);
    case 'ReportAccepted':
      return stage(event.data.duplicateOfCaseId === null ? 'entered' : 'linked', occurredAt);
    case 'ReportRejected':
      return stage('rejected', occurredAt, event.data.reason);
    case 'LocationChosen':
    case 'ReportClassified':
      return null;
    default:
      // Other intake streams' events (identity views) reach the read model too: they mark no stage.
      return noStage(event);
  }
}

/** Compile-time exhaustiveness for the report's events; null at run time for any other intake event. */
function noStage(_otherEvent: never): null {
  return null;
}

function toView(row: ReportRow): ReportView {
  return {
    reportId: row.report_id,
    trackingCode: row.tracking_code,
    status: row.status,
    channel: row.channel,
    receivedAt: new Date(row.received_at).toISOString(),
    pollutionType: row.pollution_type,
    provinceCode: row.province_code,
    communeCode: row.commune_code,
    placement: row.placement,
    caseId: row.case_id,
    rejectionReason: row.rejection_reason,
  };
}
