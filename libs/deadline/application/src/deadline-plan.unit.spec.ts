import type { CaseFact } from './case-facts';
import { deadlinePlanFor, type PlannedAction, type StageEvent } from './deadline-plan';

/** given what is known of the case → when a stage event arrives → then the planner does this, in order. */
const given = (facts: Partial<CaseFact> | undefined) => ({
  when: (type: StageEvent['type'], data: Record<string, unknown>, occurredAt = '2026-03-02T02:00:00.000Z') => ({
    then: (expected: PlannedAction[]) => expect(deadlinePlanFor({ type, data, occurredAt }, facts && { ...known, ...facts })).toEqual(expected),
  }),
});

const caseId = 'case-r-1';
const known: CaseFact = { caseId, reportId: 'r-1', nature: null, urgent: null, unitCode: 'P01', deskUnitCode: 'P01', forwardedAt: null };
const normal = { urgent: false, sudden: false };
const received = { reportId: 'r-1', caseId, trackingCode: 'PA-0000-0001', channel: 'phone', receivedAt: '2026-03-02T01:00:00.000Z', provinceCode: '01', communeCode: '00004' };
const accepted = (overrides: Record<string, unknown> = {}) => ({
  reportId: 'r-1',
  trackingCode: 'PA-0000-0001',
  channel: 'phone',
  receivedAt: '2026-03-02T01:00:00.000Z',
  pollutionType: 'emissions',
  nature: 'continuous',
  urgent: false,
  legalTrack: 'pollution',
  provinceCode: '01',
  communeCode: '00004',
  latitude: null,
  longitude: null,
  duplicateOfCaseId: null,
  ...overrides,
});

describe('deadline plan: the intake desk’s steps (H10 enter, forward)', () => {
  it('starts the entry clock at receipt, at the normal limit, under the province’s intake desk', () => {
    given(undefined)
      .when('intake.ReportReceived', received)
      .then([
        { kind: 'record', caseId, changes: [{ kind: 'received', reportId: 'r-1', deskUnitCode: 'P01' }] },
        { kind: 'schedule', caseId, step: 'enter', triggeredAt: '2026-03-02T01:00:00.000Z', conditions: normal },
      ]);
  });

  it('gives a report nobody could place yet to the ministry’s desk', () => {
    given(undefined)
      .when('intake.ReportReceived', { ...received, provinceCode: null, communeCode: null })
      .then([
        { kind: 'record', caseId, changes: [{ kind: 'received', reportId: 'r-1', deskUnitCode: 'BTNMT' }] },
        { kind: 'schedule', caseId, step: 'enter', triggeredAt: '2026-03-02T01:00:00.000Z', conditions: normal },
      ]);
  });

  it('on entry, restates the conditions (an urgent report’s limit then applies), completes the entry and starts forwarding', () => {
    const urgent = { urgent: true, sudden: false };
    given({})
      .when('intake.ReportAccepted', accepted({ urgent: true }), '2026-03-02T02:30:00.000Z')
      .then([
        { kind: 'record', caseId, changes: [{ kind: 'conditions', nature: 'continuous', urgent: true }] },
        { kind: 'reclassify', caseId, step: 'enter', conditions: urgent, at: '2026-03-02T02:30:00.000Z' },
        { kind: 'complete', caseId, step: 'enter', at: '2026-03-02T02:30:00.000Z' },
        { kind: 'schedule', caseId, step: 'forward', triggeredAt: '2026-03-02T02:30:00.000Z', conditions: urgent },
        { kind: 'complete_if_forwarded', caseId },
      ]);
  });

  it('starts no forwarding for a report that joins an open case: that case already has its unit', () => {
    given({})
      .when('intake.ReportAccepted', accepted({ duplicateOfCaseId: 'case-r-0' }))
      .then([
        { kind: 'record', caseId, changes: [{ kind: 'conditions', nature: 'continuous', urgent: false }] },
        { kind: 'reclassify', caseId, step: 'enter', conditions: normal, at: '2026-03-02T02:00:00.000Z' },
        { kind: 'complete', caseId, step: 'enter', at: '2026-03-02T02:00:00.000Z' },
      ]);
  });

  it('starts the clock of a denunciation’s legal track (H7) from receipt, and none for a pollution report', () => {
    given({})
      .when('intake.ReportAccepted', accepted({ legalTrack: 'denunciation' }))
      .then([
        { kind: 'record', caseId, changes: [{ kind: 'conditions', nature: 'continuous', urgent: false }] },
        { kind: 'reclassify', caseId, step: 'enter', conditions: normal, at: '2026-03-02T02:00:00.000Z' },
        { kind: 'complete', caseId, step: 'enter', at: '2026-03-02T02:00:00.000Z' },
        { kind: 'schedule', caseId, step: 'forward', triggeredAt: '2026-03-02T02:00:00.000Z', conditions: normal },
        { kind: 'complete_if_forwarded', caseId },
        { kind: 'schedule', caseId, step: 'denunciation_resolve', triggeredAt: '2026-03-02T01:00:00.000Z', conditions: normal },
      ]);
  });

  it('cancels the entry clock of a rejected report', () => {
    given({})
      .when('intake.ReportRejected', { reportId: 'r-1' })
      .then([{ kind: 'cancel', caseId, step: 'enter', reason: expect.stringContaining('rejected') }]);
  });

  it('does nothing for a report it never saw received (received before this service followed intake)', () => {
    given(undefined).when('intake.ReportAccepted', accepted()).then([]);
    given(undefined).when('intake.ReportRejected', { reportId: 'r-1' }).then([]);
  });

  it('ends forwarding at routing’s first assignment, recorded first, then starts the unit’s acceptance', () => {
    given({ nature: 'sudden', urgent: true })
      .when('routing.CaseAssigned', { caseId, unitCode: 'C00004', level: 'commune', reason: 'Thuộc địa bàn xã', rule: null }, '2026-03-02T02:31:00.000Z')
      .then([
        { kind: 'record', caseId, changes: [{ kind: 'forwarded', at: '2026-03-02T02:31:00.000Z' }, { kind: 'unit', unitCode: 'C00004' }] },
        { kind: 'complete', caseId, step: 'forward', at: '2026-03-02T02:31:00.000Z' },
        { kind: 'schedule', caseId, step: 'accept', triggeredAt: '2026-03-02T02:31:00.000Z', conditions: { urgent: true, sudden: true } },
      ]);
  });
});

describe('deadline plan: the case’s steps (H9, H10)', () => {
  const step = { caseId, unitCode: 'C00004', at: '2026-03-03T03:00:00.000Z' };

  it('starts the whole-case limit at opening, with the conditions routing states', () => {
    given(undefined)
      .when('routing.CaseOpened', { caseId, reportId: 'r-1', provinceCode: '01', communeCode: '00004', urgent: false, nature: 'sudden' })
      .then([
        { kind: 'record', caseId, changes: [{ kind: 'conditions', nature: 'sudden', urgent: false }] },
        { kind: 'schedule', caseId, step: 'whole_case', triggeredAt: '2026-03-02T02:00:00.000Z', conditions: { urgent: false, sudden: true } },
      ]);
  });

  it('completes each stage and starts the next; a sudden incident keeps its condition for verification', () => {
    given({ nature: 'sudden', urgent: false })
      .when('routing.CaseAccepted', step)
      .then([
        { kind: 'complete', caseId, step: 'complaint_accept', at: step.at },
        { kind: 'complete', caseId, step: 'accept', at: step.at },
        { kind: 'schedule', caseId, step: 'verify', triggeredAt: step.at, conditions: { urgent: false, sudden: true } },
      ]);
    given({}).when('routing.ResultFedBack', { ...step, message: 'Đã xử lý' }).then([{ kind: 'complete', caseId, step: 'feedback', at: step.at }]);
  });

  it('closing completes the whole case and cancels every step still open', () => {
    given({})
      .when('routing.CaseClosed', step)
      .then([
        { kind: 'complete', caseId, step: 'whole_case', at: step.at },
        { kind: 'complete', caseId, step: 'denunciation_resolve', at: step.at },
        ...(['accept', 'verify', 'handle', 'feedback', 'complaint_accept'] as const).map((s) => ({ kind: 'cancel', caseId, step: s, reason: expect.any(String) }) as PlannedAction),
      ]);
  });

  it('an escalation only moves the case to its new unit', () => {
    given({})
      .when('routing.CaseEscalated', { caseId, fromUnitCode: 'C00004', toUnitCode: 'P01', toLevel: 'province', reason: 'Quá hạn' })
      .then([{ kind: 'record', caseId, changes: [{ kind: 'unit', unitCode: 'P01' }] }]);
  });
});
