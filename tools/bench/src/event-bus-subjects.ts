import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import { KafkaEventBus } from '@hotline/platform-event-bus/kafka';
import type { Candidate, Subject } from './bench-run';
import { emitterChannel } from './emitter-channel';
import { deleteKafkaScratch } from './kafka-scratch';
import { KafkajsChannel } from './kafkajs-channel';
import { eventBusChannel, type MessageChannel } from './message-channel';
import type { BenchSettings } from './settings';

/** An event bus adapter and its raw baseline, on the same broker when there is one. */
export interface EventBusSubject extends Subject {
  name: string;
  adapter: MessageChannel;
  baseline: MessageChannel;
}

export function eventBusCandidates(settings: BenchSettings): Candidate<EventBusSubject>[] {
  const { kafkaBrokers, runId } = settings;
  return [
    {
      name: 'in-process',
      open: async () => subject('in-process', eventBusChannel(new InProcessEventBus(), `${runId}-bus`, `${runId}-bus`), emitterChannel()),
    },
    kafkaBrokers?.length
      ? { name: 'Kafka', open: async () => openKafkaSubject(kafkaBrokers, runId) }
      : { name: 'Kafka', skipped: 'neither BENCH_KAFKA_BROKERS nor TEST_KAFKA_BROKERS is set' },
  ];
}

/** Fresh topics and groups per run: the consumers start at offset 0 of a topic holding only this run. */
function openKafkaSubject(brokers: string[], runId: string): EventBusSubject {
  const scratch = { topics: [`${runId}-bus`, `${runId}-raw`], groups: [`${runId}-bus`, `${runId}-raw`] };
  const adapter = eventBusChannel(new KafkaEventBus({ brokers, clientId: runId }), scratch.topics[0], scratch.groups[0]);
  const baseline = new KafkajsChannel(brokers, `${runId}-raw`, scratch.topics[1], scratch.groups[1]);
  return subject('Kafka', adapter, baseline, () => deleteKafkaScratch(brokers, runId, scratch));
}

function subject(name: string, adapter: MessageChannel, baseline: MessageChannel, cleanUp?: () => Promise<void>): EventBusSubject {
  return {
    name,
    adapter,
    baseline,
    dispose: async () => {
      const closed = await Promise.allSettled([adapter.close(), baseline.close()]);
      await cleanUp?.();
      const failure = closed.find((c) => c.status === 'rejected');
      if (failure) throw failure.reason;
    },
  };
}
