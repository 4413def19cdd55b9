import { readOpen311RequestQuery } from './open311-request-query';
import type { FormFields } from './url-encoded-form';

const now = new Date('2026-02-13T03:30:00Z');
const params = (fields: Record<string, string>): FormFields => new Map(Object.entries(fields).map(([k, v]) => [k, [v]]));
const read = (fields: Record<string, string>) => readOpen311RequestQuery(params(fields), now);

describe('GET requests filters', () => {
  it('defaults to the last 90 days, every service and status, 1,000 per page', () => {
    expect(read({})).toEqual({
      ok: true,
      query: { kind: 'search', serviceCodes: null, statuses: null, from: '2025-11-15T03:30:00.000Z', to: now.toISOString(), page: 1, pageSize: 1000 },
    });
  });

  it('lets ids override every other filter, normalising what people type', () => {
    expect(read({ service_request_id: 'pa-abcd-efgh, PA0123ABCD', status: 'nonsense' })).toEqual({ ok: true, query: { kind: 'ids', trackingCodes: ['PA-ABCD-EFGH', 'PA-0123-ABCD'] } });
    expect(read({ service_request_id: "1' or '1'='1" })).toMatchObject({ ok: false, errors: [{ field: 'service_request_id' }] });
  });

  it('reads comma-separated services and statuses, dates in Vietnam time, and pages', () => {
    expect(read({ service_code: 'noise,wastewater', status: 'open', start_date: '2026-02-01', end_date: '2026-02-10T23:59:59+07:00', page: '2', page_size: '50' })).toEqual({
      ok: true,
      query: { kind: 'search', serviceCodes: ['noise', 'wastewater'], statuses: ['open'], from: '2026-01-31T17:00:00.000Z', to: '2026-02-10T16:59:59.000Z', page: 2, pageSize: 50 },
    });
  });

  it('refuses windows over 90 days, reversed windows, unknown values and oversized pages', () => {
    const fields = (q: Record<string, string>) => {
      const r = read(q);
      return r.ok ? [] : r.errors.map((e) => e.field);
    };
    expect(fields({ start_date: '2025-01-01', end_date: '2026-01-01' })).toEqual(['end_date']);
    expect(fields({ start_date: '2026-02-10', end_date: '2026-02-01' })).toEqual(['start_date']);
    expect(fields({ service_code: 'radiation', status: 'pending', page_size: '5000', page: '0', start_date: 'yesterday' })).toEqual(['service_code', 'status', 'start_date', 'page', 'page_size']);
  });
});
