export * from './session-schema';
export * from './session-service';
export type { SessionApi } from './session-api';
