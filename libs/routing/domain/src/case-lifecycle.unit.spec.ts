import { deciderSpec } from '@hotline/platform-testing';
import {
  AssignmentRules,
  caseLifecycle,
  CaseRuleViolation,
  defaultAssignmentRules,
  HotlineDirectory,
  type CaseActor,
  type CaseClassification,
  type CaseCommand,
  type CaseEvent,
  type HotlineUnit,
  type OfficerActor,
  type OfficerRole,
  type OpenedCase,
  type UnitCode,
} from './index';

const listing = (unitCode: UnitCode): HotlineUnit => ({ unitCode, phone: '+842438251234', phoneKind: 'landline', email: `hotline.${unitCode.toLowerCase()}@example.gov.vn` });
// Hà Nội (P01) and its wards Ba Đình (C00004) and Ngọc Hà (C00008) run hotlines.
const directory = HotlineDirectory.fromReferenceData(['BTNMT', 'P01', 'P79', 'C00004', 'C00008'].map((code) => listing(code as UnitCode)));
const lifecycle = caseLifecycle({ directory });
const spec = deciderSpec(lifecycle);
const rules = defaultAssignmentRules();

const NOW = '2026-03-02T10:00:00+07:00';
const AT = '2026-03-02T03:00:00.000Z';

const officer = (role: OfficerRole, unitCode: UnitCode): OfficerActor => ({ kind: 'officer', officerId: `${role}@${unitCode}`, role, unitCode });
const hanoi = { operator: officer('operator', 'P01'), handler: officer('handler', 'P01'), head: officer('unit_head', 'P01'), admin: officer('provincial_admin', 'P01') };
const baDinh = { operator: officer('operator', 'C00004'), handler: officer('handler', 'C00004'), head: officer('unit_head', 'C00004') };
const ngocHa = { handler: officer('handler', 'C00008'), head: officer('unit_head', 'C00008') };
const hcmcAdmin = officer('provincial_admin', 'P79');
const ministry = { admin: officer('ministry_admin', 'BTNMT'), auditor: officer('auditor', 'BTNMT'), integrator: officer('integrator', 'BTNMT') };
const intakeService: CaseActor = { kind: 'system', id: 'intake-service' };
const deadlineService: CaseActor = { kind: 'system', id: 'deadline-service' };

type DataOf<T extends CaseCommand['type']> = Omit<Extract<CaseCommand, { type: T }>['data'], 'now'>;
const command = <T extends CaseCommand['type']>(type: T, actor: CaseActor, data: DataOf<T>): CaseCommand => ({ type, actor, data: { ...data, now: NOW } }) as CaseCommand;

type EventDataOf<T extends CaseEvent['type']> = Omit<Extract<CaseEvent, { type: T }>['data'], 'caseId' | 'at' | 'by'>;
const event = <T extends CaseEvent['type']>(type: T, by: CaseActor, data: EventDataOf<T>): CaseEvent => ({ type, data: { caseId: 'case-1', ...data, at: AT, by } }) as unknown as CaseEvent;

const stateAfter = (events: CaseEvent[]) => events.reduce(lifecycle.evolve, lifecycle.initialState()) as OpenedCase;
const refusal = (code: string) => new RegExp(`^\\[${code}\\]`);

// A citizen phones the Hà Nội hotline about night-time noise from a workshop in Phường Ba Đình.
const reported = {
  caseId: 'case-1',
  reportId: 'report-1',
  receivingUnit: 'P01',
  provinceCode: '01',
  communeCode: '00004',
  pollutionType: 'noise',
  nature: 'continuous',
  urgent: false,
  legalTrack: 'pollution',
  receivedAt: '2026-03-02T09:30:00+07:00',
} as const;
const classification: CaseClassification = { pollutionType: 'noise', nature: 'continuous', severity: 'minor', urgent: false, interProvincial: false, legalTrack: 'pollution' };
const communeReason = { vi: 'Chuyển cấp xã nơi xảy ra ô nhiễm.', en: 'Sent to the commune where the pollution happened.' };
const findings = 'Xưởng cơ khí gây ồn 82 dBA lúc 22:30, vượt QCVN 26:2010/BTNMT.';
const measures = 'Lập biên bản, yêu cầu cơ sở ngừng hoạt động sau 21:00 và lắp tấm tiêu âm.';
const answer = 'UBND phường đã xác minh và yêu cầu cơ sở khắc phục tiếng ồn.';

const { caseId: _caseId, ...reportFacts } = reported;
const opened = event('CaseOpened', intakeService, { ...reportFacts, receivedAt: '2026-03-02T02:30:00.000Z' });
const classified = event('CaseClassified', hanoi.operator, classification);
const assigned = event('CaseAssigned', hanoi.operator, { from: 'P01', unitCode: 'C00004', level: 'commune', reason: communeReason, rule: { id: 'commune-with-hotline', version: 1 } });
const accepted = event('CaseAccepted', baDinh.handler, { unitCode: 'C00004' });
const verified = event('VerificationRecorded', baDinh.handler, { unitCode: 'C00004', findings, pollutionConfirmed: true });
const handled = event('HandlingRecorded', baDinh.handler, { unitCode: 'C00004', measures });
const fedBack = event('ResultFedBack', baDinh.handler, { unitCode: 'C00004', message: answer, reportIds: ['report-1'] });
const closed = event('CaseClosed', baDinh.head, { unitCode: 'C00004' });
const atBaDinh = [opened, classified, assigned, accepted];

describe('Case lifecycle (H9)', () => {
  describe('the happy path: received → classified → forwarded → accepted → verified → handled → fed back → closed', () => {
    it('opens the case at the unit that received the report, times in UTC', () => {
      spec.given([]).when(command('OpenCase', intakeService, reported)).then([opened]);
    });

    it('lets the receiving unit’s operator classify it', () => {
      spec.given([opened]).when(command('ClassifyCase', hanoi.operator, classification)).then([classified]);
    });

    it('forwards it by the assignment rules to the commune, recording the rule', () => {
      spec.given([opened, classified]).when(command('ForwardCase', hanoi.operator, { routing: { by: 'rules', rules } })).then([assigned]);
    });

    it('lets the commune’s handler accept it', () => {
      spec.given([opened, classified, assigned]).when(command('AcceptCase', baDinh.handler, {})).then([accepted]);
    });

    it('records the verification', () => {
      spec.given(atBaDinh).when(command('RecordVerification', baDinh.handler, { findings: `  ${findings} `, pollutionConfirmed: true })).then([verified]);
    });

    it('records the handling', () => {
      spec.given([...atBaDinh, verified]).when(command('RecordHandling', baDinh.handler, { measures })).then([handled]);
    });

    it('feeds the result back to the reporter', () => {
      spec.given([...atBaDinh, verified, handled]).when(command('FeedBackResult', baDinh.handler, { message: answer })).then([fedBack]);
    });

    it('lets the unit head close it', () => {
      spec.given([...atBaDinh, verified, handled, fedBack]).when(command('CloseCase', baDinh.head, {})).then([closed]);
    });

    it('ends closed at the commune', () => {
      expect(stateAfter([...atBaDinh, verified, handled, fedBack, closed])).toMatchObject({
        status: 'closed',
        currentUnit: 'C00004',
        forwardedFrom: 'P01',
        classification,
        linkedReportIds: [],
        coHandlers: [],
      });
    });
  });

  describe('refusals, checked in order: role, then jurisdiction, then state', () => {
    it.each<[string, CaseEvent[], CaseCommand]>([
      ['an auditor classifying', [opened], command('ClassifyCase', ministry.auditor, classification)],
      ['an integrator accepting', [opened, classified, assigned], command('AcceptCase', ministry.integrator, {})],
      ['an operator closing', [...atBaDinh, verified, handled, fedBack], command('CloseCase', baDinh.operator, {})],
      ['a handler transferring', atBaDinh, command('TransferCase', baDinh.handler, { toUnit: 'C00008', reason: 'Sai địa bàn' })],
      ['a unit head classifying', [opened], command('ClassifyCase', hanoi.head, classification)],
      ['the system classifying', [opened], command('ClassifyCase', intakeService, classification)],
      ['the system escalating without a breach', atBaDinh, command('EscalateCase', deadlineService, { cause: { kind: 'officer_decision', reason: 'Phức tạp' } })],
      ['an auditor of another province acting on a closed case', [...atBaDinh, verified, handled, fedBack, closed], command('ReopenCase', officer('auditor', 'P79'), { reason: 'x' })],
    ])('forbidden_role: %s', (_, given, when) => {
      spec.given(given).when(when).thenThrows(CaseRuleViolation, refusal('forbidden_role'));
    });

    it.each<[string, CaseEvent[], CaseCommand]>([
      ['Ngọc Hà’s handler accepting Ba Đình’s case', [opened, classified, assigned], command('AcceptCase', ngocHa.handler, {})],
      ['Hà Nội’s handler accepting a case its commune holds', [opened, classified, assigned], command('AcceptCase', hanoi.handler, {})],
      ['Ba Đình’s operator classifying a case Hà Nội received', [opened], command('ClassifyCase', baDinh.operator, classification)],
      ['Hồ Chí Minh City’s admin reassigning a Hà Nội case', atBaDinh, command('TransferCase', hcmcAdmin, { toUnit: 'C26740', reason: 'Nhầm' })],
      ['Hà Nội’s admin reassigning to a Hồ Chí Minh City ward', atBaDinh, command('TransferCase', hanoi.admin, { toUnit: 'C26740', reason: 'Nhầm' })],
      ['Ngọc Hà’s handler on a case in the wrong stage too', [opened, classified], command('AcceptCase', ngocHa.handler, {})],
    ])('outside_jurisdiction: %s', (_, given, when) => {
      spec.given(given).when(when).thenThrows(CaseRuleViolation, refusal('outside_jurisdiction'));
    });

    it.each<[string, CaseEvent[], CaseCommand]>([
      ['forwarding before classification', [opened], command('ForwardCase', hanoi.operator, { routing: { by: 'rules', rules } })],
      ['accepting before it was forwarded', [opened, classified], command('AcceptCase', hanoi.handler, {})],
      ['recording a verification before acceptance', [opened, classified, assigned], command('RecordVerification', baDinh.handler, { findings, pollutionConfirmed: true })],
      ['closing before the result was fed back', [...atBaDinh, verified, handled], command('CloseCase', baDinh.head, {})],
      ['reopening a case that is not closed', atBaDinh, command('ReopenCase', baDinh.head, { reason: 'Tái diễn' })],
      ['linking a report to a closed case', [...atBaDinh, verified, handled, fedBack, closed], command('LinkReport', baDinh.head, { reportId: 'report-9' })],
      ['handing back an accepted case', atBaDinh, command('HandBackCase', baDinh.head, { reason: 'Không thuộc thẩm quyền' })],
    ])('invalid_state: %s', (_, given, when) => {
      spec.given(given).when(when).thenThrows(CaseRuleViolation, refusal('invalid_state'));
    });

    it('explains a refusal in Vietnamese and English, with its code', () => {
      const state = stateAfter([opened, classified]);
      try {
        lifecycle.decide(command('AcceptCase', ngocHa.handler, {}), state);
        throw new Error('expected a refusal');
      } catch (error) {
        expect(error).toBeInstanceOf(CaseRuleViolation);
        const violation = error as CaseRuleViolation;
        expect(violation.code).toBe('outside_jurisdiction');
        expect(violation.text.vi).toContain('Vụ việc do đơn vị P01 giữ');
        expect(violation.text.en).toContain('The case is held by P01');
      }
      expect(() => lifecycle.decide(command('CloseCase', baDinh.head, {}), stateAfter(atBaDinh))).toThrow(
        expect.objectContaining({ code: 'invalid_state', text: { vi: expect.stringContaining('chỉ được khi: đã phản hồi kết quả'), en: expect.stringContaining('only when: result fed back') } }) as unknown as Error,
      );
    });

    it('refuses commands on a case never opened, and opening twice', () => {
      spec.given([]).when(command('AcceptCase', baDinh.handler, {})).thenThrows(CaseRuleViolation, refusal('case_not_opened'));
      spec.given([opened]).when(command('OpenCase', intakeService, reported)).thenThrows(CaseRuleViolation, refusal('already_opened'));
    });
  });

  describe('opening', () => {
    it('lets an operator open a case for their own unit', () => {
      spec
        .given([])
        .when(command('OpenCase', hanoi.operator, reported))
        .then([{ ...opened, data: { ...opened.data, by: hanoi.operator } } as CaseEvent]);
    });

    it('refuses a location that is not a current unit, an unknown receiving unit and a bad instant', () => {
      spec.given([]).when(command('OpenCase', intakeService, { ...reported, provinceCode: '79' })).thenThrows(CaseRuleViolation, refusal('unknown_location'));
      spec.given([]).when(command('OpenCase', intakeService, { ...reported, receivingUnit: 'P99' })).thenThrows(CaseRuleViolation, refusal('unknown_unit'));
      spec.given([]).when(command('OpenCase', intakeService, { ...reported, receivedAt: '2026-03-02 09:30' })).thenThrows(CaseRuleViolation, refusal('invalid_instant'));
    });
  });

  describe('forwarding', () => {
    it('sends a complaint to the province', () => {
      const complaint = { ...classification, legalTrack: 'complaint' } as const;
      spec
        .given([opened, event('CaseClassified', hanoi.operator, complaint)])
        .when(command('ForwardCase', hanoi.operator, { routing: { by: 'rules', rules } }))
        .then([event('CaseAssigned', hanoi.operator, { from: 'P01', unitCode: 'P01', level: 'province', reason: rules.rules[0].reason, rule: { id: 'complaint-or-denunciation-to-province', version: 1 } })]);
    });

    it('lets the operator name the unit with a reason, recording no rule', () => {
      spec
        .given([opened, classified])
        .when(command('ForwardCase', hanoi.operator, { routing: { by: 'officer', unitCode: 'C00008', reason: 'Cơ sở nằm bên địa phận Ngọc Hà' } }))
        .then([
          event('CaseAssigned', hanoi.operator, {
            from: 'P01',
            unitCode: 'C00008',
            level: 'commune',
            reason: { vi: 'Cơ sở nằm bên địa phận Ngọc Hà', en: 'Cơ sở nằm bên địa phận Ngọc Hà' },
            rule: null,
          }),
        ]);
      spec
        .given([opened, classified])
        .when(command('ForwardCase', hanoi.operator, { routing: { by: 'officer', unitCode: 'C00008', reason: ' ' } }))
        .thenThrows(CaseRuleViolation, refusal('reason_required'));
    });

    it('refuses rules that are not yet in effect', () => {
      const future = AssignmentRules.parse({ ...rules.toDefinition(), version: 2, effectiveFrom: '2026-03-03' }, rules);
      spec.given([opened, classified]).when(command('ForwardCase', hanoi.operator, { routing: { by: 'rules', rules: future } })).thenThrows(CaseRuleViolation, refusal('rules_not_in_effect'));
    });
  });

  describe('hand back', () => {
    const handedBack = event('CaseHandedBack', baDinh.head, { from: 'C00004', to: 'P01', reason: 'Cơ sở thuộc địa bàn phường Ngọc Hà' });

    it('returns the case to the unit that forwarded it, to be routed again', () => {
      spec
        .given([opened, classified, assigned])
        .when(command('HandBackCase', baDinh.head, { reason: 'Cơ sở thuộc địa bàn phường Ngọc Hà' }))
        .then([handedBack]);
      expect(stateAfter([opened, classified, assigned, handedBack])).toMatchObject({ status: 'classified', currentUnit: 'P01' });
      spec.given([opened, classified, assigned, handedBack]).when(command('ForwardCase', hanoi.operator, { routing: { by: 'officer', unitCode: 'C00008', reason: 'Theo đề nghị của phường Ba Đình' } })).then([
        expect.objectContaining({ type: 'CaseAssigned', data: expect.objectContaining({ from: 'P01', unitCode: 'C00008' }) }),
      ]);
    });

    it('needs a reason', () => {
      spec.given([opened, classified, assigned]).when(command('HandBackCase', baDinh.head, { reason: '' })).thenThrows(CaseRuleViolation, refusal('reason_required'));
    });
  });

  describe('transfer', () => {
    const transferred = event('CaseTransferred', baDinh.head, { from: 'C00004', to: 'C00008', toLevel: 'commune', reason: 'Cơ sở nằm trên địa bàn phường Ngọc Hà' });

    it('moves the case to another unit, which must accept it', () => {
      spec.given(atBaDinh).when(command('TransferCase', baDinh.head, { toUnit: 'C00008', reason: 'Cơ sở nằm trên địa bàn phường Ngọc Hà' })).then([transferred]);
      expect(stateAfter([...atBaDinh, transferred])).toMatchObject({ status: 'assigned', currentUnit: 'C00008', forwardedFrom: 'C00004' });
      spec.given([...atBaDinh, transferred]).when(command('AcceptCase', ngocHa.handler, {})).then([event('CaseAccepted', ngocHa.handler, { unitCode: 'C00008' })]);
    });

    it('lets a provincial admin reassign within the province', () => {
      spec
        .given(atBaDinh)
        .when(command('TransferCase', hanoi.admin, { toUnit: 'C00008', reason: 'Điều phối lại' }))
        .then([event('CaseTransferred', hanoi.admin, { from: 'C00004', to: 'C00008', toLevel: 'commune', reason: 'Điều phối lại' })]);
    });

    it('refuses the same unit, an unknown unit and a missing reason', () => {
      spec.given(atBaDinh).when(command('TransferCase', baDinh.head, { toUnit: 'C00004', reason: 'x' })).thenThrows(CaseRuleViolation, refusal('same_unit'));
      spec.given(atBaDinh).when(command('TransferCase', baDinh.head, { toUnit: 'C99999', reason: 'x' })).thenThrows(CaseRuleViolation, refusal('unknown_unit'));
      spec.given(atBaDinh).when(command('TransferCase', baDinh.head, { toUnit: 'C00008', reason: '' })).thenThrows(CaseRuleViolation, refusal('reason_required'));
    });
  });

  describe('escalation to the level above (H10: a breach escalates the case)', () => {
    const breach = { kind: 'deadline_breached', deadlineId: 'dl-case-1-verify', step: 'verify' } as const;
    const toProvince = event('CaseEscalated', deadlineService, { from: 'C00004', to: 'P01', toLevel: 'province', cause: breach });
    const toCentral = event('CaseEscalated', deadlineService, { from: 'P01', to: 'BTNMT', toLevel: 'central', cause: breach });

    it('goes commune → province → central on breaches, then refuses', () => {
      spec.given(atBaDinh).when(command('EscalateCase', deadlineService, { cause: breach })).then([toProvince]);
      spec.given([...atBaDinh, toProvince]).when(command('EscalateCase', deadlineService, { cause: breach })).then([toCentral]);
      spec.given([...atBaDinh, toProvince, toCentral]).when(command('EscalateCase', deadlineService, { cause: breach })).thenThrows(CaseRuleViolation, refusal('no_level_above'));
    });

    it('keeps the stage the case had reached', () => {
      expect(stateAfter([...atBaDinh, toProvince])).toMatchObject({ status: 'accepted', currentUnit: 'P01' });
      spec.given([...atBaDinh, toProvince]).when(command('RecordVerification', hanoi.handler, { findings, pollutionConfirmed: true })).then([
        event('VerificationRecorded', hanoi.handler, { unitCode: 'P01', findings, pollutionConfirmed: true }),
      ]);
    });

    it('lets a unit head escalate with a reason, and a ministry admin escalate within their jurisdiction', () => {
      const decision = { kind: 'officer_decision', reason: 'Vượt khả năng quan trắc của phường' } as const;
      spec.given(atBaDinh).when(command('EscalateCase', baDinh.head, { cause: decision })).then([event('CaseEscalated', baDinh.head, { from: 'C00004', to: 'P01', toLevel: 'province', cause: decision })]);
      spec.given(atBaDinh).when(command('EscalateCase', baDinh.head, { cause: { kind: 'officer_decision', reason: ' ' } })).thenThrows(CaseRuleViolation, refusal('reason_required'));
      spec.given([...atBaDinh, toProvince]).when(command('EscalateCase', ministry.admin, { cause: decision })).then([
        event('CaseEscalated', ministry.admin, { from: 'P01', to: 'BTNMT', toLevel: 'central', cause: decision }),
      ]);
    });

    it('refuses to escalate a closed case, even on a breach', () => {
      spec.given([...atBaDinh, verified, handled, fedBack, closed]).when(command('EscalateCase', deadlineService, { cause: breach })).thenThrows(CaseRuleViolation, refusal('invalid_state'));
    });
  });

  describe('co-handling by several provinces', () => {
    // A lesser inter-provincial case stays with Hà Nội, which brings in Hưng Yên (33) and Bắc Ninh (24).
    const interProvincial = { ...classification, pollutionType: 'wastewater', interProvincial: true } as const;
    const atHanoi = [
      opened,
      event('CaseClassified', hanoi.operator, interProvincial),
      event('CaseAssigned', hanoi.operator, { from: 'P01', unitCode: 'P01', level: 'province', reason: rules.rules[2].reason, rule: { id: 'inter-provincial-to-province', version: 1 } }),
      event('CaseAccepted', hanoi.head, { unitCode: 'P01' }),
    ];
    const added = event('CoHandlersAdded', hanoi.admin, { leadUnit: 'P01', coHandlers: ['P33', 'P24'], reason: 'Nước thải chảy qua sông Nhuệ' });

    it('adds other provinces as co-handlers of the lead unit', () => {
      spec.given(atHanoi).when(command('AddCoHandlers', hanoi.admin, { unitCodes: ['P33', 'P24', 'P33'], reason: 'Nước thải chảy qua sông Nhuệ' })).then([added]);
      expect(stateAfter([...atHanoi, added])).toMatchObject({ currentUnit: 'P01', coHandlers: ['P33', 'P24'] });
    });

    it.each<[string, UnitCode[]]>([
      ['the lead’s own province', ['P01']],
      ['a commune', ['C26740']],
      ['a province already co-handling', ['P33']],
      ['no unit at all', []],
    ])('refuses %s', (_, unitCodes) => {
      spec.given([...atHanoi, added]).when(command('AddCoHandlers', hanoi.admin, { unitCodes, reason: 'x' })).thenThrows(CaseRuleViolation, refusal('invalid_co_handler'));
    });

    it('drops a co-handler that becomes the lead', () => {
      const transferred = event('CaseTransferred', ministry.admin, { from: 'P01', to: 'P33', toLevel: 'province', reason: 'Nguồn thải ở Hưng Yên' });
      expect(stateAfter([...atHanoi, added, transferred])).toMatchObject({ currentUnit: 'P33', coHandlers: ['P24'] });
    });
  });

  describe('reopening', () => {
    const done = [...atBaDinh, verified, handled, fedBack, closed];
    const reopened = event('CaseReopened', baDinh.head, { unitCode: 'C00004', reason: 'Người dân phản ánh tiếng ồn tái diễn' });

    it('lets the unit head reopen a closed case with a reason, to verify again', () => {
      spec.given(done).when(command('ReopenCase', baDinh.head, { reason: 'Người dân phản ánh tiếng ồn tái diễn' })).then([reopened]);
      spec.given([...done, reopened]).when(command('RecordVerification', baDinh.handler, { findings, pollutionConfirmed: true })).then([verified]);
    });

    it('refuses without a reason, or from a handler', () => {
      spec.given(done).when(command('ReopenCase', baDinh.head, { reason: '' })).thenThrows(CaseRuleViolation, refusal('reason_required'));
      spec.given(done).when(command('ReopenCase', baDinh.handler, { reason: 'x' })).thenThrows(CaseRuleViolation, refusal('forbidden_role'));
    });
  });

  describe('duplicate reports', () => {
    const linked = event('ReportLinked', intakeService, { reportId: 'report-2' });

    it('links a duplicate report so its reporter gets the result too', () => {
      spec.given(atBaDinh).when(command('LinkReport', intakeService, { reportId: 'report-2' })).then([linked]);
      spec
        .given([...atBaDinh, linked, verified, handled])
        .when(command('FeedBackResult', baDinh.handler, { message: answer }))
        .then([event('ResultFedBack', baDinh.handler, { unitCode: 'C00004', message: answer, reportIds: ['report-1', 'report-2'] })]);
    });

    it('refuses to link a report twice, or the case’s own report', () => {
      spec.given([...atBaDinh, linked]).when(command('LinkReport', baDinh.operator, { reportId: 'report-2' })).thenThrows(CaseRuleViolation, refusal('already_linked'));
      spec.given(atBaDinh).when(command('LinkReport', intakeService, { reportId: 'report-1' })).thenThrows(CaseRuleViolation, refusal('already_linked'));
    });
  });
});
