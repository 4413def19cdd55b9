import type { IncomingMessage } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '@hotline/platform-config';
import type { Authenticator, RequestActor } from '@hotline/platform-graphql';
import { createLogger, startService, type RunningService } from '@hotline/platform-runtime';
import { intakeService } from './intake-service';

// Stands in for the identity provider: the header names a fixture officer.
const officers: Record<string, RequestActor> = {
  'operator-hanoi': { kind: 'officer', id: 'op-hn', role: 'operator', unitCode: 'P01' },
  auditor: { kind: 'officer', id: 'aud-1', role: 'auditor', unitCode: 'BTNMT' },
};
const authenticator: Authenticator = { authenticate: async (request: IncomingMessage) => officers[String(request.headers['x-test-officer'])] ?? { kind: 'anonymous' } };

const IMPORT = `mutation ($csv: String!) { importCallLog(csv: $csv) {
  importedCount alreadyImportedCount rejectedCount
  imported { rowNumber callId trackingCode } errors { rowNumber callId field message { vi en } }
} }`;
const CSV = [
  'Call ID,Caller ID,Call time,Agent,Pollution type,Nature,Location,Description',
  'T-1,0912 345 678,2026-02-13 09:15,Lan,wastewater,continuous,"Phường Ba Đình, Hà Nội",Nước thải đen chảy ra hồ từ cống',
  'T-2,0912 345 679,2026-02-13 09:20,Lan,radiation,continuous,"Phường Ba Đình, Hà Nội",Nước thải đen chảy ra hồ từ cống',
].join('\n');

describe('intake service channels: the call-log import (GraphQL) and Open311 (HTTP) on one service process', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'intake-channels-'));
  let service: RunningService;

  beforeAll(async () => {
    const config = loadConfig({ DATA_DIR: dataDir, INTAKE_PORT: '0', SMTP_PORT: '0' });
    service = await startService(intakeService(authenticator), config, createLogger('error'));
  }, 60_000);
  afterAll(async () => {
    await service.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const gql = async (query: string, variables: Record<string, unknown>, officer?: string) => {
    const response = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(officer ? { 'x-test-officer': officer } : {}) }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as { data?: Record<string, any>; errors?: { extensions: { code: string; field?: string; message: { vi: string; en: string } } }[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  it('lets an operator import the switchboard log: good rows recorded, bad rows explained, a second import records nothing', async () => {
    const first = await gql(IMPORT, { csv: CSV }, 'operator-hanoi');
    expect(first.data?.['importCallLog']).toMatchObject({
      importedCount: 1,
      alreadyImportedCount: 0,
      rejectedCount: 1,
      imported: [{ rowNumber: 2, callId: 'T-1', trackingCode: expect.stringMatching(/^PA-/) }],
      errors: [{ rowNumber: 3, callId: 'T-2', field: 'pollutionType', message: { vi: expect.stringContaining('Loại ô nhiễm'), en: expect.stringContaining('pollution type') } }],
    });
    const again = await gql(IMPORT, { csv: CSV }, 'operator-hanoi');
    expect(again.data?.['importCallLog']).toMatchObject({ importedCount: 0, alreadyImportedCount: 1, rejectedCount: 1 });
  });

  it('refuses callers outside the intake desk, and a file without its columns, naming the field', async () => {
    expect((await gql(IMPORT, { csv: CSV })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await gql(IMPORT, { csv: CSV }, 'auditor')).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const bad = await gql(IMPORT, { csv: 'Call ID\nT-9' }, 'operator-hanoi');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'csv', message: { en: expect.stringContaining('Caller ID') } });
  });

  it('serves Open311 beside /graphql', async () => {
    const services = (await (await fetch(`${service.url}/open311/v2/services.json`)).json()) as { service_code: string }[];
    expect(services.map((s) => s.service_code)).toContain('wastewater');
    const refused = await fetch(`${service.url}/open311/v2/requests.json`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'service_code=noise&api_key=o311_nobody' });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual([{ code: 403, description: expect.stringContaining('api_key') }]);
  });
});
