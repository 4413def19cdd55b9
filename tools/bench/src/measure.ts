import { performance } from 'node:perf_hooks';

/** Runs `work`, which must complete `units` units of work, and returns units per second. */
export async function unitsPerSecond(units: number, work: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await work();
  const seconds = (performance.now() - start) / 1000;
  return units / Math.max(seconds, Number.EPSILON);
}
