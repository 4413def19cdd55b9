import type { AdministrativeLevel, UnitCode } from '@hotline/shared-organisation';
import type { BilingualText } from './bilingual-text';
import type { CaseActor } from './case-actor';
import type { CaseClassification } from './case-classification';
import type { EscalationCause, OpenCase } from './case-commands';
import type { Instant } from './vietnam-date';

interface Event<Type extends string, Data> {
  readonly type: Type;
  readonly data: { readonly caseId: string } & Data & { readonly at: Instant; readonly by: CaseActor };
}

/** A superset of the integration event 'routing.CaseOpened'. */
export type CaseOpened = Event<'CaseOpened', Omit<OpenCase['data'], 'caseId' | 'now'>>;
export type CaseClassified = Event<'CaseClassified', CaseClassification>;

/** A superset of the integration event 'routing.CaseAssigned'; `rule` is null when an officer chose the unit. */
export type CaseAssigned = Event<
  'CaseAssigned',
  {
    readonly from: UnitCode;
    readonly unitCode: UnitCode;
    readonly level: AdministrativeLevel;
    readonly reason: BilingualText;
    readonly rule: { readonly id: string; readonly version: number } | null;
  }
>;
export type CaseAccepted = Event<'CaseAccepted', { readonly unitCode: UnitCode }>;
export type CaseHandedBack = Event<'CaseHandedBack', { readonly from: UnitCode; readonly to: UnitCode; readonly reason: string }>;
export type VerificationRecorded = Event<'VerificationRecorded', { readonly unitCode: UnitCode; readonly findings: string; readonly pollutionConfirmed: boolean }>;
export type HandlingRecorded = Event<'HandlingRecorded', { readonly unitCode: UnitCode; readonly measures: string }>;
/** `reportIds`: the case's own report and every linked duplicate, whose reporters all get the result. */
export type ResultFedBack = Event<'ResultFedBack', { readonly unitCode: UnitCode; readonly message: string; readonly reportIds: readonly string[] }>;
export type CaseClosed = Event<'CaseClosed', { readonly unitCode: UnitCode }>;
export type CaseTransferred = Event<'CaseTransferred', { readonly from: UnitCode; readonly to: UnitCode; readonly toLevel: AdministrativeLevel; readonly reason: string }>;
export type CaseEscalated = Event<
  'CaseEscalated',
  { readonly from: UnitCode; readonly to: UnitCode; readonly toLevel: AdministrativeLevel; readonly cause: EscalationCause }
>;
export type CoHandlersAdded = Event<'CoHandlersAdded', { readonly leadUnit: UnitCode; readonly coHandlers: readonly UnitCode[]; readonly reason: string }>;
export type CaseReopened = Event<'CaseReopened', { readonly unitCode: UnitCode; readonly reason: string }>;
export type ReportLinked = Event<'ReportLinked', { readonly reportId: string }>;

export type CaseEvent =
  | CaseOpened
  | CaseClassified
  | CaseAssigned
  | CaseAccepted
  | CaseHandedBack
  | VerificationRecorded
  | HandlingRecorded
  | ResultFedBack
  | CaseClosed
  | CaseTransferred
  | CaseEscalated
  | CoHandlersAdded
  | CaseReopened
  | ReportLinked;
