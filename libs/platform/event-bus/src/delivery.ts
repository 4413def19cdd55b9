import { DeadLetterHeaders, deadLetterTopic, type ConsumedMessage, type RetryPolicy } from './event-bus';

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, initialDelayMs: 200, maxDelayMs: 10_000 };

export interface DeliveryContext {
  policy: RetryPolicy;
  sendToDeadLetter: (topic: string, message: { key: string; value: string; headers: Record<string, string> }) => Promise<void>;
  /** Called between attempts; Kafka uses it to heartbeat so a slow retry does not cost the partition. */
  beforeRetry?: () => Promise<void>;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function backoffDelay(policy: RetryPolicy, attempt: number): number {
  const exponential = policy.initialDelayMs * 2 ** (attempt - 1);
  const jitter = 0.8 + Math.random() * 0.4;
  return Math.min(policy.maxDelayMs, Math.round(exponential * jitter));
}

/**
 * Shared by every adapter so they fail the same way: retry with exponential backoff, then
 * move the message to `<topic>.dlq` with the reason and acknowledge it, so one poison message
 * does not block its partition. If even the dead-letter write fails, the error propagates
 * and the message is not acknowledged.
 */
export async function deliverWithRetry(message: ConsumedMessage, handle: (m: ConsumedMessage) => Promise<void>, context: DeliveryContext): Promise<'handled' | 'dead-lettered'> {
  const sleep = context.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      await handle(message);
      return 'handled';
    } catch (error) {
      if (attempt >= context.policy.maxAttempts) {
        await context.sendToDeadLetter(deadLetterTopic(message.topic), {
          key: message.key,
          value: message.value,
          headers: {
            ...message.headers,
            [DeadLetterHeaders.reason]: describeError(error),
            [DeadLetterHeaders.attempts]: String(attempt),
            [DeadLetterHeaders.originalTopic]: message.topic,
            [DeadLetterHeaders.originalPartition]: String(message.partition),
            [DeadLetterHeaders.originalOffset]: message.offset,
            [DeadLetterHeaders.failedAt]: new Date().toISOString(),
          },
        });
        return 'dead-lettered';
      }
      await context.beforeRetry?.();
      await sleep(backoffDelay(context.policy, attempt));
    }
  }
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 2000);
}
