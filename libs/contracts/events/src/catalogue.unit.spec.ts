import { z } from 'zod';
import { EventCatalogue, EventType, UnknownEventTypeError, UnknownEventVersionError, integrationEvents, uuidv7, topicOf } from './index';

// A type with three schema versions, to exercise upcasting through a chain.
const Sighting = EventType.define('test.SmokeSighted', z.object({ place: z.string() }))
  .evolve(z.object({ place: z.object({ address: z.string() }) }), (v1) => ({ place: { address: v1.place } }))
  .evolve(
    z.object({ place: z.object({ address: z.string(), province: z.string().nullable() }) }),
    (v2) => ({ place: { ...v2.place, province: null } }),
  );
const catalogue = new EventCatalogue([Sighting]);

const envelope = (overrides: Record<string, unknown> = {}) => ({
  eventId: uuidv7(),
  type: 'test.SmokeSighted',
  schemaVersion: 1,
  streamId: 'sighting-1',
  streamRevision: 0,
  globalPosition: 1,
  occurredAt: '2026-02-14T01:00:00.000Z',
  recordedAt: '2026-02-14T01:00:01.000Z',
  correlationId: 'c-1',
  causationId: null,
  actor: { kind: 'citizen', id: 'anonymous' },
  data: { place: 'Phường Ba Đình' },
  prevHash: null,
  hash: 'a'.repeat(64),
  ...overrides,
});

describe('event catalogue', () => {
  it('upcasts a version-1 event through every later version', () => {
    const parsed = catalogue.parse(envelope());
    expect(parsed.schemaVersion).toBe(3);
    expect(parsed.data).toEqual({ place: { address: 'Phường Ba Đình', province: null } });
  });

  it('parses the latest version without change', () => {
    const data = { place: { address: 'Xã Tà Xùa', province: '14' } };
    expect(catalogue.parse(envelope({ schemaVersion: 3, data })).data).toEqual(data);
  });

  it('rejects data that does not match its declared version', () => {
    expect(() => catalogue.parse(envelope({ schemaVersion: 2 }))).toThrow(z.ZodError);
  });

  it('rejects an unknown version and an unknown type by name', () => {
    expect(() => catalogue.parse(envelope({ schemaVersion: 9 }))).toThrow(UnknownEventVersionError);
    expect(() => catalogue.parse(envelope({ type: 'test.Unknown' }))).toThrow(UnknownEventTypeError);
  });

  it('rejects a malformed envelope', () => {
    expect(() => catalogue.parse(envelope({ eventId: 'not-a-uuid' }))).toThrow(/eventId|UUID/);
    expect(() => catalogue.parse(envelope({ hash: 'short' }))).toThrow();
  });

  it('prepares new events at the latest version and refuses invalid data', () => {
    expect(catalogue.prepare('test.SmokeSighted', { place: { address: 'x', province: null } }).schemaVersion).toBe(3);
    expect(() => catalogue.prepare('test.SmokeSighted', { place: 'x' })).toThrow(z.ZodError);
  });

  it('validates the platform catalogue entries', () => {
    expect(integrationEvents.types).toEqual(
      expect.arrayContaining(['intake.ReportAccepted', 'routing.CaseAssigned', 'deadline.DeadlineBreached']),
    );
    expect(() => integrationEvents.prepare('routing.CaseAssigned', { caseId: 'c', unitCode: '01', level: 'district', reason: '' })).toThrow(
      /level/,
    );
  });

  it('routes each context to its own topic', () => {
    expect(topicOf('routing.CaseAssigned')).toBe('hotline.routing.events');
  });
});

describe('uuidv7', () => {
  it('is a version-7 UUID ordered by time', () => {
    const a = uuidv7(1_700_000_000_000);
    const b = uuidv7(1_700_000_000_001);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a < b).toBe(true);
  });
});

describe('hotline catalogue: what intake and routing tell the other contexts', () => {
  const stored = (type: string, schemaVersion: number, data: unknown) => envelope({ type, schemaVersion, data, streamId: 'report-r-1' });

  it('upcasts a version-1 ReportReceived (intake’s placement) to the case it opens and where it lies', () => {
    const v1 = {
      reportId: 'r-1',
      trackingCode: 'PA-ABCD-EFGH',
      channel: 'web',
      receivedAt: '2026-02-13T03:00:00.000Z',
      placement: { kind: 'resolved', provinceCode: '01', communeCode: '00004' },
      content: { description: 'never part of the contract' },
    };
    expect(integrationEvents.parse(stored('intake.ReportReceived', 1, v1)).data).toEqual({
      reportId: 'r-1',
      caseId: 'case-r-1',
      trackingCode: 'PA-ABCD-EFGH',
      channel: 'web',
      receivedAt: '2026-02-13T03:00:00.000Z',
      provinceCode: '01',
      communeCode: '00004',
    });
    const ambiguous = { ...v1, placement: { kind: 'needs_choice', candidates: [{ provinceCode: '01', communeCode: '09817' }] } };
    expect(integrationEvents.parse(stored('intake.ReportReceived', 1, ambiguous)).data).toMatchObject({ provinceCode: null, communeCode: null });
    expect(integrationEvents.prepare('intake.ReportReceived', { ...v1, caseId: 'case-r-1', provinceCode: null, communeCode: null }).schemaVersion).toBe(2);
  });

  it('keeps the feedback message routing stored under version 1 of ResultFedBack, and says null when there was none', () => {
    const step = { caseId: 'case-1', unitCode: 'P01', at: '2026-03-02T03:00:00.000Z' };
    expect(integrationEvents.parse(stored('routing.ResultFedBack', 1, { ...step, message: 'Đã xử phạt cơ sở', reportIds: ['r-1'] })).data).toEqual({
      ...step,
      message: 'Đã xử phạt cơ sở',
    });
    expect(integrationEvents.parse(stored('routing.ResultFedBack', 1, step)).data).toEqual({ ...step, message: null });
    expect(() => integrationEvents.prepare('routing.ResultFedBack', { ...step, message: 'x'.repeat(5001) })).toThrow(/message/);
  });
});
