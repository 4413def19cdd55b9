import { graphql } from 'graphql';
import type { DeadlineReadModel, DeadlineView } from '@hotline/deadline-application';
import type { RequestActor } from '@hotline/platform-graphql';
import { deadlineSubgraphSchema, type DeadlineSubgraphFeatures } from './deadline-service';

const view = (overrides: Partial<DeadlineView>): DeadlineView => ({
  deadlineId: 'case-1:accept',
  subjectId: 'case-1',
  step: 'accept',
  unitCode: 'C00004',
  status: 'running',
  triggeredAt: '2026-02-13T03:00:00.000Z',
  dueAt: '2026-02-23T17:00:00.000Z',
  warnAt: '2026-02-23T11:00:00.000Z',
  policyVersion: 1,
  warnedAt: null,
  breachedAt: null,
  pausedAt: null,
  completedAt: null,
  onTime: null,
  explanation: { vi: 'Bỏ qua kỳ nghỉ Tết 14–22/02/2026', en: 'Skips the Tết break 14–22 Feb 2026' },
  updatedAt: '2026-02-13T03:00:00.000Z',
  ...overrides,
});

// The read model has its own suites; here it is a fixed set of rows, to test what the API shows and to whom.
const readModel = {
  deadlinesOfCase: async (caseId: string) => (caseId === 'case-1' ? [view({}), view({ deadlineId: 'case-1:whole_case', step: 'whole_case', unitCode: 'C26740' })] : []),
  overdue: async (unitCode: string) => ({ items: unitCode === 'C00004' ? [view({ breachedAt: '2026-02-23T17:00:01.000Z' })] : [], nextCursor: null }),
  dueSoon: async () => ({ items: [], nextCursor: null }),
} as unknown as DeadlineReadModel;

const schema = deadlineSubgraphSchema({ readModel } as DeadlineSubgraphFeatures, () => new Date('2026-02-23T12:00:00Z'));
const hanoi: RequestActor = { kind: 'officer', id: 'h-1', role: 'handler', unitCode: 'P01' };
const run = (source: string, actor: RequestActor) => graphql({ schema, source, contextValue: { actor } });

describe('deadline subgraph', () => {
  it('lists a unit’s overdue deadlines to an officer whose unit covers it, with the due time in Vietnam', async () => {
    const result = await run('{ overdueDeadlines(unitCode: "C00004") { items { id step dueAt dueAtLocal explanation { vi } } nextCursor } }', hanoi);
    expect(result.errors).toBeUndefined();
    expect(result.data?.['overdueDeadlines']).toEqual({
      items: [{ id: 'case-1:accept', step: 'accept', dueAt: '2026-02-23T17:00:00.000Z', dueAtLocal: expect.stringMatching(/24:00|00:00/), explanation: { vi: 'Bỏ qua kỳ nghỉ Tết 14–22/02/2026' } }],
      nextCursor: null,
    });
  });

  it('refuses another province’s unit, anonymous callers and bad paging', async () => {
    expect((await run('{ overdueDeadlines(unitCode: "C26740") { nextCursor } }', hanoi)).errors?.[0].originalError).toMatchObject({ code: 'OUTSIDE_JURISDICTION' });
    expect((await run('{ overdueDeadlines(unitCode: "C00004") { nextCursor } }', { kind: 'anonymous' })).errors?.[0].originalError).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await run('{ dueSoonDeadlines(unitCode: "P01", first: 1000) { nextCursor } }', hanoi)).errors?.[0].originalError).toMatchObject({ code: 'INVALID_INPUT', field: 'first' });
  });

  it('adds deadlines to the federated Case, showing only those of units the caller covers', async () => {
    const result = await run('{ _entities(representations: [{ __typename: "Case", id: "case-1" }]) { ... on Case { id deadlines { step unitCode } } } }', hanoi);
    expect(result.data?.['_entities']).toEqual([{ id: 'case-1', deadlines: [{ step: 'accept', unitCode: 'C00004' }] }]);
  });
});
