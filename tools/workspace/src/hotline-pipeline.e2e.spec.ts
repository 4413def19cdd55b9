import type { IncomingMessage } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '@hotline/platform-config';
import { deadlineService } from '@hotline/deadline-graphql';
import { intakeService } from '@hotline/intake-graphql';
import type { Authenticator, RequestActor } from '@hotline/platform-graphql';
import { routingService } from '@hotline/routing-graphql';
import { createLogger, platformServices, startAllInOne, type AllInOne } from '@hotline/platform-runtime';
import { eventually } from '@hotline/platform-testing';

// Stands in for the identity provider (next issue): the header names a fixture officer.
const officers: Record<string, RequestActor> = {
  'operator-hanoi': { kind: 'officer', id: 'op-hn', role: 'operator', unitCode: 'P01' },
  'handler-hanoi': { kind: 'officer', id: 'hd-hn', role: 'handler', unitCode: 'P01' },
};
const authenticator: Authenticator = { authenticate: async (request: IncomingMessage) => officers[String(request.headers['x-test-officer'])] ?? { kind: 'anonymous' } };

describe('hotline pipeline on the all-in-one host (embedded adapters)', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hotline-pipeline-'));
  let platform: AllInOne;
  let urls: Map<string, string>;

  beforeAll(async () => {
    const ports = Object.fromEntries(['INTAKE', 'ROUTING', 'DEADLINE', 'SESSION', 'REPORTING'].map((s) => [`${s}_PORT`, '0']));
    const config = loadConfig({ DATA_DIR: dataDir, ...ports });
    const withFeatures = new Map([intakeService(authenticator), routingService(authenticator), deadlineService(authenticator)].map((s) => [s.name, s]));
    platform = await startAllInOne(platformServices.map((s) => withFeatures.get(s.name) ?? s), config, createLogger('error'));
    urls = new Map(platform.services.map((s) => [s.name, s.url]));
  }, 60_000);
  afterAll(async () => {
    await platform.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const gql = async (service: string, query: string, variables: Record<string, unknown>, officer?: string) => {
    const response = await fetch(`${urls.get(service)}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(officer ? { 'x-test-officer': officer } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, any>; errors?: unknown[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  it('takes a citizen report, routes the case to the province, and starts its deadlines (intake, routing and deadline subgraphs)', async () => {
    const submitted = await gql('intake', 'mutation ($input: ReportInput!) { submitReport(input: $input) { ok reportId errors { field } } }', {
      input: {
        reporter: { phone: '0912 222 333' },
        location: { address: 'Phường Ba Đình, Thành phố Hà Nội' },
        pollutionType: 'wastewater',
        nature: 'continuous',
        description: 'Nước thải chảy ra hồ Trúc Bạch, có mùi hôi',
      },
    });
    expect(submitted.data?.['submitReport']).toMatchObject({ ok: true, errors: [] });
    const reportId = submitted.data?.['submitReport'].reportId as string;

    const classify = 'mutation ($id: ID!) { classifyReport(id: $id, input: { pollutionType: wastewater, urgent: false, legalTrack: pollution }) { status caseId } }';
    const classified = await eventually('the report in the intake read model', async () => {
      const result = await gql('intake', classify, { id: reportId }, 'operator-hanoi');
      return result.data?.['classifyReport'] ? result : undefined;
    });
    const caseId = classified.data?.['classifyReport'].caseId as string;
    expect(caseId).toBe(`case-${reportId}`);

    // intake → bus → routing opens and assigns the case → bus → deadline schedules its clocks.
    const deadlines = await eventually('the case deadlines', async () => {
      const result = await gql('deadline', '{ _entities(representations: [{ __typename: "Case", id: "' + caseId + '" }]) { ... on Case { deadlines { step unitCode status dueAt } } } }', {}, 'handler-hanoi');
      const list = result.data?.['_entities']?.[0]?.deadlines as { step: string; unitCode: string }[] | undefined;
      return list && list.length >= 2 ? list : undefined;
    }, 30_000);
    expect(deadlines.map((d) => d.step).sort()).toEqual(['accept', 'whole_case']);
    expect(deadlines.find((d) => d.step === 'accept')).toMatchObject({ unitCode: 'P01', status: 'running' });

    const routed = await gql('routing', 'query ($id: ID!) { case(id: $id) { id status holderUnitCode provinceCode } }', { id: caseId }, 'handler-hanoi');
    expect(routed.data?.['case']).toEqual({ id: caseId, status: 'assigned', holderUnitCode: 'P01', provinceCode: '01' });
  }, 60_000);
});
