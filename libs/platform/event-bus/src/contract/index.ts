export * from './event-bus.contract';
