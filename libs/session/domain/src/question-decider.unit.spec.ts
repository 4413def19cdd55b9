import { deciderSpec } from '@hotline/platform-testing';
import {
  questionDecider,
  SessionRuleViolation,
  type OfficerActor,
  type OfficerRole,
  type QuestionCommand,
  type QuestionEvent,
  type QuestionSubmission,
  type SessionActor,
  type SessionFacts,
} from './index';

const spec = deciderSpec(questionDecider);
const officer = (role: OfficerRole, unitCode: string): OfficerActor => ({ kind: 'officer', officerId: `${role}@${unitCode}`, role, unitCode });
const hanoi = { operator: officer('operator', 'P01'), handler: officer('handler', 'P01'), head: officer('unit_head', 'P01') };
const hoanKiem = { handler: officer('handler', 'C00070'), head: officer('unit_head', 'C00070') };
const hcmcOperator = officer('operator', 'P79');
const citizen: SessionActor = { kind: 'citizen', id: 'public' };
const system: SessionActor = { kind: 'system', id: 'session-service' };

const announced: SessionFacts = {
  sessionId: 's-1',
  status: 'announced',
  hostUnitCode: 'P01',
  coHostUnitCodes: [],
  window: { opensAt: '2026-04-21T17:00:00.000Z', closesAt: '2026-04-29T04:00:00.000Z' },
  topics: ['Bụi mịn PM2.5', 'Rác thải sinh hoạt'],
  officials: [
    { name: 'Nguyễn Văn An', position: 'Giám đốc Sở', unitCode: null },
    { name: 'Trần Thị Bình', position: 'Chủ tịch UBND phường Hoàn Kiếm', unitCode: 'C00070' },
  ],
  endedAt: null,
};
const live: SessionFacts = { ...announced, status: 'live' };
const answering: SessionFacts = { ...announced, status: 'answering', endedAt: '2026-04-29T04:00:00.000Z' };

const submission: QuestionSubmission = {
  asker: { name: 'Lê Minh Châu', kind: 'citizen', organisation: null, phone: '+84912345678', email: null },
  provinceCode: '01',
  topic: 'Bụi mịn PM2.5',
  text: 'Khi nào thành phố công bố chỉ số bụi mịn theo từng phường?',
  hideName: true,
};

type DataOf<T extends QuestionCommand['type']> = Omit<Extract<QuestionCommand, { type: T }>['data'], 'now' | 'session'>;
const command = <T extends QuestionCommand['type']>(type: T, actor: SessionActor, data: DataOf<T>, now: string, session: SessionFacts = announced): QuestionCommand =>
  ({ type, actor, data: { ...data, session, now } }) as QuestionCommand;
const stamp = (at: string, by: SessionActor) => ({ questionId: 'q-1', sessionId: 's-1', at, by });

const submitted: QuestionEvent = {
  type: 'QuestionSubmitted',
  data: { ...stamp('2026-04-21T17:00:00.000Z', citizen), provinceCode: '01', topic: 'Bụi mịn PM2.5', text: submission.text, askerKind: 'citizen', publishedName: null, organisation: null },
};
const accepted: QuestionEvent = { type: 'QuestionAccepted', data: { ...stamp('2026-04-23T02:00:00.000Z', hanoi.operator), unitCode: 'P01' } };
const assigned: QuestionEvent = { type: 'QuestionAssigned', data: { ...stamp('2026-04-23T02:00:00.000Z', hanoi.operator), unitCode: 'C00070', official: 'Trần Thị Bình' } };
const drafted: QuestionEvent = { type: 'AnswerDrafted', data: { ...stamp('2026-05-05T02:00:00.000Z', hoanKiem.handler), text: 'Từ tháng 6/2026.' } };
const approved: QuestionEvent = { type: 'AnswerApproved', data: stamp('2026-05-05T03:00:00.000Z', hanoi.head) };

describe('Question (S3–S5)', () => {
  describe('intake (S3)', () => {
    it('takes a question at the minute intake opens; the name stays out of the stream when the asker asks, the contacts always do', () => {
      spec.given([]).when(command('SubmitQuestion', citizen, { questionId: 'q-1', submission }, '2026-04-22T00:00:00+07:00')).then([submitted]);
    });

    it('keeps the name when the asker lets it be published', () => {
      const [event] = questionDecider.decide(command('SubmitQuestion', citizen, { questionId: 'q-1', submission: { ...submission, hideName: false } }, '2026-04-22T08:00:00+07:00'), { status: 'none' });
      expect(event.data).toMatchObject({ publishedName: 'Lê Minh Châu' });
      expect(JSON.stringify(event)).not.toContain('+84912345678');
    });

    it('refuses a question the minute before intake opens, saying when it opens', () => {
      spec
        .given([])
        .when(command('SubmitQuestion', citizen, { questionId: 'q-1', submission }, '2026-04-21T23:59:00+07:00'))
        .thenThrows(SessionRuleViolation, /intake_not_open.*from 00:00 on 22\/04\/2026 \(Vietnam time\) until 11:00 on 29\/04\/2026/);
    });

    it('takes one at 10:59 while live, refuses one at 11:00 saying when intake closed', () => {
      expect(questionDecider.decide(command('SubmitQuestion', citizen, { questionId: 'q-1', submission }, '2026-04-29T10:59:00+07:00', live), { status: 'none' })).toHaveLength(1);
      spec
        .given([])
        .when(command('SubmitQuestion', citizen, { questionId: 'q-1', submission }, '2026-04-29T11:00:00+07:00', live))
        .thenThrows(SessionRuleViolation, /intake_closed.*closed at 11:00 on 29\/04\/2026/);
    });

    it('refuses questions once the session has ended, and for a session not announced', () => {
      spec.given([]).when(command('SubmitQuestion', citizen, { questionId: 'q-1', submission }, '2026-04-29T10:00:00+07:00', answering)).thenThrows(SessionRuleViolation, /intake_closed/);
      spec
        .given([])
        .when(command('SubmitQuestion', citizen, { questionId: 'q-1', submission }, '2026-04-23T10:00:00+07:00', { ...announced, status: 'draft', window: null }))
        .thenThrows(SessionRuleViolation, /session_not_found/);
    });
  });

  describe('moderation', () => {
    it('accepts a question under the host until it is assigned', () => {
      spec.given([submitted]).when(command('AcceptQuestion', hanoi.operator, {}, '2026-04-23T09:00:00+07:00')).then([accepted]);
    });

    it('rejects with a reason, refusing a blank or marked-up one', () => {
      spec
        .given([submitted])
        .when(command('RejectQuestion', hanoi.operator, { reason: ' Không thuộc chủ đề. ' }, '2026-04-23T09:00:00+07:00'))
        .then([{ type: 'QuestionRejected', data: { ...stamp('2026-04-23T02:00:00.000Z', hanoi.operator), reason: 'Không thuộc chủ đề.' } }]);
      spec.given([submitted]).when(command('RejectQuestion', hanoi.operator, { reason: '  ' }, '2026-04-23T09:00:00+07:00')).thenThrows(SessionRuleViolation, /invalid_text.*Reason: missing/);
      spec.given([submitted]).when(command('RejectQuestion', hanoi.operator, { reason: '<b>spam</b>' }, '2026-04-23T09:00:00+07:00')).thenThrows(SessionRuleViolation, /HTML/);
    });

    it('merges a duplicate into another question of the same session only', () => {
      const into = { questionId: 'q-0', sessionId: 's-1', status: 'accepted' };
      spec
        .given([submitted])
        .when(command('MergeQuestion', hanoi.operator, { into }, '2026-04-23T09:00:00+07:00'))
        .then([{ type: 'QuestionMerged', data: { ...stamp('2026-04-23T02:00:00.000Z', hanoi.operator), intoQuestionId: 'q-0' } }]);
      for (const wrong of [{ ...into, sessionId: 's-2' }, { ...into, questionId: 'q-1' }, { ...into, status: 'rejected' }]) {
        spec.given([submitted]).when(command('MergeQuestion', hanoi.operator, { into: wrong }, '2026-04-23T09:00:00+07:00')).thenThrows(SessionRuleViolation, /invalid_merge/);
      }
    });

    it('edits the text for publication, keeping the original', () => {
      const edited: QuestionEvent = { type: 'QuestionEdited', data: { ...stamp('2026-04-23T02:00:00.000Z', hanoi.operator), publishedText: 'Khi nào công bố chỉ số bụi mịn theo phường?' } };
      spec.given([submitted]).when(command('EditQuestion', hanoi.operator, { text: 'Khi nào công bố chỉ số bụi mịn theo phường?' }, '2026-04-23T09:00:00+07:00')).then([edited]);
      const state = [submitted, edited].reduce(questionDecider.evolve, questionDecider.initialState());
      expect(state).toMatchObject({ text: submission.text, publishedText: 'Khi nào công bố chỉ số bụi mịn theo phường?' });
    });

    it('assigns to a session official, who answers for their unit', () => {
      spec.given([submitted, accepted]).when(command('AssignQuestion', hanoi.operator, { unitCode: null, official: 'tran thi binh' }, '2026-04-23T09:00:00+07:00')).then([assigned]);
      spec.given([submitted, accepted]).when(command('AssignQuestion', hanoi.operator, { unitCode: null, official: 'Phạm Văn X' }, '2026-04-23T09:00:00+07:00')).thenThrows(SessionRuleViolation, /unknown_official/);
    });

    it('refuses moderation from outside the host and co-hosts, and of a question already decided', () => {
      spec.given([submitted]).when(command('AcceptQuestion', hcmcOperator, {}, '2026-04-23T09:00:00+07:00')).thenThrows(SessionRuleViolation, /outside_jurisdiction/);
      spec.given([submitted, accepted]).when(command('AcceptQuestion', hanoi.operator, {}, '2026-04-23T09:00:00+07:00')).thenThrows(SessionRuleViolation, /invalid_state/);
      spec.given([submitted]).when(command('AcceptQuestion', citizen, {}, '2026-04-23T09:00:00+07:00')).thenThrows(SessionRuleViolation, /forbidden_role/);
    });
  });

  describe('answers (S4, S5)', () => {
    it('answers live on air, by a session official, published at once', () => {
      spec
        .given([submitted, accepted])
        .when(command('AnswerLive', hanoi.operator, { text: 'Thành phố sẽ công bố từ tháng 6.', official: 'Nguyễn Văn An' }, '2026-04-29T09:30:00+07:00', live))
        .then([{ type: 'QuestionAnswered', data: { ...stamp('2026-04-29T02:30:00.000Z', hanoi.operator), unitCode: 'P01', answeredAt: '2026-04-29T02:30:00.000Z', live: true, text: 'Thành phố sẽ công bố từ tháng 6.', official: 'Nguyễn Văn An' } }]);
      spec.given([submitted, accepted]).when(command('AnswerLive', hanoi.operator, { text: 'x', official: 'Nguyễn Văn An' }, '2026-04-30T09:30:00+07:00', answering)).thenThrows(SessionRuleViolation, /not_live/);
    });

    it('after the session: the assigned unit drafts, a leader approves (not the drafter), the host publishes', () => {
      spec.given([submitted, accepted, assigned]).when(command('DraftAnswer', hoanKiem.handler, { text: 'Từ tháng 6/2026.' }, '2026-05-05T09:00:00+07:00', answering)).then([drafted]);
      spec.given([submitted, accepted, assigned, drafted]).when(command('ApproveAnswer', hanoi.head, {}, '2026-05-05T10:00:00+07:00', answering)).then([approved]);
      spec
        .given([submitted, accepted, assigned, drafted, approved])
        .when(command('PublishAnswer', hanoi.operator, {}, '2026-05-06T09:00:00+07:00', answering))
        .then([{ type: 'QuestionAnswered', data: { ...stamp('2026-05-06T02:00:00.000Z', hanoi.operator), unitCode: 'C00070', answeredAt: '2026-05-06T02:00:00.000Z', live: false, text: 'Từ tháng 6/2026.', official: 'Trần Thị Bình' } }]);
    });

    it('refuses approval by the drafter, publication before approval or before the session, and a second answer', () => {
      const selfDrafted: QuestionEvent = { ...drafted, data: { ...drafted.data, by: hoanKiem.head } };
      spec.given([submitted, accepted, assigned, selfDrafted]).when(command('ApproveAnswer', hoanKiem.head, {}, '2026-05-05T10:00:00+07:00', answering)).thenThrows(SessionRuleViolation, /approver_is_drafter/);
      spec.given([submitted, accepted, assigned, drafted]).when(command('PublishAnswer', hanoi.operator, {}, '2026-05-05T10:00:00+07:00', answering)).thenThrows(SessionRuleViolation, /answer_not_approved/);
      spec.given([submitted, accepted, assigned, drafted, approved]).when(command('PublishAnswer', hanoi.operator, {}, '2026-04-25T10:00:00+07:00', announced)).thenThrows(SessionRuleViolation, /session_not_started/);
      const answered: QuestionEvent = { type: 'QuestionAnswered', data: { ...stamp('2026-05-06T02:00:00.000Z', hanoi.operator), unitCode: 'C00070', answeredAt: '2026-05-06T02:00:00.000Z', live: false, text: 'x', official: null } };
      spec.given([submitted, accepted, assigned, drafted, approved, answered]).when(command('DraftAnswer', hoanKiem.handler, { text: 'y' }, '2026-05-07T09:00:00+07:00', answering)).thenThrows(SessionRuleViolation, /already_answered/);
    });

    it('lets the assigned commune draft but not a commune it was not assigned to', () => {
      spec.given([submitted, accepted]).when(command('DraftAnswer', hoanKiem.handler, { text: 'Từ tháng 6/2026.' }, '2026-05-05T09:00:00+07:00', answering)).thenThrows(SessionRuleViolation, /outside_jurisdiction/);
    });

    it('records a breach of the answer limit once (the deadline service’s report), from the system only', () => {
      const overdue = command('RecordAnswerOverdue', system, { deadlineId: 'question-q-1:session_answer', dueAt: '2026-05-08T17:00:00.000Z' }, '2026-05-08T17:00:00.000Z', answering);
      const event: QuestionEvent = { type: 'AnswerOverdue', data: { ...stamp('2026-05-08T17:00:00.000Z', system), deadlineId: 'question-q-1:session_answer', dueAt: '2026-05-08T17:00:00.000Z' } };
      spec.given([submitted, accepted]).when(overdue).then([event]);
      spec.given([submitted, accepted, event]).when(overdue).then([]);
      spec.given([submitted, accepted]).when({ ...overdue, actor: hanoi.head }).thenThrows(SessionRuleViolation, /forbidden_role/);
    });

    it('does not know a question asked in another session', () => {
      spec.given([submitted]).when(command('AcceptQuestion', hanoi.operator, {}, '2026-04-23T09:00:00+07:00', { ...announced, sessionId: 's-2' })).thenThrows(SessionRuleViolation, /question_not_found/);
    });
  });
});
