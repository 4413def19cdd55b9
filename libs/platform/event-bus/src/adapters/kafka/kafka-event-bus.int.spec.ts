import { describeWithServer } from '@hotline/platform-testing';
import { eventBusContract } from '../../contract';
import { KafkaEventBus } from './kafka-event-bus';

describeWithServer('EventBus contract — Kafka (kafkajs)', 'kafka', (brokers) => {
  eventBusContract({ open: async () => new KafkaEventBus({ brokers: brokers.split(','), clientId: 'hotline-contract-test' }) });
});
