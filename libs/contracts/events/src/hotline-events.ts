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
/** The result went back to the reporter(s) (H9 "result fed back"). */
export const ResultFedBack = CaseStep('routing.ResultFedBack');
export const CaseClosed = CaseStep('routing.CaseClosed');

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
  ReportAccepted,
  CaseOpened,
  CaseAssigned,
  CaseAccepted,
  VerificationRecorded,
  HandlingRecorded,
  ResultFedBack,
  CaseClosed,
  CaseEscalated,
  DeadlineWarningDue,
  DeadlineBreached,
] as const;
