/**
 * The event bus port. Adapters: Kafka (kafkajs) and in-process, with the same semantics:
 * messages with the same key keep their order, consumer groups share partitions,
 * delivery is at least once, failures are retried with backoff and then dead-lettered.
 */
export interface BusMessage {
  /** Partition key: the stream id, so one case's events stay in order. */
  key: string;
  value: string;
  headers?: Record<string, string>;
}

export interface ConsumedMessage extends BusMessage {
  topic: string;
  partition: number;
  offset: string;
}

export interface RetryPolicy {
  /** Attempts in all, the first included, before the message goes to the dead-letter topic. */
  maxAttempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
}

export interface SubscribeOptions {
  groupId: string;
  topics: string[];
  handle: (message: ConsumedMessage) => Promise<void>;
  retry?: Partial<RetryPolicy>;
  /** Where a group without a committed offset starts. Default true: nothing published earlier is missed. */
  fromBeginning?: boolean;
}

export interface BusSubscription {
  stop(): Promise<void>;
}

export interface EventBus {
  readonly name: string;
  /** False when messages live only as long as the process (the in-process bus). */
  readonly durable: boolean;
  ensureTopics(topics: string[]): Promise<void>;
  publish(topic: string, messages: BusMessage[]): Promise<void>;
  subscribe(options: SubscribeOptions): Promise<BusSubscription>;
  /** Fails when the bus cannot be reached (health checks). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_PARTITIONS = 3;

export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}

export const DeadLetterHeaders = {
  reason: 'x-dead-letter-reason',
  attempts: 'x-dead-letter-attempts',
  originalTopic: 'x-original-topic',
  originalPartition: 'x-original-partition',
  originalOffset: 'x-original-offset',
  failedAt: 'x-dead-letter-failed-at',
} as const;
