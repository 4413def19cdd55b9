import { performance } from 'node:perf_hooks';
import { DeadlineWatcher } from './deadline-watcher';
import { callGraphql } from './graphql-caller';
import { percentile } from './latency';
import { compareInRounds, unitsPerSecond } from './measure';
import type { PipelineSubject } from './pipeline-subjects';
import { benchReport, CLASSIFY, SUBMIT, TRIVIAL } from './pipeline-workload';
import { Progress } from './progress';
import type { Comparison, LatencyComparison } from './report';
import type { BenchSettings } from './settings';

const WARM_UP_REPORTS = 10;
const VISIBLE_STEP = 'accept';
const REPORT_TIMEOUT_MS = 120_000;

/**
 * End to end, as a citizen and an operator drive it: the report is submitted to the intake
 * subgraph, the operator classifies it as soon as intake shows it, and the clock stops when the
 * deadline subgraph shows the case's `accept` deadline — the report has then crossed intake,
 * the bus, routing (case opened and assigned), the bus again and deadline. The raw baseline is
 * the same number of `{ __typename }` round trips to the same intake server at the same
 * concurrency: what HTTP and GraphQL cost before any feature runs.
 */
export async function benchPipeline(subject: PipelineSubject, settings: BenchSettings): Promise<{ comparisons: Comparison[]; latencies: LatencyComparison[] }> {
  const intake = subject.graphqlUrl('intake');
  const watcher = new DeadlineWatcher(subject.graphqlUrl('deadline'), VISIBLE_STEP);
  let next = 0;
  const lags: number[] = [];
  const roundTrips: number[] = [];
  const pipelineRound = (label: string, count: number, keep: boolean) => async () => {
    const progress = new Progress(`${subject.name} ${label}`, count);
    return unitsPerSecond(count, () =>
      inParallel(count, settings.concurrency, async () => {
        const lag = await travel(intake, watcher, next++);
        if (keep) lags.push(lag);
        progress.advance();
      }),
    );
  };
  const baselineRound = (count: number) => async () =>
    unitsPerSecond(count, () =>
      inParallel(count, settings.concurrency, async () => {
        const start = performance.now();
        const answer = await callGraphql(intake, TRIVIAL);
        if (answer.errors?.length) throw new Error(answer.errors[0].message);
        roundTrips.push(performance.now() - start);
      }),
    );
  try {
    await pipelineRound('warm-up', WARM_UP_REPORTS, false)();
    const { baselineRate, adapterRate } = await compareInRounds(settings.rounds, baselineRound(settings.reports), pipelineRound('reports', settings.reports, true));
    return {
      comparisons: [{ measurement: `intake mutation → visible deadline (reports; baseline: requests), ${settings.concurrency} at a time`, adapter: subject.name, adapterRate, baseline: 'raw `{ __typename }` round trips, same server', baselineRate, unit: 'per s' }],
      latencies: [
        {
          measurement: 'intake mutation → visible deadline, lag',
          adapter: subject.name,
          samples: lags.length,
          p50: percentile(lags, 0.5),
          p99: percentile(lags, 0.99),
          baseline: 'raw `{ __typename }` round trip',
          baselineP50: percentile(roundTrips, 0.5),
          baselineP99: percentile(roundTrips, 0.99),
        },
      ],
    };
  } finally {
    watcher.stop();
  }
}

/** One report through the pipeline; its lag in milliseconds. */
async function travel(intake: string, watcher: DeadlineWatcher, index: number): Promise<number> {
  const start = performance.now();
  const submitted = await callGraphql(intake, SUBMIT, { input: benchReport(index) });
  const result = submitted.data?.['submitReport'] as { ok: boolean; reportId: string; errors: { field: string }[] } | undefined;
  if (!result?.ok) throw new Error(`report ${index} refused: ${JSON.stringify(submitted.errors ?? result?.errors)}`);
  const caseId = await classifyWhenVisible(intake, result.reportId);
  const visibleAt = await withTimeout(watcher.visible(caseId), REPORT_TIMEOUT_MS, `the deadline of ${caseId}`);
  return visibleAt - start;
}

/** The operator's desk shows a report once intake's read model has it: try again until then. */
async function classifyWhenVisible(intake: string, reportId: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const answer = await callGraphql(intake, CLASSIFY, { id: reportId }, 'operator');
    const caseId = answer.data?.['classifyReport']?.caseId as string | undefined;
    if (caseId) return caseId;
    if (answer.errors?.[0]?.extensions?.code !== 'NOT_FOUND' || attempt > 2000) throw new Error(`classify ${reportId}: ${JSON.stringify(answer)}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function inParallel(count: number, concurrency: number, task: () => Promise<void>): Promise<void> {
  let started = 0;
  const lane = async () => {
    while (started < count) {
      started++;
      await task();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} not visible within ${ms} ms`)), ms)))]).finally(() => clearTimeout(timer));
}
