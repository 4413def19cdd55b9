import { performance } from 'node:perf_hooks';

/** One timed round of a workload, returning units per second. */
export type Round = (round: number) => Promise<number>;

export interface RatePair {
  baselineRate: number;
  adapterRate: number;
}

/** Runs `work`, which must complete `units` units of work, and returns units per second. */
export async function unitsPerSecond(units: number, work: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await work();
  const seconds = (performance.now() - start) / 1000;
  return units / Math.max(seconds, Number.EPSILON);
}

/**
 * Baseline and adapter take turns, with the order flipped every round, and each keeps its
 * median: a single sub-second run on a busy machine is mostly noise, and whichever side went
 * first would otherwise pay for cold caches alone.
 */
export async function compareInRounds(rounds: number, baseline: Round, adapter: Round): Promise<RatePair> {
  const baselineRates: number[] = [];
  const adapterRates: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    if (round % 2 === 1) {
      baselineRates.push(await baseline(round));
      adapterRates.push(await adapter(round));
    } else {
      adapterRates.push(await adapter(round));
      baselineRates.push(await baseline(round));
    }
  }
  return { baselineRate: median(baselineRates), adapterRate: median(adapterRates) };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
