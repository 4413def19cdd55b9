export * from './test-database';
export * from './test-service-context';
export * from './recording-logger';
