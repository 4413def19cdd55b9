export * from './event-bus';
export * from './delivery';
export * from './processed-events';
