import type { AssignmentRules } from './assignment-rules';
import type { CaseActor } from './case-actor';
import type { CaseClassification } from './case-classification';
import type { CaseLegalTrack, CasePollutionType, PollutionNature } from './routing-facts';
import type { UnitCode } from '@hotline/shared-organisation';
import type { Instant } from './vietnam-date';

interface Command<Type extends string, Data> {
  readonly type: Type;
  readonly actor: CaseActor;
  readonly data: Data & { readonly now: Instant };
}

export type OpenCase = Command<
  'OpenCase',
  {
    readonly caseId: string;
    readonly reportId: string;
    /** The unit whose hotline or channel took the report; it holds the case until it is forwarded. */
    readonly receivingUnit: UnitCode;
    readonly provinceCode: string;
    readonly communeCode: string | null;
    readonly pollutionType: CasePollutionType;
    readonly nature: PollutionNature;
    readonly urgent: boolean;
    readonly legalTrack: CaseLegalTrack;
    readonly receivedAt: Instant;
  }
>;
export type ClassifyCase = Command<'ClassifyCase', CaseClassification>;

/** By the rules in effect, or to a unit the operator names with a reason (the rules do not know everything). */
export type CaseRouting =
  | { readonly by: 'rules'; readonly rules: AssignmentRules }
  | { readonly by: 'officer'; readonly unitCode: UnitCode; readonly reason: string };

export type ForwardCase = Command<'ForwardCase', { readonly routing: CaseRouting }>;
export type AcceptCase = Command<'AcceptCase', object>;
export type HandBackCase = Command<'HandBackCase', { readonly reason: string }>;
export type RecordVerification = Command<'RecordVerification', { readonly findings: string; readonly pollutionConfirmed: boolean }>;
export type RecordHandling = Command<'RecordHandling', { readonly measures: string }>;
export type FeedBackResult = Command<'FeedBackResult', { readonly message: string }>;
export type CloseCase = Command<'CloseCase', object>;
export type TransferCase = Command<'TransferCase', { readonly toUnit: UnitCode; readonly reason: string }>;

export type EscalationCause =
  | { readonly kind: 'deadline_breached'; readonly deadlineId: string; readonly step: string }
  | { readonly kind: 'officer_decision'; readonly reason: string };

export type EscalateCase = Command<'EscalateCase', { readonly cause: EscalationCause }>;
export type AddCoHandlers = Command<'AddCoHandlers', { readonly unitCodes: readonly UnitCode[]; readonly reason: string }>;
export type ReopenCase = Command<'ReopenCase', { readonly reason: string }>;
/** A report that duplicates this case; its reporter gets this case's updates. */
export type LinkReport = Command<'LinkReport', { readonly reportId: string }>;

export type CaseCommand =
  | OpenCase
  | ClassifyCase
  | ForwardCase
  | AcceptCase
  | HandBackCase
  | RecordVerification
  | RecordHandling
  | FeedBackResult
  | CloseCase
  | TransferCase
  | EscalateCase
  | AddCoHandlers
  | ReopenCase
  | LinkReport;
