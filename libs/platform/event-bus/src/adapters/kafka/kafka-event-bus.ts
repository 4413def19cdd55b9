import { Kafka, logLevel, Partitioners, type Admin, type Consumer, type IHeaders, type logCreator, type Producer } from 'kafkajs';
import { DEFAULT_PARTITIONS, type BusMessage, type BusSubscription, type EventBus, type RetryPolicy, type SubscribeOptions } from '../../event-bus';
import { DEFAULT_RETRY, deliverWithRetry } from '../../delivery';

export interface KafkaEventBusOptions {
  brokers: string[];
  clientId: string;
  partitions?: number;
  replicationFactor?: number;
  /** How long to wait for a consumer to join its group before subscribe() fails. */
  joinTimeoutMs?: number;
  /** Retry policy of subscriptions that do not set their own. */
  defaultRetry?: Partial<RetryPolicy>;
  /**
   * Prefixes every topic and consumer group (`<namespace>.hotline.intake.events`), so several
   * environments — or test and benchmark runs — can share one cluster without reading each
   * other's messages. Handlers still see the catalogue's topic names.
   */
  namespace?: string;
}

/**
 * The event bus on Apache Kafka through kafkajs. The producer waits for all in-sync replicas
 * (acks=-1); keys are hashed with Kafka's own murmur2 partitioner, so Java consumers agree.
 * Handlers should stay short: kafkajs heartbeats between messages (and between our retries).
 */
export class KafkaEventBus implements EventBus {
  readonly name = 'Kafka';
  readonly durable = true;
  private readonly kafka: Kafka;
  private readonly admin: Admin;
  private readonly producer: Producer;
  private connected?: Promise<void>;
  private readonly knownTopics = new Set<string>();
  private readonly consumers = new Set<Consumer>();

  constructor(private readonly options: KafkaEventBusOptions) {
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      logLevel: logLevel.ERROR,
      logCreator: quietTransientErrors,
      retry: { initialRetryTime: 200, retries: 8 },
    });
    this.admin = this.kafka.admin();
    this.producer = this.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, allowAutoTopicCreation: false });
  }

  private connect(): Promise<void> {
    this.connected ??= Promise.all([this.admin.connect(), this.producer.connect()]).then(() => undefined);
    return this.connected;
  }

  private physical(name: string): string {
    return this.options.namespace ? `${this.options.namespace}.${name}` : name;
  }

  private logical(name: string): string {
    const prefix = this.options.namespace ? `${this.options.namespace}.` : '';
    return name.startsWith(prefix) ? name.slice(prefix.length) : name;
  }

  /**
   * Creates missing topics and waits until each partition has a leader. Several services start
   * at once on a fresh cluster and create the same topics: "already exists" from a racing
   * creator is success, and metadata that does not show the new topic yet is waited for.
   */
  async ensureTopics(logicalTopics: string[]): Promise<void> {
    const topics = logicalTopics.map((t) => this.physical(t));
    const missing = topics.filter((t) => !this.knownTopics.has(t));
    if (missing.length === 0) return;
    await this.connect();
    const existing = new Set(await this.admin.listTopics());
    const toCreate = missing.filter((t) => !existing.has(t));
    if (toCreate.length > 0) {
      await this.admin
        .createTopics({
          waitForLeaders: true,
          topics: toCreate.map((topic) => ({
            topic,
            numPartitions: this.options.partitions ?? DEFAULT_PARTITIONS,
            replicationFactor: this.options.replicationFactor ?? 1,
          })),
        })
        .catch((error: unknown) => {
          if (!createdByAnother(error)) throw error;
        });
    }
    await retryWhileTransient(`topics ${missing.join(', ')} to get leaders`, async () => {
      const { topics: described } = await this.admin.fetchTopicMetadata({ topics: missing });
      const leaderless = described.filter((t) => t.partitions.length === 0 || t.partitions.some((p) => p.leader < 0)).map((t) => t.name);
      if (leaderless.length > 0) throw Object.assign(new Error(`no leader yet for ${leaderless.join(', ')}`), { retriable: true });
    });
    missing.forEach((t) => this.knownTopics.add(t));
  }

  async publish(topic: string, messages: BusMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.ensureTopics([topic]);
    await this.producer.send({
      topic: this.physical(topic),
      acks: -1,
      messages: messages.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
    });
  }

  async subscribe(options: SubscribeOptions): Promise<BusSubscription> {
    await this.ensureTopics(options.topics);
    const consumer = this.kafka.consumer({ groupId: this.physical(options.groupId), sessionTimeout: 30_000, heartbeatInterval: 3_000, allowAutoTopicCreation: false });
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.connect();
    await retryWhileTransient(`subscribing to ${options.topics.join(', ')}`, () =>
      consumer.subscribe({ topics: options.topics.map((t) => this.physical(t)), fromBeginning: options.fromBeginning ?? true }),
    );
    const policy = { ...DEFAULT_RETRY, ...this.options.defaultRetry, ...options.retry };
    await consumer.run({
      eachMessage: async ({ topic, partition, message, heartbeat }) => {
        await deliverWithRetry(
          {
            topic: this.logical(topic),
            partition,
            offset: message.offset,
            key: message.key?.toString('utf8') ?? '',
            value: message.value?.toString('utf8') ?? '',
            headers: decodeHeaders(message.headers),
          },
          options.handle,
          { policy, beforeRetry: heartbeat, sendToDeadLetter: (dlq, dead) => this.publish(dlq, [dead]) },
        );
      },
    });
    this.consumers.add(consumer);
    await withTimeout(joined, this.options.joinTimeoutMs ?? 60_000, `consumer group ${options.groupId} did not join`);
    return {
      stop: async () => {
        this.consumers.delete(consumer);
        await consumer.disconnect();
      },
    };
  }

  async ping(): Promise<void> {
    await this.connect();
    await withTimeout(this.admin.describeCluster(), 5_000, 'Kafka did not describe its cluster');
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.consumers].map((c) => c.disconnect()));
    this.consumers.clear();
    if (this.connected) {
      await Promise.allSettled([this.producer.disconnect(), this.admin.disconnect()]);
    }
  }
}

// kafkajs logs at ERROR what it retries by itself while a group forms or a topic is new.
const TRANSIENT = /group coordinator is not available|group is rebalancing|leadership election|not the correct leader|does not host this topic-partition/i;

const quietTransientErrors: logCreator = () => ({ namespace, label, log }) => {
  const error = String((log as { error?: unknown }).error ?? '');
  if (TRANSIENT.test(error) || TRANSIENT.test(log.message)) return;
  process.stderr.write(`${JSON.stringify({ level: label, logger: `kafkajs.${namespace}`, ...log })}\n`);
};

/** Another process created the topic between our listing and our request: that is what we wanted. */
function createdByAnother(error: unknown): boolean {
  const nested = (error as { errors?: { type?: string }[] }).errors ?? [];
  const type = (error as { type?: string }).type;
  return type === 'TOPIC_ALREADY_EXISTS' || (nested.length > 0 && nested.every((e) => e.type === 'TOPIC_ALREADY_EXISTS'));
}

/** Retries what Kafka reports as retriable (a new topic without a leader yet), for up to ~15 s. */
async function retryWhileTransient<T>(what: string, attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      const retriable = (error as { retriable?: boolean }).retriable === true || TRANSIENT.test(String((error as Error)?.message));
      if (!retriable || tries >= 30) throw new Error(`Kafka: ${what} failed after ${tries} attempts: ${(error as Error).message}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, Math.min(100 * tries, 1_000)));
    }
  }
}

function decodeHeaders(headers: IHeaders | undefined): Record<string, string> {
  const decoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    decoded[name] = Array.isArray(value) ? value.map(String).join(',') : value.toString();
  }
  return decoded;
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
