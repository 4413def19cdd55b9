import type { AssignmentRules, CaseCommand, Instant, CaseEvent, CaseSeverity, CaseStatus, OfficerActor, OfficerRole, UnitCode } from '@hotline/routing-domain';
import { CaseInput, DETAILS_LIMITS, REASON_LIMITS } from './case-input';
import type { CaseRepository } from './case-repository';

/** The signed-in officer, as the auth layer establishes it. */
export interface OfficerIdentity {
  readonly officerId: string;
  readonly role: OfficerRole;
  readonly unitCode: UnitCode;
}

export interface CaseCommandResult {
  readonly caseId: string;
  readonly status: CaseStatus;
  readonly events: readonly CaseEvent[];
}

export interface CaseCommandsDependencies {
  readonly repository: CaseRepository;
  /** The version of the assignment rules in effect at an instant. */
  readonly assignmentRules: (at: Instant) => Promise<AssignmentRules>;
  readonly now?: () => Date;
}

type Input = Readonly<Record<string, unknown>>;
type CommandOf<T extends CaseCommand['type']> = Extract<CaseCommand, { type: T }>;
type DataOf<T extends CaseCommand['type']> = Omit<CommandOf<T>['data'], 'now'>;

/**
 * What officers do to a case from the console or the API. Each checks its input field by field
 * (CaseInputError) and then lets the Case decide: the role, the jurisdiction and the stage are the
 * domain's (CaseRuleViolation). A refused command appends nothing.
 */
export class CaseCommands {
  constructor(private readonly dependencies: CaseCommandsDependencies) {}

  async acceptCase(officer: OfficerIdentity, input: Input): Promise<CaseCommandResult> {
    const read = new CaseInput();
    const caseId = read.caseId(input['caseId']);
    read.done();
    return this.run(officer, caseId, 'AcceptCase', {});
  }

  async handBack(officer: OfficerIdentity, input: Input): Promise<CaseCommandResult> {
    const read = new CaseInput();
    const caseId = read.caseId(input['caseId']);
    const reason = read.text('reason', input['reason'], REASON_LIMITS);
    read.done();
    return this.run(officer, caseId, 'HandBackCase', { reason });
  }

  async recordVerification(officer: OfficerIdentity, input: Input): Promise<CaseCommandResult> {
    const read = new CaseInput();
    const caseId = read.caseId(input['caseId']);
    const findings = read.text('findings', input['findings'], DETAILS_LIMITS);
    const pollutionConfirmed = read.flag('pollutionConfirmed', input['pollutionConfirmed']);
    read.done();
    return this.run(officer, caseId, 'RecordVerification', { findings, pollutionConfirmed });
  }

  async recordHandling(officer: OfficerIdentity, input: Input): Promise<CaseCommandResult> {
    const read = new CaseInput();
    const caseId = read.caseId(input['caseId']);
    const measures = read.text('measures', input['measures'], DETAILS_LIMITS);
    read.done();
    return this.run(officer, caseId, 'RecordHandling', { measures });
  }

  async feedBackResult(officer: OfficerIdentity, input: Input): Promise<CaseCommandResult> {
    const read = new CaseInput();
    const caseId = read.caseId(input['caseId']);
    const message = read.text('message', input['message'], DETAILS_LIMITS);
    read.done();
    return this.run(officer, caseId, 'FeedBackResult', { message });
  }

  async closeCase(officer: OfficerIdentity, input: Input): Promise<CaseCommandResult> {
    const read = new CaseInput();
    const caseId = read.caseId(input['caseId']);
    read.done();
    return this.run(officer, caseId, 'CloseCase', {});
  }

  async transferCase(officer: OfficerIdentity, input: Input): Promise<CaseCommandResult> {
    const read = new CaseInput();
    const caseId = read.caseId(input['caseId']);
    const toUnit = read.unitCode('toUnitCode', input['toUnitCode']);
    const reason = read.text('reason', input['reason'], REASON_LIMITS);
    read.done();
    return this.run(officer, caseId, 'TransferCase', { toUnit, reason });
  }

  async escalateCase(officer: OfficerIdentity, input: Input): Promise<CaseCommandResult> {
    const read = new CaseInput();
    const caseId = read.caseId(input['caseId']);
    const reason = read.text('reason', input['reason'], REASON_LIMITS);
    read.done();
    return this.run(officer, caseId, 'EscalateCase', { cause: { kind: 'officer_decision', reason } });
  }

  async addCoHandlers(officer: OfficerIdentity, input: Input): Promise<CaseCommandResult> {
    const read = new CaseInput();
    const caseId = read.caseId(input['caseId']);
    const unitCodes = read.unitCodes('unitCodes', input['unitCodes']);
    const reason = read.text('reason', input['reason'], REASON_LIMITS);
    read.done();
    return this.run(officer, caseId, 'AddCoHandlers', { unitCodes, reason });
  }

  async reopenCase(officer: OfficerIdentity, input: Input): Promise<CaseCommandResult> {
    const read = new CaseInput();
    const caseId = read.caseId(input['caseId']);
    const reason = read.text('reason', input['reason'], REASON_LIMITS);
    read.done();
    return this.run(officer, caseId, 'ReopenCase', { reason });
  }

  /**
   * An operator's own judgement of a case handed back to their unit: intake cannot tell a severe
   * or inter-provincial case, so this is how those assignment rules come into play. What the
   * officer does not restate is kept from the case's current classification.
   */
  async classifyCase(officer: OfficerIdentity, input: Input): Promise<CaseCommandResult> {
    const read = new CaseInput();
    const caseId = read.caseId(input['caseId']);
    const severity: CaseSeverity = read.severity('severity', input['severity']);
    const interProvincial = read.flag('interProvincial', input['interProvincial']);
    read.done();
    const { state } = await this.dependencies.repository.load(caseId);
    const known = state.status === 'not_opened' ? null : (state.classification ?? state.reported);
    // An unopened case is refused by the domain ('case_not_opened'); these values are never stored then.
    const { pollutionType = 'other', nature = 'continuous', urgent = false, legalTrack = 'pollution' } = known ?? {};
    return this.run(officer, caseId, 'ClassifyCase', { pollutionType, nature, severity, urgent: input['urgent'] === true || urgent, interProvincial, legalTrack });
  }

  /** By the rules in effect, or, with `toUnitCode`, to the unit the operator names with a reason. */
  async forwardCase(officer: OfficerIdentity, input: Input): Promise<CaseCommandResult> {
    const read = new CaseInput();
    const caseId = read.caseId(input['caseId']);
    const byOfficer = input['toUnitCode'] !== undefined && input['toUnitCode'] !== null;
    const unitCode = byOfficer ? read.unitCode('toUnitCode', input['toUnitCode']) : null;
    const reason = byOfficer ? read.text('reason', input['reason'], REASON_LIMITS) : '';
    read.done();
    // By the rules in effect now: the operator forwards today, by today's table.
    const routing = unitCode === null ? { by: 'rules' as const, rules: await this.dependencies.assignmentRules(this.now()) } : { by: 'officer' as const, unitCode, reason };
    return this.run(officer, caseId, 'ForwardCase', { routing });
  }

  private async run<T extends CaseCommand['type']>(officer: OfficerIdentity, caseId: string, type: T, data: DataOf<T>): Promise<CaseCommandResult> {
    const actor: OfficerActor = { kind: 'officer', officerId: officer.officerId, role: officer.role, unitCode: officer.unitCode };
    const command = { type, actor, data: { ...data, now: this.now() } } as CaseCommand;
    const handled = await this.dependencies.repository.handle(caseId, command);
    if (handled.state.status === 'not_opened') throw new Error(`Case ${caseId} has no state after ${type}`);
    return { caseId, status: handled.state.status, events: handled.events };
  }

  private now(): Instant {
    return (this.dependencies.now?.() ?? new Date()).toISOString();
  }
}
