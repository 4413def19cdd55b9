import { createHash, randomBytes } from 'node:crypto';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { loadConfig } from '@hotline/platform-config';
import { ProcessedEvents } from '@hotline/platform-event-bus';
import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import { InMemoryCheckpointStore, type EventStore } from '@hotline/platform-event-store';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import { createLogger } from '@hotline/platform-runtime';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import { AdministrativeGazetteer } from '@hotline/intake-domain';
import { IdentityVault } from '../identity-vault';
import { ReportDesk } from '../report-desk';
import { ReportReadModel } from '../report-read-model';
import { startIntakeFeatures, type IntakeFeatures } from '../start-intake-features';
import { smtpExchange } from './fixtures/smtp-exchange';
import { HotlineMailIntake } from './hotline-mail-intake';
import { startMailListener, type MailListener } from './smtp-mail-listener';

const HOTLINE = 'duongdaynong@hanoi.gov.vn';
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), randomBytes(40_000)]);
const windowsProgram = Buffer.concat([Buffer.from('MZ\x90\0\x03\0\0\0'), Buffer.from('This program cannot be run in DOS mode'), randomBytes(5_000)]);
const vietnameseBody = [
  'Kính gửi Đường dây nóng,',
  '',
  'Địa điểm: Phường Ba Đình, Hà Nội',
  'Loại ô nhiễm: nước thải',
  'Tính chất: đột xuất',
  'Đối tượng: Cơ sở giặt là Hồng Hà',
  '',
  'Sáng nay nước thải màu đen chảy thẳng ra hồ Trúc Bạch, mùi rất hôi. Tôi gửi kèm ảnh chụp.',
].join('\n');

interface SendFailure {
  responseCode?: number;
  response?: string;
}

describe('the e-mail channel: a real SMTP listener in front of the report desk (PGlite)', () => {
  let sql: PGliteSqlClient;
  let store: SqlEventStore;
  let features: IntakeFeatures;
  let port: number;

  beforeAll(async () => {
    sql = await PGliteSqlClient.open();
    store = new SqlEventStore(sql, { schema: 'intake_events' });
    features = await startIntakeFeatures(
      {
        config: loadConfig({ SMTP_PORT: '0', SMTP_HOTLINE_DOMAINS: 'hanoi.gov.vn,monre.gov.vn' }),
        logger: createLogger('error'),
        infrastructure: { sql, store, bus: new InProcessEventBus(), checkpoints: new InMemoryCheckpointStore(), processed: new ProcessedEvents(sql, 'intake'), close: async () => undefined },
      },
      { identityKey: randomBytes(32), listenForMail: true },
    );
    port = features.mail!.port;
  });
  afterAll(async () => {
    await features.stop();
    await sql.close();
  });

  const send = (mail: SendMailOptions, options: { port?: number } = {}) =>
    nodemailer.createTransport({ host: '127.0.0.1', port: options.port ?? port, secure: false, ignoreTLS: true }).sendMail({ to: HOTLINE, ...mail });
  const refusal = (mail: SendMailOptions, options?: { port?: number }) =>
    send(mail, options).then(
      () => {
        throw new Error('the listener accepted the mail');
      },
      (error: SendFailure) => ({ code: error.responseCode, text: error.response ?? '' }),
    );
  const written = async () => {
    const [{ events }] = await sql.query<{ events: number }>('select count(*)::int8 as events from intake_events.events');
    const [{ identities }] = await sql.query<{ identities: number }>('select count(*)::int8 as identities from intake.reporter_identities');
    const [{ files }] = await sql.query<{ files: number }>('select count(*)::int8 as files from intake.evidence_files');
    return { events, identities, files };
  };
  const receivedReports = async () => (await store.readAll({ after: 0, maxCount: 10_000 })).filter((e) => e.type === 'intake.ReportReceived');

  it('says where it listens in its health check', async () => {
    expect(await features.checks!['mail']!()).toEqual({ host: '127.0.0.1', port });
  });

  it('turns a Vietnamese mail with a photo into a report with stored evidence, and replies with the tracking code', async () => {
    const info = await send({
      from: '"Nguyễn Văn An" <nguyen.an@example.vn>',
      subject: 'Phản ánh nước thải hồ Trúc Bạch',
      text: vietnameseBody,
      attachments: [{ filename: 'ảnh hồ Trúc Bạch.jpg', content: jpeg, contentType: 'image/jpeg' }],
    });
    const trackingCode = /PA-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(info.response)?.[0];
    expect(info.response).toMatch(/^250 .*Report received, tracking code PA-/);

    const received = (await receivedReports()).find((e) => (e.data as { trackingCode: string }).trackingCode === trackingCode);
    expect(received?.data).toMatchObject({
      channel: 'email',
      confidential: true,
      placement: { kind: 'resolved', provinceCode: '01', communeCode: '00004' },
      content: {
        location: { address: 'Phường Ba Đình, Hà Nội' },
        pollutionType: 'wastewater',
        nature: 'sudden',
        suspectedPolluter: 'Cơ sở giặt là Hồng Hà',
        description: expect.stringContaining('hồ Trúc Bạch'),
        otherInformation: expect.stringContaining('Tiêu đề / Subject: Phản ánh nước thải hồ Trúc Bạch'),
        evidence: [{ evidenceId: expect.any(String), fileName: 'ảnh hồ Trúc Bạch.jpg', mediaType: 'image/jpeg', sizeBytes: jpeg.length, sha256: createHash('sha256').update(jpeg).digest('hex') }],
      },
    });
    // The identity is sealed, never in the event; the stored photo is byte for byte the attachment.
    expect(JSON.stringify(received)).not.toMatch(/nguyen\.an@example\.vn|Nguyễn Văn An/);
    const reportId = (received!.data as { reportId: string }).reportId;
    const { evidenceId } = (received!.data as { content: { evidence: { evidenceId: string }[] } }).content.evidence[0]!;
    const stored = await features.evidence.store.get(evidenceId);
    expect(stored?.evidence.reportId).toBe(reportId);
    expect(Buffer.compare(stored!.content, jpeg)).toBe(0);
    // The sender follows the report with the code and their e-mail address.
    await features.readModel.caughtUp();
    expect(await features.desk.track(trackingCode!, 'NGUYEN.AN@example.vn')).toMatchObject({ reportId, status: 'received' });
  });

  it('refuses a program renamed to photo.jpg with a 5xx naming the field, and writes nothing', async () => {
    const before = await written();
    const reply = await refusal({ from: 'an@example.vn', subject: 'Ảnh', text: vietnameseBody, attachments: [{ filename: 'photo.jpg', content: windowsProgram, contentType: 'image/jpeg' }] });
    expect(reply.code).toBe(550);
    expect(reply.text).toMatch(/\[evidence\.0\.mediaType\] .*renamed/);
    expect(reply.text).toMatch(/^[\x20-\x7e]+$/);
    expect(await written()).toEqual(before);
  });

  it('refuses 10 MB of text with a clear error and writes nothing', async () => {
    const before = await written();
    const reply = await refusal({ from: 'an@example.vn', subject: 'Phường Ba Đình, Hà Nội', text: 'ô nhiễm '.repeat(1_300_000) });
    expect(reply.code).toBe(550);
    expect(reply.text).toContain('[description] Noi dung phan anh: dai qua 10000 ky tu. / Description: longer than 10000 characters.');
    expect(await written()).toEqual(before);
  });

  it('refuses markup typed in a text body with a 5xx naming the field, and writes nothing', async () => {
    const before = await written();
    const reply = await refusal({ from: 'an@example.vn', subject: 'Hà Nội', text: "Địa điểm: Phường Ba Đình, Hà Nội\n<script>alert('x')</script> khói bụi suốt đêm" });
    expect(reply).toMatchObject({ code: 550, text: expect.stringContaining('[description] Noi dung phan anh: khong duoc chua ma HTML') });
    expect(await written()).toEqual(before);
  });

  it('keeps SQL fragments as inert text, and reads an HTML-only mail as the text it shows, without its markup', async () => {
    const typed = await send({ from: 'an@example.vn', subject: 'Hà Nội', text: "Địa điểm: Phường Ba Đình, Hà Nội\n'; DROP TABLE intake.reports;-- khói bụi <https://anh.example.vn/1>" });
    const html = await send({ from: 'an@example.vn', subject: 'Hà Nội', html: '<p>Địa điểm: Phường Ba Đình, Hà Nội</p><p>Khói bụi <b>suốt đêm</b></p><script>alert(1)</script><img src="https://tracker.example/x.gif">' });
    const contents = (await receivedReports()).slice(-2).map((e) => (e.data as { content: { description: string } }).content.description);
    expect(typed.response).toMatch(/^250 /);
    expect(html.response).toMatch(/^250 /);
    expect(contents).toEqual(["Địa điểm: Phường Ba Đình, Hà Nội\n'; DROP TABLE intake.reports;-- khói bụi https://anh.example.vn/1", 'Địa điểm: Phường Ba Đình, Hà Nội\nKhói bụi suốt đêm']);
  });

  it('refuses a body whose bytes are not the UTF-8 it declares, and writes nothing', async () => {
    const before = await written();
    const data = Buffer.concat([
      Buffer.from('From: an@example.vn\r\nTo: duongdaynong@hanoi.gov.vn\r\nSubject: Ha Noi\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'),
      Buffer.from('Nuoc thai chay ra song '),
      Buffer.from([0xc3, 0x28, 0xff, 0xfe]),
      Buffer.from(' rat hoi\r\n'),
    ]);
    const reply = await smtpExchange(port, { mailFrom: 'an@example.vn', rcptTo: [HOTLINE], data });
    expect(reply.code).toBe(550);
    expect(reply.text).toMatch(/\[description\] .*charset/);
    expect(await written()).toEqual(before);
  });

  it('refuses a recipient outside the hotline domains, and mail without a sender', async () => {
    const before = await written();
    expect(await refusal({ from: 'an@example.vn', to: 'someone@gmail.com', text: vietnameseBody })).toMatchObject({ code: 550, text: expect.stringContaining('No such hotline address') });
    expect(await smtpExchange(port, { mailFrom: '', rcptTo: [HOTLINE], data: vietnameseBody })).toMatchObject({ code: 550, text: expect.stringContaining('without a sender') });
    expect(await written()).toEqual(before);
  });

  it('refuses a mail above the size limit, announced or not, and writes nothing', async () => {
    const reception = features.evidence;
    const small: MailListener = await startMailListener(new HotlineMailIntake(features.desk, reception), {
      host: '127.0.0.1',
      port: 0,
      maxMessageBytes: 1024 * 1024,
      hotlineDomains: null,
      logger: createLogger('error'),
    });
    try {
      const before = await written();
      const big = { from: 'an@example.vn', subject: 'Hà Nội', text: vietnameseBody, attachments: [{ filename: 'anh.jpg', content: Buffer.concat([jpeg, randomBytes(2 * 1024 * 1024)]) }] };
      expect(await refusal(big, { port: small.port })).toMatchObject({ code: 552 });
      const unannounced = await smtpExchange(small.port, { mailFrom: 'an@example.vn', rcptTo: [HOTLINE], data: `Subject: x\r\n\r\n${'a'.repeat(2 * 1024 * 1024)}` });
      expect(unannounced).toMatchObject({ code: 552, text: expect.stringContaining('Message larger than 1 MB, nothing stored') });
      expect(await written()).toEqual(before);
    } finally {
      await small.close();
    }
  });

  it('answers 4xx and keeps nothing when the report cannot be recorded, so the sending server tries again', async () => {
    const failingStore: EventStore = Object.create(store, { appendToStream: { value: async () => Promise.reject(new Error('disk full')) } });
    const vault = new IdentityVault(sql, randomBytes(32));
    const desk = new ReportDesk({
      sql,
      store: failingStore,
      vault,
      readModel: new ReportReadModel(sql, new ProcessedEvents(sql, 'intake')),
      gazetteer: AdministrativeGazetteer.fromReferenceData(),
      duplicates: { radiusMeters: 500, windowHours: 168 },
      evidence: features.evidence.store,
    });
    const listener = await startMailListener(new HotlineMailIntake(desk, features.evidence), { host: '127.0.0.1', port: 0, maxMessageBytes: 1024 * 1024, hotlineDomains: null, logger: createLogger('error', {}, () => true) });
    try {
      const before = await written();
      const reply = await refusal({ from: '"Lê Thị B" <b@example.vn>', subject: 'Hà Nội', text: vietnameseBody, attachments: [{ filename: 'anh.jpg', content: jpeg }] }, { port: listener.port });
      expect(reply.code).toBe(451);
      expect(await written()).toEqual(before);
    } finally {
      await listener.close();
    }
  });
});
