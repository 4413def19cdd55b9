import { Kafka, logLevel, Partitioners, type Consumer, type Producer } from 'kafkajs';
import { DEFAULT_PARTITIONS, type BusMessage } from '@hotline/platform-event-bus';
import type { MessageChannel } from './message-channel';
import { announce } from './progress';

const JOIN_TIMEOUT_MS = 60_000;

/**
 * The Kafka baseline: kafkajs used directly, with the adapter's partitions, partitioner, acks
 * and group timings, but no retry, dead-letter or header decoding around each message.
 */
export class KafkajsChannel implements MessageChannel {
  readonly label = 'plain kafkajs send + eachMessage';
  private readonly kafka: Kafka;
  private readonly producer: Producer;
  private readonly consumer: Consumer;

  constructor(
    brokers: string[],
    clientId: string,
    private readonly topic: string,
    groupId: string,
  ) {
    this.kafka = new Kafka({ clientId, brokers, logLevel: logLevel.NOTHING, retry: { initialRetryTime: 200, retries: 8 } });
    this.producer = this.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, allowAutoTopicCreation: false });
    this.consumer = this.kafka.consumer({ groupId, sessionTimeout: 30_000, heartbeatInterval: 3_000, allowAutoTopicCreation: false });
    // kafkajs logging is off (its retries would flood stderr); failed calls still reject, and a
    // consumer that crashes outside any call is reported here rather than waited on in silence.
    this.consumer.on(this.consumer.events.CRASH, ({ payload }) => announce(`kafkajs consumer crashed: ${payload.error.message}`));
  }

  async start(onMessage: () => void): Promise<void> {
    await this.createTopic();
    const joined = groupJoined(this.consumer, JOIN_TIMEOUT_MS);
    try {
      await Promise.all([this.producer.connect(), this.consumer.connect()]);
      await this.consumer.subscribe({ topics: [this.topic], fromBeginning: true });
      await this.consumer.run({ eachMessage: async () => onMessage() });
      await joined.done;
    } finally {
      joined.cancel();
    }
  }

  async publish(batch: BusMessage[]): Promise<void> {
    await this.producer.send({ topic: this.topic, acks: -1, messages: batch.map(({ key, value }) => ({ key, value })) });
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.consumer.disconnect(), this.producer.disconnect()]);
  }

  private async createTopic(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await admin.createTopics({ waitForLeaders: true, topics: [{ topic: this.topic, numPartitions: DEFAULT_PARTITIONS, replicationFactor: 1 }] });
    } finally {
      await admin.disconnect();
    }
  }
}

/** Resolves when the consumer joins its group; `cancel` stops the clock if start-up fails first. */
function groupJoined(consumer: Consumer, timeoutMs: number): { done: Promise<void>; cancel: () => void } {
  let cancel: () => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`kafkajs consumer did not join its group within ${timeoutMs / 1000} s`)), timeoutMs);
    const stopListening = consumer.on(consumer.events.GROUP_JOIN, () => resolve());
    cancel = () => {
      clearTimeout(timer);
      stopListening();
    };
  });
  // Awaited only after connecting; a timeout that fires meanwhile must not count as unhandled.
  done.catch(() => undefined);
  return { done, cancel };
}
