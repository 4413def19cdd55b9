import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { loadConfig } from '@hotline/platform-config';
import { ProcessedEvents } from '@hotline/platform-event-bus';
import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import { InMemoryCheckpointStore } from '@hotline/platform-event-store';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import { createLogger, startHttpServer, type ServiceFeatures } from '@hotline/platform-runtime';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import { intakeService } from './intake-service';

const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), randomBytes(30_000)]);
const windowsProgram = Buffer.concat([Buffer.from('MZ\x90\0\x03\0\0\0'), Buffer.from('This program cannot be run in DOS mode'), randomBytes(3_000)]);
const MAX_BYTES = 1024 * 1024;
const report = {
  reporter: { phone: '0912 000 222' },
  location: { address: 'Phường Ba Đình, Hà Nội' },
  pollutionType: 'wastewater',
  nature: 'continuous',
  description: 'Nước thải đổ ra hồ Trúc Bạch mỗi đêm',
};
const SUBMIT = 'mutation ($input: ReportInput!) { submitReport(input: $input) { ok reportId errors { field message { vi en } } } }';

interface UploadBody {
  evidenceId?: string;
  sha256?: string;
  sizeBytes?: number;
  mediaType?: string;
  fileName?: string;
  error?: string;
  errors?: { field: string; message: { vi: string; en: string } }[];
}

describe('evidence upload (POST /evidence) and reports that refer to it, on the intake service (PGlite)', () => {
  let sql: PGliteSqlClient;
  let store: SqlEventStore;
  let features: ServiceFeatures;
  let http: Awaited<ReturnType<typeof startHttpServer>>;

  beforeAll(async () => {
    sql = await PGliteSqlClient.open();
    store = new SqlEventStore(sql, { schema: 'intake_events' });
    const config = loadConfig({ SMTP_PORT: '0', EVIDENCE_MAX_BYTES: String(MAX_BYTES), EVIDENCE_UPLOADS_PER_MINUTE: '15', IDENTITY_ENCRYPTION_KEY: randomBytes(32).toString('base64') });
    features = await intakeService().start!({
      config,
      logger: createLogger('error'),
      infrastructure: { sql, store, bus: new InProcessEventBus(), checkpoints: new InMemoryCheckpointStore(), processed: new ProcessedEvents(sql, 'intake'), close: async () => undefined },
    });
    http = await startHttpServer({ service: 'intake', host: '127.0.0.1', port: 0, checks: features.checks ?? {}, routes: features.routes });
  });
  afterAll(async () => {
    await http.close();
    await features.stop();
    await sql.close();
  });

  const upload = async (content: Buffer, headers: Record<string, string>) => {
    const response = await fetch(`${http.url}/evidence`, { method: 'POST', headers, body: content });
    return { status: response.status, headers: response.headers, body: (await response.json()) as UploadBody };
  };
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${http.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as { data?: Record<string, any>; errors?: unknown[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const files = async () => (await sql.query<{ n: number }>('select count(*)::int8 as n from intake.evidence_files'))[0]!.n;
  const events = async () => (await sql.query<{ n: number }>('select count(*)::int8 as n from intake_events.events'))[0]!.n;

  it('stores an uploaded photo and answers its id, hash, size, type and name', async () => {
    const { status, body } = await upload(jpeg, { 'content-type': 'image/jpeg', 'x-file-name': encodeURIComponent('ảnh hồ Trúc Bạch.jpg') });
    expect(status).toBe(201);
    expect(body).toEqual({ evidenceId: expect.any(String), sha256: createHash('sha256').update(jpeg).digest('hex'), sizeBytes: jpeg.length, mediaType: 'image/jpeg', fileName: 'ảnh hồ Trúc Bạch.jpg' });
  });

  it('refuses a program renamed to photo.jpg, naming the field in Vietnamese and English, and stores nothing', async () => {
    const before = await files();
    const { status, body } = await upload(windowsProgram, { 'content-type': 'image/jpeg', 'x-file-name': 'photo.jpg' });
    expect(status).toBe(400);
    expect(body).toEqual({ error: 'invalid_evidence', errors: [{ field: 'mediaType', message: { vi: expect.stringContaining('đổi tên'), en: expect.stringContaining('renamed') } }] });
    expect(await files()).toBe(before);
  });

  it('refuses a file over the limit, whether Content-Length announces it or not', async () => {
    const before = await files();
    const announced = await upload(Buffer.concat([jpeg, randomBytes(MAX_BYTES)]), { 'content-type': 'image/jpeg', 'x-file-name': 'big.jpg' });
    expect(announced.status).toBe(413);
    expect(announced.body).toEqual({ error: 'too_large', errors: [{ field: 'sizeBytes', message: { vi: 'Tệp lớn hơn 1 MB.', en: 'The file is larger than 1 MB.' } }] });
    // Chunked: the limit is found while the body streams in.
    const streamed = await new Promise<{ status: number; body: UploadBody }>((resolve, reject) => {
      const request = httpRequest(`${http.url}/evidence`, { method: 'POST', headers: { 'content-type': 'image/jpeg', 'x-file-name': 'big.jpg', 'transfer-encoding': 'chunked' } }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text) as UploadBody }));
      });
      request.on('error', reject);
      request.write(jpeg);
      for (let i = 0; i < 20; i++) request.write(randomBytes(64 * 1024));
      request.end();
    });
    expect(streamed).toMatchObject({ status: 413, body: { error: 'too_large' } });
    expect(await files()).toBe(before);
  });

  it('refuses a file name that is not percent-encoded UTF-8, and other methods', async () => {
    expect(await upload(jpeg, { 'content-type': 'image/jpeg', 'x-file-name': '%E1%BA' })).toMatchObject({ status: 400, body: { errors: [{ field: 'fileName' }] } });
    expect((await fetch(`${http.url}/evidence`)).status).toBe(405);
  });

  it('records the stored metadata with the report, never what the client claims', async () => {
    const { body: uploaded } = await upload(jpeg, { 'content-type': 'image/jpeg', 'x-file-name': 'anh.jpg' });
    const submitted = await gql(SUBMIT, { input: { ...report, evidence: [{ evidenceId: uploaded.evidenceId }] } });
    expect(submitted.data?.['submitReport']).toMatchObject({ ok: true, errors: [] });
    const reportId = submitted.data?.['submitReport'].reportId as string;
    const [received] = await store.readStream(`report-${reportId}`);
    expect((received!.data as { content: { evidence: unknown[] } }).content.evidence).toEqual([
      { evidenceId: uploaded.evidenceId, fileName: 'anh.jpg', mediaType: 'image/jpeg', sizeBytes: jpeg.length, sha256: uploaded.sha256 },
    ]);
    // The schema only takes the id: a claimed size is not even expressible.
    const claimed = await gql(SUBMIT, { input: { ...report, evidence: [{ evidenceId: uploaded.evidenceId, sizeBytes: 1 }] } });
    expect(claimed.errors).toBeDefined();
  });

  it('refuses unknown files and files of another report, writing nothing', async () => {
    const { body: first } = await upload(jpeg, { 'content-type': 'image/jpeg', 'x-file-name': 'anh.jpg' });
    expect((await gql(SUBMIT, { input: { ...report, evidence: [{ evidenceId: first.evidenceId }] } })).data?.['submitReport'].ok).toBe(true);
    const before = await events();
    const reused = await gql(SUBMIT, { input: { ...report, evidence: [{ evidenceId: first.evidenceId }, { evidenceId: 'no-such-file' }] } });
    expect(reused.data?.['submitReport']).toMatchObject({
      ok: false,
      errors: [
        { field: 'evidence.0.evidenceId', message: { en: 'This file already came with another report.' } },
        { field: 'evidence.1.evidenceId', message: { vi: expect.any(String), en: expect.stringContaining('No such uploaded file') } },
      ],
    });
    expect(await events()).toBe(before);
  });

  it('leaves the upload unclaimed when its report is refused, so the corrected report can use it', async () => {
    const { body: uploaded } = await upload(jpeg, { 'content-type': 'image/jpeg', 'x-file-name': 'anh.jpg' });
    const before = await events();
    const refused = await gql(SUBMIT, { input: { ...report, description: 'ngắn', evidence: [{ evidenceId: uploaded.evidenceId }] } });
    expect(refused.data?.['submitReport']).toMatchObject({ ok: false, errors: [{ field: 'description' }] });
    expect(await events()).toBe(before);
    const [row] = await sql.query<{ report_id: string | null }>('select report_id from intake.evidence_files where evidence_id = $1', [uploaded.evidenceId]);
    expect(row?.report_id).toBeNull();
    expect((await gql(SUBMIT, { input: { ...report, evidence: [{ evidenceId: uploaded.evidenceId }] } })).data?.['submitReport'].ok).toBe(true);
  });

  it('says where its mail listener is in /health, and limits uploads per client and minute', async () => {
    const health = (await (await fetch(`${http.url}/health`)).json()) as { checks: Record<string, { ok: boolean; detail?: { port: number } }> };
    expect(health.checks['mail']).toEqual({ ok: true, detail: { host: '127.0.0.1', port: expect.any(Number) } });
    let limited: Awaited<ReturnType<typeof upload>> | undefined;
    for (let i = 0; i < 16 && !limited; i++) {
      const attempt = await upload(jpeg, { 'content-type': 'image/jpeg', 'x-file-name': 'anh.jpg' });
      if (attempt.status === 429) limited = attempt;
    }
    expect(limited?.body).toEqual({ error: 'too_many_uploads', errors: [{ field: '', message: { vi: expect.stringContaining('thử lại'), en: expect.stringContaining('try again') } }] });
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
