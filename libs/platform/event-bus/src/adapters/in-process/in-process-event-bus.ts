import {
  DEFAULT_PARTITIONS,
  type BusMessage,
  type BusSubscription,
  type ConsumedMessage,
  type EventBus,
  type RetryPolicy,
  type SubscribeOptions,
} from '../../event-bus';
import { DEFAULT_RETRY, deliverWithRetry } from '../../delivery';

interface Member {
  options: SubscribeOptions;
  active: boolean;
  inFlight: Set<Promise<void>>;
}

/** One partition of one topic, as a consumer group sees it. */
interface Cursor {
  topic: string;
  partition: number;
  committed: number;
  busy: boolean;
}

interface Group {
  members: Member[];
  cursors: Map<string, Cursor>;
}

/**
 * The in-process bus for the all-in-one host and tests. It mirrors Kafka's model rather than
 * being a plain emitter: partitioned append-only logs, keys hashed to partitions, consumer
 * groups that split partitions between members and commit an offset only after a message is
 * handled, and the shared retry and dead-letter delivery.
 * Messages live as long as the process: `durable` is false, and the forwarder replays from
 * the event store at start-up instead (consumers are idempotent).
 */
export class InProcessEventBus implements EventBus {
  readonly name = 'in-process';
  readonly durable = false;
  private readonly logs = new Map<string, ConsumedMessage[][]>();
  private readonly groups = new Map<string, Group>();
  private closed = false;

  constructor(
    private readonly partitions = DEFAULT_PARTITIONS,
    private readonly defaultRetry: Partial<RetryPolicy> = {},
  ) {}

  async ensureTopics(topics: string[]): Promise<void> {
    for (const topic of topics) this.log(topic);
  }

  async publish(topic: string, messages: BusMessage[]): Promise<void> {
    if (this.closed) throw new Error('The in-process bus is closed');
    const log = this.log(topic);
    for (const message of messages) {
      const partition = partitionFor(message.key, this.partitions);
      log[partition].push({ ...message, headers: { ...message.headers }, topic, partition, offset: String(log[partition].length) });
    }
    this.pumpAll();
  }

  async subscribe(options: SubscribeOptions): Promise<BusSubscription> {
    const group = this.group(options.groupId);
    const member: Member = { options, active: true, inFlight: new Set() };
    for (const topic of options.topics) {
      const log = this.log(topic);
      log.forEach((entries, partition) => {
        const id = `${topic}#${partition}`;
        if (!group.cursors.has(id)) {
          group.cursors.set(id, { topic, partition, committed: options.fromBeginning === false ? entries.length : 0, busy: false });
        }
      });
    }
    group.members.push(member);
    this.pump(group);
    return {
      stop: async () => {
        member.active = false;
        group.members = group.members.filter((m) => m !== member);
        await Promise.allSettled([...member.inFlight]);
        this.pump(group);
      },
    };
  }

  async ping(): Promise<void> {
    if (this.closed) throw new Error('The in-process bus is closed');
  }

  async close(): Promise<void> {
    this.closed = true;
    const members = [...this.groups.values()].flatMap((g) => g.members);
    members.forEach((m) => (m.active = false));
    await Promise.allSettled(members.flatMap((m) => [...m.inFlight]));
    this.groups.clear();
  }

  private log(topic: string): ConsumedMessage[][] {
    let log = this.logs.get(topic);
    if (!log) {
      log = Array.from({ length: this.partitions }, () => []);
      this.logs.set(topic, log);
      // Groups already subscribed to a topic see its partitions as soon as it exists.
      for (const group of this.groups.values()) {
        if (group.members.some((m) => m.options.topics.includes(topic))) {
          log.forEach((_, partition) => group.cursors.set(`${topic}#${partition}`, { topic, partition, committed: 0, busy: false }));
        }
      }
    }
    return log;
  }

  private group(groupId: string): Group {
    let group = this.groups.get(groupId);
    if (!group) {
      group = { members: [], cursors: new Map() };
      this.groups.set(groupId, group);
    }
    return group;
  }

  private pumpAll(): void {
    for (const group of this.groups.values()) this.pump(group);
  }

  /** Hands each idle partition with pending messages to the member it is assigned to. */
  private pump(group: Group): void {
    const cursors = [...group.cursors.values()];
    cursors.forEach((cursor, index) => {
      const candidates = group.members.filter((m) => m.active && m.options.topics.includes(cursor.topic));
      if (cursor.busy || candidates.length === 0) return;
      const entries = this.logs.get(cursor.topic)?.[cursor.partition] ?? [];
      const message = entries[cursor.committed];
      if (!message) return;
      const member = candidates[index % candidates.length];
      cursor.busy = true;
      const delivery = deliverWithRetry(message, member.options.handle, {
        policy: { ...DEFAULT_RETRY, ...this.defaultRetry, ...member.options.retry },
        sendToDeadLetter: (topic, dead) => this.publish(topic, [dead]),
      }).then(
        () => {
          // A member stopped mid-delivery still commits what it finished, as Kafka does on a clean stop.
          cursor.committed += 1;
        },
        () => undefined, // Not acknowledged: the message is offered again.
      );
      const tracked = delivery.finally(() => {
        member.inFlight.delete(tracked);
        cursor.busy = false;
        if (!this.closed) setImmediate(() => this.pump(group));
      });
      member.inFlight.add(tracked);
    });
  }
}

/** FNV-1a: stable across processes, so a key always lands in the same partition. */
export function partitionFor(key: string, partitions: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % partitions;
}
