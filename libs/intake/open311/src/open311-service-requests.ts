import {
  normaliseTrackingCode,
  open311FieldOf,
  open311ServiceRequestOf,
  readOpen311Request,
  readOpen311RequestQuery,
  type AdministrativeGazetteer,
  type FormFields,
  type Open311ServiceRequest,
} from '@hotline/intake-domain';
import type { PublicReportListing, ReportDesk, ReportReadModel } from '@hotline/intake-application';
import { fieldErrors, open311Error, type Open311Error } from './open311-response';
import type { Open311Client } from './open311-clients';

export type Open311Answer<T> = { ok: true; body: T } | { ok: false; status: number; errors: Open311Error[] };

export interface PostedServiceRequest {
  service_request_id: string;
  token: string;
  service_notice: string;
  account_id: null;
}

export interface Open311ServiceRequestsDependencies {
  desk: ReportDesk;
  readModel: ReportReadModel;
  listing: PublicReportListing;
  gazetteer: AdministrativeGazetteer;
  now?: () => Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// A lookup right after a POST should see it, but a stalled projection must not hang the caller.
const FRESHNESS_WAIT_MS = 2_000;

const NOT_FOUND = { vi: 'Không tìm thấy yêu cầu này.', en: 'No such service request.' };

/** Open311's use cases over intake: report through the desk, read through the public listing. */
export class Open311ServiceRequests {
  private readonly now: () => Date;

  constructor(private readonly deps: Open311ServiceRequestsDependencies) {
    this.now = deps.now ?? (() => new Date());
  }

  /** POST requests: a rejected request writes nothing; an accepted one is recorded before the answer. */
  async submit(form: FormFields, client: Open311Client): Promise<Open311Answer<PostedServiceRequest[]>> {
    const reading = readOpen311Request(form, this.now());
    if (!reading.ok) return { ok: false, status: 400, errors: fieldErrors(400, reading.errors) };
    const outcome = await this.deps.desk.submit(reading.report, { kind: 'integrator', id: client.clientId });
    if (!outcome.ok) return { ok: false, status: 400, errors: fieldErrors(400, outcome.errors.map((e) => ({ ...e, field: open311FieldOf(e.field) }))) };
    return {
      ok: true,
      body: [
        {
          service_request_id: outcome.trackingCode,
          token: outcome.reportId,
          service_notice: `Đã tiếp nhận. Theo dõi bằng mã ${outcome.trackingCode} cùng số điện thoại hoặc e-mail đã gửi. / Received. Follow it with the code ${outcome.trackingCode} and the phone or e-mail you gave.`,
          account_id: null,
        },
      ],
    };
  }

  /** GET requests: by ids, or a search of the reports whose content is public. */
  async search(params: FormFields): Promise<Open311Answer<Open311ServiceRequest[]>> {
    const reading = readOpen311RequestQuery(params, this.now());
    if (!reading.ok) return { ok: false, status: 400, errors: fieldErrors(400, reading.errors) };
    const query = reading.query;
    if (query.kind === 'ids') {
      await this.fresh();
      return { ok: true, body: (await this.deps.listing.byTrackingCodes(query.trackingCodes)).map((r) => open311ServiceRequestOf(r, this.deps.gazetteer)) };
    }
    const found = await this.deps.listing.search({ ...query, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
    return { ok: true, body: found.map((r) => open311ServiceRequestOf(r, this.deps.gazetteer)) };
  }

  /** GET requests/{id}: one request, by its tracking code. */
  async one(id: string): Promise<Open311Answer<Open311ServiceRequest[]>> {
    const code = normaliseTrackingCode(id);
    if (code === null) return { ok: false, status: 404, errors: open311Error(404, NOT_FOUND) };
    await this.fresh();
    const [found] = await this.deps.listing.byTrackingCodes([code]);
    return found ? { ok: true, body: [open311ServiceRequestOf(found, this.deps.gazetteer)] } : { ok: false, status: 404, errors: open311Error(404, NOT_FOUND) };
  }

  /** GET tokens/{token}: the token a POST answered with, to its service_request_id. */
  async token(token: string): Promise<Open311Answer<{ service_request_id: string; token: string }[]>> {
    if (!UUID.test(token)) return { ok: false, status: 404, errors: open311Error(404, NOT_FOUND) };
    await this.fresh();
    const report = await this.deps.readModel.byId(token);
    return report ? { ok: true, body: [{ service_request_id: report.trackingCode, token }] } : { ok: false, status: 404, errors: open311Error(404, NOT_FOUND) };
  }

  private async fresh(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.deps.readModel.caughtUp(), new Promise<void>((resolve) => (timer = setTimeout(resolve, FRESHNESS_WAIT_MS)))]);
    clearTimeout(timer);
  }
}
