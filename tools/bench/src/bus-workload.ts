import type { BusMessage } from '@hotline/platform-event-bus';

export const KEY_COUNT = 100;
export const PUBLISH_BATCH = 100;
const VALUE_BYTES = 300;

/** `count` messages of about 300 bytes in publish batches of 100, keyed over 100 streams. */
export function planMessages(count: number, keyPrefix: string): BusMessage[][] {
  const batches: BusMessage[][] = [];
  for (let start = 0; start < count; start += PUBLISH_BATCH) {
    const size = Math.min(PUBLISH_BATCH, count - start);
    batches.push(Array.from({ length: size }, (_, k) => message(start + k, keyPrefix)));
  }
  return batches;
}

export function messageCount(batches: readonly BusMessage[][]): number {
  return batches.reduce((sum, batch) => sum + batch.length, 0);
}

/** Shaped like a forwarded routing.CaseAssigned envelope, padded to the target size. */
function message(n: number, keyPrefix: string): BusMessage {
  const key = `${keyPrefix}-case-${n % KEY_COUNT}`;
  const envelope = {
    type: 'routing.CaseAssigned',
    streamId: key,
    streamRevision: Math.floor(n / KEY_COUNT),
    occurredAt: '2026-02-14T00:30:00.000Z',
    data: { caseId: key, unitCode: '01', level: 'province', reason: '' },
  };
  const unpadded = JSON.stringify(envelope).length;
  envelope.data.reason = 'Routed to the province of the report. '.repeat(10).slice(0, Math.max(0, VALUE_BYTES - unpadded));
  return { key, value: JSON.stringify(envelope) };
}
