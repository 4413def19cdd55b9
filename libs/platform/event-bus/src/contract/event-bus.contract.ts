import { eventually, uniqueName } from '@hotline/platform-testing';
import { DeadLetterHeaders, deadLetterTopic, type ConsumedMessage, type EventBus } from '../event-bus';

export interface EventBusContractHooks {
  open(): Promise<EventBus>;
}

const fastRetry = { initialDelayMs: 10, maxDelayMs: 50 };

/** The behaviour every EventBus adapter must show. One suite, run against each adapter. */
export function eventBusContract(hooks: EventBusContractHooks): void {
  let bus: EventBus;

  beforeAll(async () => {
    bus = await hooks.open();
  });
  afterAll(async () => {
    await bus.close();
  });

  const received = () => {
    const messages: ConsumedMessage[] = [];
    return { messages, handle: async (m: ConsumedMessage) => void messages.push(m) };
  };

  it('answers a ping when reachable', async () => {
    await expect(bus.ping()).resolves.toBeUndefined();
  });

  it('delivers every message with its key and headers, in order per key', async () => {
    const topic = uniqueName('hotline.test.order');
    const sink = received();
    const sub = await bus.subscribe({ groupId: uniqueName('g'), topics: [topic], handle: sink.handle });
    const keys = ['case-a', 'case-b', 'case-c'];
    for (let n = 0; n < 10; n++) {
      await bus.publish(topic, keys.map((key) => ({ key, value: JSON.stringify({ key, n }), headers: { 'x-type': 'test.Numbered' } })));
    }
    await eventually('30 messages', async () => sink.messages.length >= 30);
    await sub.stop();
    expect(sink.messages).toHaveLength(30);
    for (const key of keys) {
      const ns = sink.messages.filter((m) => m.key === key).map((m) => JSON.parse(m.value).n);
      expect(ns).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
    expect(sink.messages[0].headers).toMatchObject({ 'x-type': 'test.Numbered' });
    expect(sink.messages[0].topic).toBe(topic);
  });

  it('shares partitions between the members of a group, and gives every group every message', async () => {
    const topic = uniqueName('hotline.test.groups');
    const group = uniqueName('g');
    const memberA = received();
    const memberB = received();
    const other = received();
    const subs = [
      await bus.subscribe({ groupId: group, topics: [topic], handle: memberA.handle }),
      await bus.subscribe({ groupId: group, topics: [topic], handle: memberB.handle }),
      await bus.subscribe({ groupId: uniqueName('g-other'), topics: [topic], handle: other.handle }),
    ];
    await bus.publish(topic, Array.from({ length: 40 }, (_, n) => ({ key: `case-${n}`, value: String(n) })));
    await eventually('the group to receive 40', async () => memberA.messages.length + memberB.messages.length >= 40);
    await eventually('the other group to receive 40', async () => other.messages.length >= 40);
    await Promise.all(subs.map((s) => s.stop()));
    expect(memberA.messages.length).toBeGreaterThan(0);
    expect(memberB.messages.length).toBeGreaterThan(0);
    const groupValues = [...memberA.messages, ...memberB.messages].map((m) => Number(m.value));
    expect(new Set(groupValues).size).toBe(40);
    expect(new Set(other.messages.map((m) => Number(m.value))).size).toBe(40);
  });

  it('retries a failing handler with backoff until it succeeds', async () => {
    const topic = uniqueName('hotline.test.retry');
    const attempts: number[] = [];
    const sub = await bus.subscribe({
      groupId: uniqueName('g'),
      topics: [topic],
      retry: { ...fastRetry, maxAttempts: 5 },
      handle: async () => {
        attempts.push(Date.now());
        if (attempts.length < 3) throw new Error('read model briefly unavailable');
      },
    });
    await bus.publish(topic, [{ key: 'case-1', value: 'x' }]);
    await eventually('three attempts', async () => attempts.length >= 3);
    await sub.stop();
    expect(attempts).toHaveLength(3);
  });

  it('moves a message that keeps failing to the dead-letter topic with the reason, and goes on', async () => {
    const topic = uniqueName('hotline.test.poison');
    const handled: string[] = [];
    const dead = received();
    const deadSub = await bus.subscribe({ groupId: uniqueName('g-dlq'), topics: [deadLetterTopic(topic)], handle: dead.handle });
    const sub = await bus.subscribe({
      groupId: uniqueName('g'),
      topics: [topic],
      retry: { ...fastRetry, maxAttempts: 3 },
      handle: async (m) => {
        if (m.value === 'poison') throw new Error('cannot parse Phường Hoà Bình report');
        handled.push(m.value);
      },
    });
    await bus.publish(topic, [
      { key: 'case-1', value: 'poison', headers: { 'x-type': 'test.Bad' } },
      { key: 'case-1', value: 'after' },
    ]);
    await eventually('the dead letter', async () => dead.messages.length >= 1);
    await eventually('the next message', async () => handled.includes('after'));
    await Promise.all([sub.stop(), deadSub.stop()]);
    const [letter] = dead.messages;
    expect(letter.value).toBe('poison');
    expect(letter.key).toBe('case-1');
    expect(letter.headers).toMatchObject({
      'x-type': 'test.Bad',
      [DeadLetterHeaders.reason]: 'Error: cannot parse Phường Hoà Bình report',
      [DeadLetterHeaders.attempts]: '3',
      [DeadLetterHeaders.originalTopic]: topic,
    });
    expect(handled).toEqual(['after']);
  });

  it('resumes a group after its last handled message when a member comes back', async () => {
    const topic = uniqueName('hotline.test.resume');
    const group = uniqueName('g');
    const first = received();
    const sub1 = await bus.subscribe({ groupId: group, topics: [topic], handle: first.handle });
    await bus.publish(topic, [1, 2, 3].map((n) => ({ key: `k${n}`, value: `old-${n}` })));
    await eventually('the first three', async () => first.messages.length >= 3);
    await sub1.stop();

    await bus.publish(topic, [4, 5].map((n) => ({ key: `k${n}`, value: `new-${n}` })));
    const second = received();
    const sub2 = await bus.subscribe({ groupId: group, topics: [topic], handle: second.handle });
    await eventually('the two new messages', async () => second.messages.filter((m) => m.value.startsWith('new')).length >= 2);
    await sub2.stop();
    expect(second.messages.map((m) => m.value).sort()).toEqual(['new-4', 'new-5']);
  });
}
