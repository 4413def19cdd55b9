import { ConfigError } from '@hotline/platform-config';
import type { Logger } from './logger';

/**
 * Runs a long-lived process: starts it, and on SIGINT/SIGTERM stops it cleanly once.
 * A second signal exits at once. A configuration error exits with code 2 and names the variables.
 */
export async function runUntilSignalled(logger: Logger, start: () => Promise<{ stop(): Promise<void> }>): Promise<void> {
  let running: { stop(): Promise<void> };
  try {
    running = await start();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee README.md, "Configuration".\n`);
      process.exit(2);
    }
    logger.error('start-up failed', { error: error instanceof Error ? error.stack : String(error) });
    process.exit(1);
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      logger.warn('second signal: exiting without waiting', { signal });
      process.exit(130);
    }
    stopping = true;
    logger.info('stopping', { signal });
    try {
      await running.stop();
      process.exit(0);
    } catch (error) {
      logger.error('stop failed', { error: error instanceof Error ? error.stack : String(error) });
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
