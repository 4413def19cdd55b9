import { EventCatalogue, EventType } from '@hotline/contracts-events';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import { z } from 'zod';
import { SqlEventStore } from './adapters/sql/sql-event-store';
import { AggregateRepository, type AggregateDecider } from './aggregate-repository';
import { WrongExpectedRevisionError } from './event-store';

// A counter that refuses to go above a limit: enough to show load, decide, append and retry.
type Command = { type: 'Add'; data: { by: number } };
type Event = { type: 'Added'; data: { by: number } };
type State = { total: number };
class OverLimit extends Error {}
const counter: AggregateDecider<Command, Event, State> = {
  initialState: () => ({ total: 0 }),
  evolve: (s, e) => ({ total: s.total + e.data.by }),
  decide: (c, s) => {
    if (s.total + c.data.by > 10) throw new OverLimit();
    return c.data.by === 0 ? [] : [{ type: 'Added', data: { by: c.data.by } }];
  },
};
const actor = { kind: 'system' as const, id: 'test' };

describe('aggregate repository', () => {
  let sql: PGliteSqlClient;
  let store: SqlEventStore;
  let repository: AggregateRepository<Command, Event, State>;

  beforeAll(async () => {
    sql = await PGliteSqlClient.open();
    store = new SqlEventStore(sql);
    repository = new AggregateRepository(store, { context: 'test', streamId: (id) => `counter-${id}`, decider: counter });
  });
  afterAll(async () => {
    await sql.close();
  });

  it('stores events under the context prefix and loads them back', async () => {
    const handled = await repository.handle('a', { type: 'Add', data: { by: 3 } }, { actor, correlationId: 'corr-a' });
    expect(handled.state).toEqual({ total: 3 });
    expect(handled.recorded[0]).toMatchObject({ type: 'test.Added', streamId: 'counter-a', correlationId: 'corr-a', actor });
    await repository.handle('a', { type: 'Add', data: { by: 4 } }, { actor });
    expect((await repository.load('a')).state).toEqual({ total: 7 });
  });

  it('appends nothing when the decider decides nothing, and propagates a refusal unchanged', async () => {
    expect((await repository.handle('b', { type: 'Add', data: { by: 0 } }, { actor })).recorded).toEqual([]);
    await expect(repository.handle('b', { type: 'Add', data: { by: 11 } }, { actor })).rejects.toThrow(OverLimit);
    expect(await store.readStream('counter-b')).toEqual([]);
  });

  it('decides again on the new state when a concurrent writer wins the revision', async () => {
    const results = await Promise.allSettled([1, 2, 3, 4].map(() => repository.handle('c', { type: 'Add', data: { by: 2 } }, { actor })));
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    expect((await repository.load('c')).state).toEqual({ total: 8 });
  });

  it('stamps catalogued types with their latest schema version and refuses data that breaks the contract', async () => {
    const Added = EventType.define('test.Added', z.object({ by: z.number().int().max(5) })).evolve(z.object({ by: z.number().int().max(5) }), (v1) => v1);
    const contracted = new AggregateRepository(store, { context: 'test', streamId: (id) => `counter-${id}`, decider: counter, catalogue: new EventCatalogue([Added]) });
    const handled = await contracted.handle('e', { type: 'Add', data: { by: 2 } }, { actor });
    expect(handled.recorded[0]).toMatchObject({ type: 'test.Added', schemaVersion: 2 });
    await expect(contracted.handle('e', { type: 'Add', data: { by: 6 } }, { actor })).rejects.toThrow(z.ZodError);
    expect(await store.readStream('counter-e')).toHaveLength(1);
  });

  it('gives up after its retries with the conflict error', async () => {
    const impatient = new AggregateRepository(store, { context: 'test', streamId: (id) => `counter-${id}`, decider: counter, conflictRetries: 0 });
    const outcomes = await Promise.allSettled([1, 2, 3].map(() => impatient.handle('d', { type: 'Add', data: { by: 1 } }, { actor })));
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(refused.length).toBeGreaterThan(0);
    refused.forEach((r) => expect(r.reason).toBeInstanceOf(WrongExpectedRevisionError));
  });
});
