import { integrationEvents } from '@hotline/contracts-events';
import { deciderSpec } from '@hotline/platform-testing';
import { reportDecider } from './report';
import type { Placement, ReportActor, ReportEvent } from './report-events';
import { ReportRuleViolation } from './report-rule-violation';
import { readReportSubmission, type ReportSubmission } from './report-submission';

const now = new Date('2026-02-13T03:30:00Z');
const submission = (): ReportSubmission => {
  const reading = readReportSubmission(
    {
      channel: 'phone',
      receivedAt: '2026-02-13T10:00:00+07:00',
      reporter: { fullName: 'Nguyễn Văn A', phone: '0912 345 678', address: 'Hà Nội' },
      location: { address: 'Phường Ba Đình, Hà Nội' },
      pollutionType: 'emissions',
      nature: 'continuous',
      description: 'Khói đen từ xưởng sản xuất mỗi tối',
    },
    now,
  );
  if (!reading.ok) throw new Error(JSON.stringify(reading.errors));
  return reading.submission;
};
const officer: ReportActor = { kind: 'officer', id: 'op-1', unitCode: 'P01' };
const citizen: ReportActor = { kind: 'citizen', id: 'anonymous' };
const resolved = { kind: 'resolved' as const, provinceCode: '01', communeCode: '00004' };

const received = (placement: Placement): ReportEvent => {
  const { reporter: _identity, channel, receivedAt, confidential, ...content } = submission();
  const place = placement.kind === 'resolved' ? placement : { provinceCode: null, communeCode: null };
  return {
    type: 'ReportReceived',
    data: {
      ...{ reportId: 'r-1', trackingCode: 'PA-0000-0001', channel, receivedAt, identityRef: 'vault-1', confidential, content, placement },
      ...{ caseId: 'case-r-1', provinceCode: place.provinceCode, communeCode: place.communeCode },
    },
  };
};

const spec = deciderSpec(reportDecider);

describe('report decider', () => {
  it('receives a report without the reporter identity in the event', () => {
    const events = reportDecider.decide(
      { type: 'ReceiveReport', data: { reportId: 'r-1', trackingCode: 'PA-0000-0001', submission: submission(), identityRef: 'vault-1', placement: resolved } },
      reportDecider.initialState(),
    );
    expect(events).toEqual([received(resolved)]);
    expect(JSON.stringify(events)).not.toMatch(/Nguyễn Văn A|912345678/);
  });

  it('states the case the report will open and where it lies, as the catalogue’s intake.ReportReceived promises', () => {
    const [event] = reportDecider.decide(
      { type: 'ReceiveReport', data: { reportId: 'r-1', trackingCode: 'PA-0000-0001', submission: submission(), identityRef: null, placement: { kind: 'unknown' } } },
      reportDecider.initialState(),
    );
    expect(event.data).toMatchObject({ caseId: 'case-r-1', provinceCode: null, communeCode: null });
    expect(integrationEvents.prepare('intake.ReportReceived', received(resolved).data)).toMatchObject({
      schemaVersion: 2,
      data: { caseId: 'case-r-1', provinceCode: '01', communeCode: '00004', channel: 'phone' },
    });
  });

  it('refuses to receive the same report twice', () => {
    spec
      .given([received(resolved)])
      .when({ type: 'ReceiveReport', data: { reportId: 'r-1', trackingCode: 'PA-0000-0001', submission: submission(), identityRef: null, placement: resolved } })
      .thenThrows(ReportRuleViolation, /already been received/);
  });

  it('classifies an in-scope report and accepts it for routing', () => {
    spec
      .given([received(resolved)])
      .when({ type: 'ClassifyReport', data: { pollutionType: 'emissions', urgent: true, legalTrack: 'pollution', duplicateOfCaseId: null, actor: officer } })
      .then([
        { type: 'ReportClassified', data: { reportId: 'r-1', pollutionType: 'emissions', urgent: true, legalTrack: 'pollution', classifiedBy: 'op-1' } },
        {
          type: 'ReportAccepted',
          data: {
            reportId: 'r-1',
            trackingCode: 'PA-0000-0001',
            channel: 'phone',
            receivedAt: '2026-02-13T03:00:00.000Z',
            pollutionType: 'emissions',
            nature: 'continuous',
            urgent: true,
            legalTrack: 'pollution',
            provinceCode: '01',
            communeCode: '00004',
            latitude: null,
            longitude: null,
            duplicateOfCaseId: null,
          },
        },
      ]);
  });

  it('links a duplicate to the open case it repeats', () => {
    const events = reportDecider.decide(
      { type: 'ClassifyReport', data: { pollutionType: 'emissions', urgent: false, legalTrack: 'pollution', duplicateOfCaseId: 'case-9', actor: officer } },
      reportDecider.evolve(reportDecider.initialState(), received(resolved)),
    );
    expect(events[1]).toMatchObject({ type: 'ReportAccepted', data: { duplicateOfCaseId: 'case-9' } });
  });

  it('needs a settled location before classification, and lets an officer choose among candidates', () => {
    const ambiguous = { kind: 'needs_choice' as const, candidates: [{ provinceCode: '01', communeCode: '09817' }, { provinceCode: '01', communeCode: '09832' }] };
    spec
      .given([received(ambiguous)])
      .when({ type: 'ClassifyReport', data: { pollutionType: 'noise', urgent: false, legalTrack: 'pollution', duplicateOfCaseId: null, actor: officer } })
      .thenThrows(ReportRuleViolation, /location is not settled/);
    spec
      .given([received(ambiguous)])
      .when({ type: 'ChooseLocation', data: { provinceCode: '01', communeCode: '09817', actor: officer } })
      .then([{ type: 'LocationChosen', data: { reportId: 'r-1', provinceCode: '01', communeCode: '09817', chosenBy: 'op-1' } }]);
    spec
      .given([received(resolved)])
      .when({ type: 'ChooseLocation', data: { provinceCode: '01', communeCode: '09817', actor: officer } })
      .thenThrows(ReportRuleViolation, /already settled/);
  });

  it('rejects an out-of-scope report with a reason, once', () => {
    spec
      .given([received(resolved)])
      .when({ type: 'RejectReport', data: { reason: 'Tranh chấp đất đai, không phải ô nhiễm', actor: officer } })
      .then([{ type: 'ReportRejected', data: { reportId: 'r-1', reason: 'Tranh chấp đất đai, không phải ô nhiễm', rejectedBy: 'op-1' } }]);
    spec.given([received(resolved)]).when({ type: 'RejectReport', data: { reason: '  ', actor: officer } }).thenThrows(ReportRuleViolation, /reason/);
    spec
      .given([received(resolved), { type: 'ReportRejected', data: { reportId: 'r-1', reason: 'x', rejectedBy: 'op-1' } }])
      .when({ type: 'ClassifyReport', data: { pollutionType: 'noise', urgent: false, legalTrack: 'pollution', duplicateOfCaseId: null, actor: officer } })
      .thenThrows(ReportRuleViolation, /already been classified or rejected/);
  });

  it('lets only officers classify, choose or reject', () => {
    spec
      .given([received(resolved)])
      .when({ type: 'ClassifyReport', data: { pollutionType: 'noise', urgent: false, legalTrack: 'pollution', duplicateOfCaseId: null, actor: citizen } })
      .thenThrows(ReportRuleViolation, /Only an officer/);
    spec.given([]).when({ type: 'RejectReport', data: { reason: 'x', actor: officer } }).thenThrows(ReportRuleViolation, /no such report/);
  });
});
