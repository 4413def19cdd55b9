import { describeWithServer, eventually, uniqueName } from '@hotline/platform-testing';
import { eventBusContract } from '../../contract';
import type { ConsumedMessage } from '../../event-bus';
import { KafkaEventBus } from './kafka-event-bus';

describeWithServer('EventBus contract — Kafka (kafkajs)', 'kafka', (brokers) => {
  eventBusContract({ open: async () => new KafkaEventBus({ brokers: brokers.split(','), clientId: 'hotline-contract-test' }) });
});

describeWithServer('Kafka topics on a fresh cluster', 'kafka', (brokers) => {
  it('lets several services create and subscribe to the same new topics at once (start-up of every service together)', async () => {
    const topics = [uniqueName('hotline.test.race-a'), uniqueName('hotline.test.race-b')];
    const buses = Array.from({ length: 4 }, (_, i) => new KafkaEventBus({ brokers: brokers.split(','), clientId: `hotline-race-${i}` }));
    try {
      const subscriptions = await Promise.all(buses.map((bus, i) => bus.subscribe({ groupId: uniqueName(`g-race-${i}`), topics, handle: async () => undefined })));
      await Promise.all(subscriptions.map((s) => s.stop()));
    } finally {
      await Promise.all(buses.map((bus) => bus.close()));
    }
  }, 90_000);
});

describeWithServer('Kafka namespaces', 'kafka', (brokers) => {
  it('keeps two namespaces on one cluster apart, and hands handlers the catalogue topic name', async () => {
    const topic = uniqueName('hotline.test.namespaced');
    const group = uniqueName('g');
    const open = (namespace: string) => new KafkaEventBus({ brokers: brokers.split(','), clientId: 'hotline-namespace-test', namespace });
    const [blue, green] = [open(uniqueName('blue')), open(uniqueName('green'))];
    const seen: Record<string, ConsumedMessage[]> = { blue: [], green: [] };
    try {
      const subs = [
        await blue.subscribe({ groupId: group, topics: [topic], handle: async (m) => void seen['blue'].push(m) }),
        await green.subscribe({ groupId: group, topics: [topic], handle: async (m) => void seen['green'].push(m) }),
      ];
      await blue.publish(topic, [{ key: 'k', value: 'for blue', headers: {} }]);
      await green.publish(topic, [{ key: 'k', value: 'for green', headers: {} }]);
      await eventually('one message in each namespace', async () => seen['blue'].length >= 1 && seen['green'].length >= 1);
      await new Promise((r) => setTimeout(r, 500));
      for (const sub of subs) await sub.stop();
      expect(seen['blue'].map((m) => [m.topic, m.value])).toEqual([[topic, 'for blue']]);
      expect(seen['green'].map((m) => [m.topic, m.value])).toEqual([[topic, 'for green']]);
    } finally {
      await Promise.all([blue.close(), green.close()]);
    }
  }, 60_000);
});
