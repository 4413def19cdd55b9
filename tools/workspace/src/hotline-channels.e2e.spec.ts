import nodemailer from 'nodemailer';
import { Open311Clients } from '@hotline/intake-open311';
import { describeWithServer, eventually, lookupServer, TravellingClock } from '@hotline/platform-testing';
import { graphql, startHotlinePlatform, type HotlinePlatform, type PlatformSetting } from './hotline-platform';

/**
 * Issue 3's end-to-end test: reports through every channel, each routed to the competent unit,
 * deadlines counted in working days across the Tết 2026 break, and a breach escalating the case —
 * all observed through the intake, routing and deadline subgraphs. It runs on the embedded
 * adapters and, where the servers are available (CI), on PostgreSQL and Kafka.
 */
function hotlineScenario(setting: () => PlatformSetting | undefined): void {
  const clock = new TravellingClock();
  let platform: HotlinePlatform;

  beforeAll(async () => {
    const chosen = setting();
    if (!chosen) return;
    // The Friday before Tết: 14–22 February 2026 are days off (weekends included).
    clock.travelTo('2026-02-13T09:00:00+07:00');
    platform = await startHotlinePlatform(chosen, { clock: clock.now });
  }, 120_000);
  afterAll(async () => platform?.stop());

  const call = (service: string, query: string, variables: Record<string, unknown> = {}, caller?: string) => graphql(platform, service, query, variables, caller);

  const report = (address: string, description: string) => ({
    location: { address },
    pollutionType: 'wastewater',
    nature: 'continuous',
    description,
  });

  /**
   * The operator classifies the report as soon as the intake desk shows it. Each channel's report
   * is of another type or place, so none is linked to another as a duplicate: each opens its own case.
   */
  const classify = async (reportId: string, pollutionType: string) => {
    const answer = await eventually(`report ${reportId} on the intake desk`, async () => {
      const result = await call(
        'intake',
        'mutation ($id: ID!, $type: PollutionType!) { classifyReport(id: $id, input: { pollutionType: $type, urgent: false, legalTrack: pollution }) { caseId status } }',
        { id: reportId, type: pollutionType },
        'operator-hanoi',
      );
      return result.data?.['classifyReport'] ? result : undefined;
    });
    const caseId = answer.data?.['classifyReport'].caseId as string;
    expect(caseId).toBe(`case-${reportId}`);
    return caseId;
  };

  const routedCase = (caseId: string, caller: string, until: (c: Record<string, unknown>) => boolean) =>
    eventually(`case ${caseId} in routing`, async () => {
      const result = await call('routing', 'query ($id: ID!) { case(id: $id) { id status holderUnitCode provinceCode communeCode escalations } }', { id: caseId }, caller);
      const found = result.data?.['case'] as Record<string, unknown> | null | undefined;
      return found && until(found) ? found : undefined;
    }, 30_000);

  const deadlinesOf = (caseId: string, caller: string, until: (d: Record<string, string | null>[]) => boolean) =>
    eventually(`deadlines of ${caseId}`, async () => {
      const result = await call('deadline', `{ _entities(representations: [{ __typename: "Case", id: ${JSON.stringify(caseId)} }]) { ... on Case { deadlines { step unitCode status dueAt dueAtLocal breachedAt } } } }`, {}, caller);
      const list = result.data?.['_entities']?.[0]?.deadlines as Record<string, string | null>[] | undefined;
      return list && until(list) ? list : undefined;
    }, 30_000);

  const channelCases = new Map<string, string>();
  /** Where each channel's report belongs: Ba Đình has no hotline of its own, Hoàn Kiếm has one. */
  const competentUnit: Record<string, string> = { web: 'P01', api: 'P01', phone: 'C00070', email: 'P01', open311: 'P01', call_log: 'C00070' };

  /** What an operator sees on the desk: the report with this tracking code (e-mail and call-log reports). */
  const onTheDesk = (trackingCode: string) =>
    eventually(`report ${trackingCode} on the Hà Nội intake desk`, async () => {
      const answer = await call('intake', '{ intakeDesk(status: received, first: 200) { items { id trackingCode channel } } }', {}, 'operator-hanoi');
      return (answer.data?.['intakeDesk'].items as { id: string; trackingCode: string; channel: string }[] | undefined)?.find((r) => r.trackingCode === trackingCode);
    });

  it('lets Hà Nội register the hotline of Hoàn Kiếm ward (H2), so minor cases there go to the ward', async () => {
    const answer = await call(
      'routing',
      'mutation { setHotlineContact(unitCode: "C00070", phone: "024 3825 3535", email: "duongdaynong@hoankiem.hanoi.gov.vn") { ok errors { field message { en } } } }',
      {},
      'admin-hanoi',
    );
    expect(answer.data?.['setHotlineContact']).toEqual({ ok: true, errors: [] });
  });

  it('takes a report from the public web form (anonymous) and one from the API (an integrator)', async () => {
    const web = await call('intake', 'mutation ($input: ReportInput!) { submitReport(input: $input) { ok reportId trackingCode errors { field } } }', {
      input: { ...report('Phường Ba Đình, Thành phố Hà Nội', 'Nước thải đen chảy ra hồ Trúc Bạch, có mùi hôi'), reporter: { phone: '0912 222 333' } },
    });
    expect(web.data?.['submitReport']).toMatchObject({ ok: true, errors: [] });
    channelCases.set('web', await classify(web.data?.['submitReport'].reportId, 'wastewater'));

    const api = await call(
      'intake',
      'mutation ($input: ReportInput!) { submitReport(input: $input) { ok reportId errors { field } } }',
      { input: { ...report('phuong Ba Dinh, Ha Noi', 'Xưởng cơ khí chạy máy dập gây ồn suốt đêm'), pollutionType: 'noise', reporter: { email: 'nguoidan@example.vn' } } },
      'integrator',
    );
    expect(api.data?.['submitReport']).toMatchObject({ ok: true, errors: [] });
    channelCases.set('api', await classify(api.data?.['submitReport'].reportId, 'noise'));
  }, 60_000);

  it('takes a hotline call entered by the operator (caller number, call time)', async () => {
    const answer = await call(
      'intake',
      'mutation ($input: ReportInput!, $caller: String!, $at: String!) { recordHotlineCall(input: $input, callerNumber: $caller, calledAt: $at) { ok reportId errors { field } } }',
      { input: report('Hoàn Kiếm, Hà Nội', 'Người gọi báo nước thải tràn ra phố Hàng Bài'), caller: '+84 24 3825 1234', at: '2026-02-13T08:45:00+07:00' },
      'operator-hanoi',
    );
    expect(answer.data?.['recordHotlineCall']).toMatchObject({ ok: true, errors: [] });
    channelCases.set('phone', await classify(answer.data?.['recordHotlineCall'].reportId, 'wastewater'));
  }, 60_000);

  it('takes an e-mail to the hotline address over SMTP: the reply carries the tracking code, the operator finds it on the desk', async () => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: await platform.smtpPort(), secure: false, ignoreTLS: true });
    const sent = await transport.sendMail({
      from: 'Trần Thị Bình <binh.tran@example.vn>',
      to: 'duongdaynong@hanoi.gov.vn',
      subject: 'Phản ánh khói bụi',
      text: 'Địa điểm: Phường Ba Đình, Hà Nội\nLoại ô nhiễm: khí thải\nTính chất: thường xuyên\n\nXưởng sơn xả khói có mùi dung môi nồng nặc mỗi tối.',
      attachments: [{ filename: 'anh-khoi.jpg', content: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)]), contentType: 'image/jpeg' }],
    });
    const trackingCode = /PA-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(sent.response)?.[0];
    expect(trackingCode).toBeDefined();
    const report = await onTheDesk(trackingCode!);
    expect(report.channel).toBe('email');
    // Another province's desk does not show it.
    const daNang = await call('intake', '{ intakeDesk(first: 200) { items { trackingCode } } }', {}, 'operator-danang');
    expect(daNang.data?.['intakeDesk'].items).toEqual([]);
    channelCases.set('email', await classify(report.id, 'emissions'));
  }, 60_000);

  it('takes an Open311 GeoReport v2 request from an existing 311 app with an issued key', async () => {
    const { apiKey } = await new Open311Clients(platform.sql()).issue('Ứng dụng 311 thử nghiệm');
    const response = await fetch(`${platform.url('intake')}/open311/v2/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        api_key: apiKey,
        service_code: 'solid_waste',
        lat: '21.0341',
        long: '105.8372',
        address_string: 'Phường Ba Đình, Hà Nội',
        phone: '0987 654 321',
        description: 'Rác thải xây dựng đổ trộm ven đường mỗi đêm',
        'attribute[nature]': 'continuous',
      }).toString(),
    });
    expect(response.status).toBe(200);
    const [created] = (await response.json()) as { service_request_id: string; token?: string }[];
    expect(created.service_request_id).toMatch(/^PA-/);
    const report = await onTheDesk(created.service_request_id);
    expect(report.channel).toBe('open311');
    channelCases.set('open311', await classify(report.id, 'solid_waste'));
  }, 60_000);

  it("imports the switchboard's call log: each call becomes a report of the operator's desk", async () => {
    const csv = ['Mã cuộc gọi,Số gọi đến,Thời điểm gọi,Điện thoại viên,Loại ô nhiễm,Tính chất,Địa điểm,Nội dung', '"SW-0001","0243 825 9999","13/02/2026 08:30","Lan","tiếng ồn","thường xuyên","Phường Hoàn Kiếm, Hà Nội","Máy phát điện của quán karaoke chạy suốt đêm"'].join('\n');
    const answer = await call('intake', 'mutation ($csv: String!) { importCallLog(csv: $csv) { importedCount rejectedCount imported { trackingCode reportId } errors { rowNumber field message { en } } } }', { csv }, 'operator-hanoi');
    expect(answer.data?.['importCallLog']).toMatchObject({ importedCount: 1, rejectedCount: 0, errors: [] });
    const [imported] = answer.data?.['importCallLog'].imported as { reportId: string }[];
    channelCases.set('call_log', await classify(imported.reportId, 'noise'));
  }, 60_000);

  it('routes every case to the competent unit and counts its deadlines across Tết 2026', async () => {
    for (const [channel, caseId] of channelCases) {
      const unit = competentUnit[channel];
      const routed = await routedCase(caseId, 'handler-hanoi', (c) => c['status'] === 'assigned');
      expect({ channel, ...routed }).toMatchObject({ channel, holderUnitCode: unit, provinceCode: '01' });
      const deadlines = await deadlinesOf(caseId, 'handler-hanoi', (list) => list.some((d) => d['step'] === 'accept'));
      // Accept within 1 working day of Friday 13 February: Tết runs 14–22 February, so the day is Monday 23.
      expect({ channel, ...deadlines.find((d) => d['step'] === 'accept') }).toMatchObject({ channel, unitCode: unit, status: 'running', dueAt: '2026-02-23T17:00:00.000Z' });
    }
  }, 120_000);

  it('escalates a case whose acceptance deadline is breached to the level above', async () => {
    const caseId = channelCases.get('web')!;
    clock.travelTo('2026-02-24T08:00:00+07:00');
    const deadlines = await deadlinesOf(caseId, 'handler-ministry', (list) => list.some((d) => d['step'] === 'accept' && d['breachedAt'] !== null));
    expect(deadlines.find((d) => d['step'] === 'accept')?.['breachedAt']).toMatch(/^2026-02-2[34]T/);
    const escalated = await routedCase(caseId, 'handler-ministry', (c) => c['holderUnitCode'] === 'BTNMT');
    expect(escalated).toMatchObject({ holderUnitCode: 'BTNMT', escalations: 1 });
  }, 120_000);
}

describe('hotline channels end to end, embedded adapters (PGlite, in-process bus)', () => {
  hotlineScenario(() => ({ kind: 'embedded' }));
});

describeWithServer('hotline channels end to end on PostgreSQL + Kafka', 'postgres', (databaseUrl) => {
  const kafka = lookupServer('kafka');
  if (!kafka.available) {
    it.skip(`needs Kafka too (SKIPPED: ${kafka.reason})`, () => undefined);
    return;
  }
  hotlineScenario(() => ({ kind: 'servers', databaseUrl, kafkaBrokers: kafka.url }));
});
