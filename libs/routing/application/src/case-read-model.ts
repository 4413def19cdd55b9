import type { ProcessedEvents } from '@hotline/platform-event-bus';
import type { RecordedEvent } from '@hotline/platform-event-store';
import { sqlIdentifier, type SqlClient, type SqlExecutor, decodeCursor, encodeCursor, pageSizeOf, type Page } from '@hotline/platform-sql';
import type { CaseEvent, CaseLegalTrack, CasePollutionType, CaseStatus, UnitCode } from '@hotline/routing-domain';
import { migrateSchema } from './schema-migration';
import { isCaseEvent, toCaseEvent } from './stored-case-event';

/** The read model's subscriber id: keys its checkpoint and its processed-event records. */
export const CASE_READ_MODEL = 'routing-case-read-model';

export interface CaseView {
  readonly caseId: string;
  readonly reportId: string;
  readonly status: CaseStatus;
  readonly holderUnitCode: UnitCode;
  readonly provinceCode: string;
  readonly communeCode: string | null;
  readonly pollutionType: CasePollutionType;
  readonly urgent: boolean;
  readonly legalTrack: CaseLegalTrack;
  readonly linkedReportIds: readonly string[];
  readonly coHandlerUnitCodes: readonly UnitCode[];
  readonly openedAt: string;
  readonly updatedAt: string;
  readonly escalations: number;
  /** The rule and rules version of the last forward by the rules; null when an officer named the unit, or before forwarding. */
  readonly assignmentRuleId: string | null;
  readonly assignmentRulesVersion: number | null;
}

export interface InboxQuery {
  readonly status?: CaseStatus;
  readonly limit?: number;
  readonly after?: string | null;
}

interface CaseRow {
  case_id: string;
  report_id: string;
  status: CaseStatus;
  holder_unit_code: UnitCode;
  province_code: string;
  commune_code: string | null;
  pollution_type: CasePollutionType;
  urgent: boolean;
  legal_track: CaseLegalTrack;
  linked_report_ids: string[];
  co_handler_unit_codes: UnitCode[];
  opened_at: Date | string;
  updated_at: Date | string;
  escalations: number;
  assignment_rule_id: string | null;
  assignment_rules_version: number | null;
}

/**
 * `<schema>.cases`: one row per case, for officers' inboxes (their units' cases and the cases
 * they co-handle). Fed from the service's own store; each event is applied in the same
 * transaction as its processed-event record, so a replay after a crash applies nothing twice.
 */
export class CaseReadModel {
  private readonly table: string;

  constructor(
    private readonly sql: SqlClient,
    private readonly processed: ProcessedEvents,
    private readonly schema: string,
  ) {
    this.table = `${sqlIdentifier(schema)}.cases`;
  }

  async migrate(): Promise<void> {
    await this.processed.migrate();
    await migrateSchema(this.sql, `${this.schema}.cases`, [
      `create schema if not exists ${sqlIdentifier(this.schema)}`,
      `create table if not exists ${this.table} (
         case_id text primary key,
         report_id text not null,
         status text not null,
         holder_unit_code text not null,
         province_code text not null,
         commune_code text,
         pollution_type text not null,
         urgent boolean not null,
         legal_track text not null,
         linked_report_ids text[] not null default '{}',
         co_handler_unit_codes text[] not null default '{}',
         opened_at timestamptz not null,
         updated_at timestamptz not null,
         escalations int4 not null default 0
       )`,
      `create index if not exists cases_inbox on ${this.table} (holder_unit_code, opened_at, case_id)`,
      `create index if not exists cases_co_handlers on ${this.table} using gin (co_handler_unit_codes)`,
      `alter table ${this.table} add column if not exists assignment_rule_id text`,
      `alter table ${this.table} add column if not exists assignment_rules_version int4`,
    ]);
  }

  readonly apply = async (events: readonly RecordedEvent[]): Promise<void> => {
    for (const event of events) {
      if (!isCaseEvent(event)) continue;
      await this.processed.applyOnce(CASE_READ_MODEL, event.eventId, (tx) => this.applyEvent(tx, toCaseEvent(event)));
    }
  };

  async caseById(caseId: string): Promise<CaseView | null> {
    const [row] = await this.sql.query<CaseRow>(`select * from ${this.table} where case_id = $1`, [caseId]);
    return row ? viewOf(row) : null;
  }

  /**
   * The cases held or co-handled by any of `unitCodes`: the caller passes every unit the actor
   * covers (see `Jurisdiction.unitsCoveredBy`). Oldest first, so what waits longest comes first.
   */
  async inbox(unitCodes: readonly UnitCode[], query: InboxQuery = {}): Promise<Page<CaseView>> {
    const size = pageSizeOf(query.limit);
    const params: unknown[] = [unitCodes, query.status ?? null];
    let keyset = '';
    if (query.after) {
      const position = decodeCursor(query.after);
      params.push(position.at, position.id);
      keyset = `and (opened_at, case_id) > ($3::timestamptz, $4)`;
    }
    params.push(size + 1);
    const rows = await this.sql.query<CaseRow>(
      `select * from ${this.table}
       where (holder_unit_code = any($1::text[]) or co_handler_unit_codes && $1::text[])
         and ($2::text is null or status = $2) ${keyset}
       order by opened_at, case_id limit $${params.length}`,
      params,
    );
    const items = rows.slice(0, size).map(viewOf);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > size && last ? encodeCursor({ at: last.openedAt, id: last.caseId }) : null };
  }

  private async applyEvent(tx: SqlExecutor, event: CaseEvent): Promise<void> {
    const { caseId, at } = event.data;
    const update = (assignments: string, values: readonly unknown[] = []) =>
      tx.query(`update ${this.table} set ${assignments}, updated_at = $2 where case_id = $1`, [caseId, at, ...values]);
    switch (event.type) {
      case 'CaseOpened': {
        const d = event.data;
        await tx.query(
          `insert into ${this.table} (case_id, report_id, status, holder_unit_code, province_code, commune_code, pollution_type, urgent, legal_track, opened_at, updated_at)
           values ($1, $2, 'received', $3, $4, $5, $6, $7, $8, $9, $9) on conflict (case_id) do nothing`,
          [caseId, d.reportId, d.receivingUnit, d.provinceCode, d.communeCode, d.pollutionType, d.urgent, d.legalTrack, at],
        );
        return;
      }
      case 'CaseClassified':
        await update(`status = 'classified', pollution_type = $3, urgent = $4, legal_track = $5`, [event.data.pollutionType, event.data.urgent, event.data.legalTrack]);
        return;
      case 'CaseAssigned':
        await update(
          `status = 'assigned', holder_unit_code = $3, co_handler_unit_codes = array_remove(co_handler_unit_codes, $3), assignment_rule_id = $4, assignment_rules_version = $5`,
          [event.data.unitCode, event.data.rule?.id ?? null, event.data.rule?.version ?? null],
        );
        return;
      case 'CaseTransferred':
        await update(`status = 'assigned', holder_unit_code = $3, co_handler_unit_codes = array_remove(co_handler_unit_codes, $3)`, [event.data.to]);
        return;
      case 'CaseHandedBack':
        await update(`status = 'classified', holder_unit_code = $3`, [event.data.to]);
        return;
      case 'CaseEscalated':
        // The level above takes the case over at the stage it has reached.
        await update(`holder_unit_code = $3, co_handler_unit_codes = array_remove(co_handler_unit_codes, $3), escalations = escalations + 1`, [event.data.to]);
        return;
      case 'CoHandlersAdded':
        await update(`co_handler_unit_codes = co_handler_unit_codes || $3::text[]`, [event.data.coHandlers]);
        return;
      case 'ReportLinked':
        await update(`linked_report_ids = array_append(linked_report_ids, $3)`, [event.data.reportId]);
        return;
      case 'CaseAccepted':
      case 'VerificationRecorded':
      case 'HandlingRecorded':
      case 'ResultFedBack':
      case 'CaseClosed':
      case 'CaseReopened':
        await update(`status = $3`, [STATUS_AFTER[event.type]]);
        return;
      default: {
        const unreachable: never = event;
        return unreachable;
      }
    }
  }
}

const STATUS_AFTER = {
  CaseAccepted: 'accepted',
  VerificationRecorded: 'verified',
  HandlingRecorded: 'handled',
  ResultFedBack: 'fed_back',
  CaseClosed: 'closed',
  CaseReopened: 'reopened',
} as const satisfies Partial<Record<CaseEvent['type'], CaseStatus>>;

function viewOf(row: CaseRow): CaseView {
  return {
    caseId: row.case_id,
    reportId: row.report_id,
    status: row.status,
    holderUnitCode: row.holder_unit_code,
    provinceCode: row.province_code,
    communeCode: row.commune_code,
    pollutionType: row.pollution_type,
    urgent: row.urgent,
    legalTrack: row.legal_track,
    linkedReportIds: row.linked_report_ids,
    coHandlerUnitCodes: row.co_handler_unit_codes,
    openedAt: new Date(row.opened_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    escalations: row.escalations,
    assignmentRuleId: row.assignment_rule_id,
    assignmentRulesVersion: row.assignment_rules_version,
  };
}
