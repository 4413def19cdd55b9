import { loadConfig } from '@hotline/platform-config';
import type { EventBus } from '@hotline/platform-event-bus';
import type { Logger, ServiceContext } from '@hotline/platform-runtime';
import { recordingLogger } from './recording-logger';
import type { TestDatabase } from './test-database';

export interface TestServiceContextOptions {
  /** Quiet by default (a recording logger); pass one to see or inspect what the features log. */
  readonly logger?: Logger;
  /** The platform's "now"; the system clock by default. */
  readonly clock?: () => Date;
}

/** The context the service host would pass, on the test database and the default configuration; closing stays with the test. */
export function testServiceContext(db: TestDatabase, bus: EventBus, options: TestServiceContextOptions = {}): ServiceContext {
  return {
    config: loadConfig({}),
    infrastructure: { sql: db.sql, store: db.store, bus, checkpoints: db.checkpoints, processed: db.processed, close: async () => undefined },
    logger: options.logger ?? recordingLogger(),
    clock: options.clock ?? (() => new Date()),
  };
}
