import { z } from 'zod';
import { EventType } from './event-type';

/**
 * Integration events of the hotline contexts: the only way intake, routing and deadline
 * talk to each other. Reporter identity never travels here (H8): it stays in intake, encrypted.
 */
const ProvinceCode = z.string().regex(/^\d{2}$/, 'province code: 2 digits');
const CommuneCode = z.string().regex(/^\d{5}$/, 'commune code: 5 digits');
const UnitCode = z.string().min(1).max(50);
const Instant = z.iso.datetime({ offset: true });

export const PollutionType = z.enum(['wastewater', 'emissions', 'solid_waste', 'noise', 'other']);
export const LegalTrack = z.enum(['pollution', 'complaint', 'denunciation']);
export const ReportChannel = z.enum(['phone', 'email', 'web', 'api', 'open311', 'call_log']);

const Placement = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('resolved'), provinceCode: ProvinceCode, communeCode: CommuneCode.nullable() }),
  z.object({ kind: z.literal('needs_choice'), candidates: z.array(z.object({ provinceCode: ProvinceCode, communeCode: CommuneCode.nullable() })) }),
  z.object({ kind: z.literal('unknown') }),
]);

/**
 * A report reached an intake desk (H9 "received"): the clock of the `enter` step (H10) starts.
 * Version 1 is what intake published before the catalogue listed it; version 2 names the case
 * the report will open (`case-<reportId>`, the convention routing opens it under) and where it
 * was placed, so consumers need neither intake's placement shape nor its id convention.
 */
export const ReportReceived = EventType.define(
  'intake.ReportReceived',
  z.object({ reportId: z.string().min(1), trackingCode: z.string().min(4).max(32), channel: ReportChannel, receivedAt: Instant, placement: Placement }),
).evolve(
  z.object({
    reportId: z.string().min(1),
    caseId: z.string().min(1),
    trackingCode: z.string().min(4).max(32),
    channel: ReportChannel,
    receivedAt: Instant,
    /** Null while the address is unresolved or ambiguous: an officer places the report first. */
    provinceCode: ProvinceCode.nullable(),
    communeCode: CommuneCode.nullable(),
  }),
  ({ reportId, trackingCode, channel, receivedAt, placement }) => ({
    reportId,
    caseId: `case-${reportId}`,
    trackingCode,
    channel,
    receivedAt,
    provinceCode: placement.kind === 'resolved' ? placement.provinceCode : null,
    communeCode: placement.kind === 'resolved' ? placement.communeCode : null,
  }),
);

/** The report was out of scope (H7) and will open no case. The reason stays with intake. */
export const ReportRejected = EventType.define('intake.ReportRejected', z.object({ reportId: z.string().min(1) }));

export const ReportAccepted = EventType.define(
  'intake.ReportAccepted',
  z.object({
    reportId: z.string().min(1),
    trackingCode: z.string().min(4).max(32),
    channel: ReportChannel,
    receivedAt: Instant,
    pollutionType: PollutionType,
    nature: z.enum(['sudden', 'continuous']),
    urgent: z.boolean(),
    legalTrack: LegalTrack,
    provinceCode: ProvinceCode,
    communeCode: CommuneCode.nullable(),
    latitude: z.number().min(-90).max(90).nullable(),
    longitude: z.number().min(-180).max(180).nullable(),
    duplicateOfCaseId: z.string().nullable(),
  }),
);

export const CaseOpened = EventType.define(
  'routing.CaseOpened',
  z.object({
    caseId: z.string().min(1),
    reportId: z.string().min(1),
    provinceCode: ProvinceCode,
    communeCode: CommuneCode.nullable(),
    urgent: z.boolean(),
    nature: z.enum(['sudden', 'continuous']),
  }),
);

const CaseAssignedV1 = z.object({
  caseId: z.string().min(1),
  unitCode: UnitCode,
  level: z.enum(['central', 'province', 'commune']),
  reason: z.string().max(500),
});

/**
 * v2 adds `rule`: the assignment rule and the version of the rules table that chose the unit;
 * null when an officer named the unit. Version-1 events did not say, so they read as null.
 */
export const CaseAssigned = EventType.define('routing.CaseAssigned', CaseAssignedV1).evolve(
  CaseAssignedV1.extend({ rule: z.object({ id: z.string().min(1).max(64), version: z.number().int().positive() }).nullable() }),
  (v1) => ({ ...v1, rule: null }),
);

const CaseStep = <T extends `routing.${string}`>(type: T) =>
  EventType.define(type, z.object({ caseId: z.string().min(1), unitCode: UnitCode, at: Instant }));

/** The unit took the case on (H9 "accepted by that unit"). */
export const CaseAccepted = CaseStep('routing.CaseAccepted');
/** The site check is recorded (H9 "verified"). */
export const VerificationRecorded = CaseStep('routing.VerificationRecorded');
/** The handling result is recorded (H9 "handled"). */
export const HandlingRecorded = CaseStep('routing.HandlingRecorded');
/**
 * The result went back to the reporter(s) (H9 "result fed back"). Version 2 carries the message,
 * which is written for the reporters: intake shows it on their status page. Routing stored it
 * under version 1 too, so the upcast keeps it when present.
 */
export const ResultFedBack = EventType.define(
  'routing.ResultFedBack',
  z.looseObject({ caseId: z.string().min(1), unitCode: UnitCode, at: Instant }),
).evolve(
  z.object({ caseId: z.string().min(1), unitCode: UnitCode, at: Instant, message: z.string().max(5000).nullable() }),
  ({ caseId, unitCode, at, message }) => ({ caseId, unitCode, at, message: typeof message === 'string' ? message : null }),
);
export const CaseClosed = CaseStep('routing.CaseClosed');
/** A closed case is open again (H9); the officer's reason stays with routing. */
export const CaseReopened = CaseStep('routing.CaseReopened');

export const CaseEscalated = EventType.define(
  'routing.CaseEscalated',
  z.object({
    caseId: z.string().min(1),
    fromUnitCode: UnitCode,
    toUnitCode: UnitCode,
    toLevel: z.enum(['central', 'province']),
    reason: z.string().min(1).max(500),
  }),
);

/**
 * H3: a unit's roster named an officer (created or changed by an import). Identity keeps one
 * account per e-mail from these, without a password until an administrator's activation code
 * is used. Only what an account needs travels: no phone, no position.
 */
export const OfficerRostered = EventType.define(
  'routing.OfficerRostered',
  z.object({
    email: z.string().min(3).max(254),
    unitCode: UnitCode,
    fullName: z.string().min(1).max(200),
    role: z.enum(['operator', 'handler', 'unit_head', 'provincial_admin', 'ministry_admin', 'auditor', 'integrator']),
    rosteredAt: Instant,
  }),
);

export const DeadlineWarningDue = EventType.define(
  'deadline.DeadlineWarningDue',
  z.object({
    deadlineId: z.string().min(1),
    subjectId: z.string().min(1),
    step: z.string().min(1).max(100),
    dueAt: Instant,
  }),
);

export const DeadlineBreached = EventType.define(
  'deadline.DeadlineBreached',
  z.object({
    deadlineId: z.string().min(1),
    subjectId: z.string().min(1),
    step: z.string().min(1).max(100),
    dueAt: Instant,
    policyVersion: z.number().int().positive(),
  }),
);

export const hotlineEventTypes = [
  ReportReceived,
  ReportRejected,
  ReportAccepted,
  CaseOpened,
  CaseAssigned,
  CaseAccepted,
  VerificationRecorded,
  HandlingRecorded,
  ResultFedBack,
  CaseClosed,
  CaseReopened,
  CaseEscalated,
  OfficerRostered,
  DeadlineWarningDue,
  DeadlineBreached,
] as const;
