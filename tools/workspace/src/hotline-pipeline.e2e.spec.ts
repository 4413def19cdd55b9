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
    const config = loadConfig({ DATA_DIR: dataDir, ...ports, SMTP_PORT: '0' });
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
    const submitted = await gql('intake', 'mutation ($input: ReportInput!) { submitReport(input: $input) { ok reportId trackingCode errors { field } } }', {
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
      const list = result.data?.['_entities']?.[0]?.deadlines as { step: string; unitCode: string; status: string }[] | undefined;
      const deskDone = list?.filter((d) => d.step === 'enter' || d.step === 'forward').every((d) => d.status === 'completed');
      return list && list.length >= 4 && deskDone ? list : undefined;
    }, 30_000);
    expect(deadlines.map((d) => d.step).sort()).toEqual(['accept', 'enter', 'forward', 'whole_case']);
    expect(deadlines.find((d) => d.step === 'accept')).toMatchObject({ unitCode: 'P01', status: 'running' });
    // The intake desk's own limits (H10 enter, forward) ran from receipt and ended when the report was entered and routed.
    expect(deadlines.find((d) => d.step === 'enter')).toMatchObject({ unitCode: 'P01', status: 'completed' });

    // The reporter follows the case with the tracking code and the phone given.
    const tracked = await eventually('the forwarding on the status page', async () => {
      const result = await gql('intake', 'query ($c: String!, $p: String!) { trackReport(trackingCode: $c, contact: $p) { stage history { stage unitCode at } } }', {
        c: submitted.data?.['submitReport'].trackingCode,
        p: '0912222333',
      });
      return result.data?.['trackReport']?.stage === 'forwarded' ? result.data['trackReport'] : undefined;
    });
    expect(tracked.history.map((h: { stage: string; unitCode: string | null }) => [h.stage, h.unitCode])).toEqual([
      ['received', null],
      ['entered', null],
      ['forwarded', 'P01'],
    ]);

    const routed = await gql('routing', 'query ($id: ID!) { case(id: $id) { id status holderUnitCode provinceCode } }', { id: caseId }, 'handler-hanoi');
    expect(routed.data?.['case']).toEqual({ id: caseId, status: 'assigned', holderUnitCode: 'P01', provinceCode: '01' });
  }, 60_000);
});
