import type { BusMessage } from '@hotline/platform-event-bus';
import { messageCount, planMessages, PUBLISH_BATCH } from './bus-workload';
import type { EventBusSubject } from './event-bus-subjects';
import { compareInRounds, unitsPerSecond, type Round } from './measure';
import type { MessageChannel } from './message-channel';
import { MessageTally } from './message-tally';
import { announceRate, Progress } from './progress';
import type { Comparison } from './report';
import type { BenchSettings } from './settings';

const WARM_UP_MESSAGES = 200;
const CONSUME_TIMEOUT_MS = 120_000;
const UNIT = 'msgs/s';

/** Publish→consume throughput of one bus adapter beside its raw baseline. */
export async function benchEventBus(subject: EventBusSubject, settings: BenchSettings): Promise<Comparison[]> {
  const baseline = await prepareChannel(subject.baseline, `${subject.name} baseline`, settings);
  const adapter = await prepareChannel(subject.adapter, `${subject.name} publish→consume`, settings);
  const { baselineRate, adapterRate } = await compareInRounds(settings.rounds, baseline, adapter);
  return [
    {
      measurement: `event-bus publish→consume, batches of ${PUBLISH_BATCH}`,
      adapter: subject.adapter.label,
      adapterRate,
      baseline: subject.baseline.label,
      baselineRate,
      unit: UNIT,
    },
  ];
}

/**
 * Starts the consumer and warms the path up (which also lets a Kafka group settle on its
 * partitions), then hands back one timed round per call: from the first publish until the
 * consumer has received every message of the round.
 */
async function prepareChannel(channel: MessageChannel, label: string, settings: BenchSettings): Promise<Round> {
  const tally = new MessageTally();
  let progress: Progress | undefined;
  await channel.start(() => {
    tally.record();
    progress?.advance();
  });
  await publishAndDrain(channel, tally, planMessages(WARM_UP_MESSAGES, `${settings.runId}-warm-up`), `${label} warm-up`);
  const batches = planMessages(settings.messages, settings.runId);
  const total = messageCount(batches);
  return async (round) => {
    const roundLabel = `${label} round ${round}/${settings.rounds}`;
    progress = new Progress(roundLabel, total);
    const rate = await unitsPerSecond(total, () => publishAndDrain(channel, tally, batches, roundLabel));
    progress = undefined;
    announceRate(roundLabel, rate, UNIT);
    return rate;
  };
}

async function publishAndDrain(channel: MessageChannel, tally: MessageTally, batches: BusMessage[][], what: string): Promise<void> {
  const target = tally.count + messageCount(batches);
  for (const batch of batches) await channel.publish(batch);
  await tally.reached(target, CONSUME_TIMEOUT_MS, what);
}
