import { caseIdOf } from './report-case';
import type { ReportCommand } from './report-commands';
import type { Placement, ReportActor, ReportContent, ReportEvent } from './report-events';
import { ReportRuleViolation } from './report-rule-violation';
import type { ReportChannel } from './report-submission';

export type ReportState =
  | { status: 'none' }
  | {
      status: 'received' | 'accepted' | 'rejected';
      reportId: string;
      trackingCode: string;
      channel: ReportChannel;
      receivedAt: string;
      content: ReportContent;
      placement: Placement;
    };

export const reportDecider = {
  initialState: (): ReportState => ({ status: 'none' }),
  decide: decideReport,
  evolve: evolveReport,
};

export function decideReport(command: ReportCommand, state: ReportState): ReportEvent[] {
  switch (command.type) {
    case 'ReceiveReport': {
      if (state.status !== 'none') throw new ReportRuleViolation('already_received');
      const { reportId, trackingCode, submission, identityRef, placement } = command.data;
      const { reporter: _identity, channel, receivedAt, confidential, ...content } = submission;
      const place = placement.kind === 'resolved' ? placement : { provinceCode: null, communeCode: null };
      return [
        {
          type: 'ReportReceived',
          data: {
            ...{ reportId, trackingCode, channel, receivedAt, identityRef, confidential, content, placement },
            ...{ caseId: caseIdOf(reportId), provinceCode: place.provinceCode, communeCode: place.communeCode },
          },
        },
      ];
    }
    case 'ChooseLocation': {
      const open = openReport(state);
      const officer = officerOf(command.data.actor);
      if (open.placement.kind === 'resolved') throw new ReportRuleViolation('location_not_ambiguous');
      return [{ type: 'LocationChosen', data: { reportId: open.reportId, provinceCode: command.data.provinceCode, communeCode: command.data.communeCode, chosenBy: officer } }];
    }
    case 'ClassifyReport': {
      const open = openReport(state);
      const officer = officerOf(command.data.actor);
      if (open.placement.kind !== 'resolved') throw new ReportRuleViolation('location_required');
      const { pollutionType, urgent, legalTrack, duplicateOfCaseId } = command.data;
      return [
        { type: 'ReportClassified', data: { reportId: open.reportId, pollutionType, urgent, legalTrack, classifiedBy: officer } },
        {
          type: 'ReportAccepted',
          data: {
            reportId: open.reportId,
            trackingCode: open.trackingCode,
            channel: open.channel,
            receivedAt: open.receivedAt,
            pollutionType,
            nature: open.content.nature,
            urgent,
            legalTrack,
            provinceCode: open.placement.provinceCode,
            communeCode: open.placement.communeCode,
            latitude: open.content.location.latitude,
            longitude: open.content.location.longitude,
            duplicateOfCaseId,
          },
        },
      ];
    }
    case 'RejectReport': {
      const open = openReport(state);
      const officer = officerOf(command.data.actor);
      const reason = command.data.reason.trim();
      if (reason.length === 0) throw new ReportRuleViolation('reason_required');
      return [{ type: 'ReportRejected', data: { reportId: open.reportId, reason, rejectedBy: officer } }];
    }
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

export function evolveReport(state: ReportState, event: ReportEvent): ReportState {
  switch (event.type) {
    case 'ReportReceived': {
      const { reportId, trackingCode, channel, receivedAt, content, placement } = event.data;
      return { status: 'received', reportId, trackingCode, channel, receivedAt, content, placement };
    }
    case 'LocationChosen':
      return state.status === 'none' ? state : { ...state, placement: { kind: 'resolved', provinceCode: event.data.provinceCode, communeCode: event.data.communeCode } };
    case 'ReportClassified':
      return state.status === 'none' ? state : { ...state, content: { ...state.content, pollutionType: event.data.pollutionType } };
    case 'ReportAccepted':
      return state.status === 'none' ? state : { ...state, status: 'accepted' };
    case 'ReportRejected':
      return state.status === 'none' ? state : { ...state, status: 'rejected' };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

type KnownReport = Exclude<ReportState, { status: 'none' }>;

function openReport(state: ReportState): KnownReport {
  if (state.status === 'none') throw new ReportRuleViolation('not_received');
  if (state.status !== 'received') throw new ReportRuleViolation('already_decided');
  return state;
}

function officerOf(actor: ReportActor): string {
  if (actor.kind !== 'officer') throw new ReportRuleViolation('officer_required');
  return actor.id;
}
