import type { Open311Status, PollutionType, PublicReportFacts } from '@hotline/intake-domain';
import { sqlIdentifier, type SqlExecutor } from '@hotline/platform-sql';

export interface PublicReportSearch {
  serviceCodes: readonly PollutionType[] | null;
  statuses: readonly Open311Status[] | null;
  from: string;
  to: string;
  offset: number;
  limit: number;
}

interface PublicReportRow {
  tracking_code: string;
  status: PublicReportFacts['status'];
  pollution_type: string;
  received_at: Date | string;
  updated_at: Date | string;
  confidential: boolean;
  province_code: string | null;
  commune_code: string | null;
  latitude: number | null;
  longitude: number | null;
  public_description: string | null;
}

const COLUMNS = 'tracking_code, status, pollution_type, received_at, updated_at, confidential, province_code, commune_code, latitude, longitude, public_description';
const STATUSES_OF: Record<Open311Status, readonly PublicReportFacts['status'][]> = { open: ['received', 'accepted'], closed: ['rejected', 'closed'] };

/**
 * Reports as the public may look them up (Open311), read from the report read model's table.
 * Never a reporter's identity; never a rejection reason.
 */
export class PublicReportListing {
  private readonly s: string;

  constructor(
    private readonly sql: SqlExecutor,
    schema = 'intake',
  ) {
    this.s = sqlIdentifier(schema);
  }

  /** By tracking code: whoever holds a code may follow that report. */
  async byTrackingCodes(codes: readonly string[]): Promise<PublicReportFacts[]> {
    if (codes.length === 0) return [];
    const rows = await this.sql.query<PublicReportRow>(`select ${COLUMNS} from ${this.s}.reports where tracking_code = any($1::text[]) order by received_at desc, tracking_code`, [[...codes]]);
    return rows.map(toFacts);
  }

  /**
   * A search lists only reports whose reporter waived confidentiality: listing every tracking
   * code would let anyone pair a code with a guessed phone number on the status page and learn
   * who reported (H8).
   */
  async search(search: PublicReportSearch): Promise<PublicReportFacts[]> {
    const statuses = search.statuses?.flatMap((s) => STATUSES_OF[s]) ?? null;
    const rows = await this.sql.query<PublicReportRow>(
      `select ${COLUMNS} from ${this.s}.reports
       where not confidential and received_at >= $1 and received_at <= $2
         and ($3::text[] is null or pollution_type = any($3::text[]))
         and ($4::text[] is null or status = any($4::text[]))
       order by received_at desc, tracking_code limit $5 offset $6`,
      [search.from, search.to, search.serviceCodes ? [...search.serviceCodes] : null, statuses, search.limit, search.offset],
    );
    return rows.map(toFacts);
  }
}

function toFacts(row: PublicReportRow): PublicReportFacts {
  return {
    trackingCode: row.tracking_code,
    status: row.status,
    pollutionType: row.pollution_type,
    receivedAt: new Date(row.received_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    confidential: row.confidential,
    provinceCode: row.province_code,
    communeCode: row.commune_code,
    latitude: row.latitude,
    longitude: row.longitude,
    publicDescription: row.confidential ? null : row.public_description,
  };
}
