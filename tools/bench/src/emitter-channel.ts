import { EventEmitter } from 'node:events';
import type { MessageChannel } from './message-channel';

/** The in-process baseline: a plain EventEmitter, no partitions, offsets, groups or retries. */
export function emitterChannel(): MessageChannel {
  const emitter = new EventEmitter();
  return {
    label: 'plain EventEmitter',
    start: async (onMessage) => {
      emitter.on('message', onMessage);
    },
    publish: async (batch) => {
      for (const message of batch) emitter.emit('message', message);
    },
    close: async () => {
      emitter.removeAllListeners();
    },
  };
}
