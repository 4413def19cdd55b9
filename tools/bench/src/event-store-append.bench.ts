import { setImmediate as setImmediatePromise } from 'node:timers/promises';
import type { AppendTarget } from './append-target';
import { planAppends } from './event-workload';
import type { EventStoreSubject } from './event-store-subjects';
import { compareInRounds, unitsPerSecond, type Round } from './measure';
import { announceRate, Progress } from './progress';
import type { Comparison } from './report';
import type { BenchSettings } from './settings';

const WARM_UP_EVENTS = 100;
const BATCH_SIZES = [1, 10] as const;
const UNIT = 'events/s';

/** Append throughput of one adapter, one event per call and ten per call, each beside its raw baseline. */
export async function benchEventStoreAppend(subject: EventStoreSubject, settings: BenchSettings): Promise<Comparison[]> {
  const comparisons: Comparison[] = [];
  for (const batchSize of BATCH_SIZES) {
    const shape = batchSize === 1 ? '1 event/call' : `${batchSize} events/call`;
    const prepare = (role: string, target: AppendTarget) =>
      prepareAppends(target, `${subject.name} ${role} (${shape})`, `${settings.runId}-${role}-b${batchSize}`, batchSize, settings);
    const baseline = await prepare('baseline', subject.baseline);
    const adapter = await prepare('append', subject.adapter);
    const { baselineRate, adapterRate } = await compareInRounds(settings.rounds, baseline, adapter);
    comparisons.push({
      measurement: `event-store append, ${shape}`,
      adapter: subject.name,
      adapterRate,
      baseline: subject.baseline.label,
      baselineRate,
      unit: UNIT,
    });
  }
  return comparisons;
}

/** Warms the target up, then hands back one timed round per call, each on streams of its own. */
async function prepareAppends(target: AppendTarget, label: string, streamPrefix: string, batchSize: number, settings: BenchSettings): Promise<Round> {
  for (const call of planAppends(WARM_UP_EVENTS, batchSize, `${streamPrefix}-warm-up`)) {
    await target.append(call);
  }
  return async (round) => {
    // Fresh streams each round, so every round starts each stream with 'no_stream' as the first did.
    const calls = planAppends(settings.events, batchSize, `${streamPrefix}-r${round}`);
    const roundLabel = `${label} round ${round}/${settings.rounds}`;
    const progress = new Progress(roundLabel, settings.events);
    const rate = await unitsPerSecond(settings.events, async () => {
      for (const [index, call] of calls.entries()) {
        await target.append(call);
        progress.advance(call.events.length);
        // PGlite resolves in microtasks only; without a macrotask turn now and then the overall
        // deadline's timer could not fire. Both sides pay it equally, a few microseconds per 100 calls.
        if (index % 100 === 99) await setImmediatePromise();
      }
    });
    announceRate(roundLabel, rate, UNIT);
    return rate;
  };
}
