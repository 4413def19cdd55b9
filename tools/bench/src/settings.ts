/** What a bench run measures, read from the environment once at start-up. */
export interface BenchSettings {
  /** Unique per run: names the PostgreSQL schema, Kafka topics and groups, EventStoreDB streams. */
  runId: string;
  events: number;
  messages: number;
  /** Reports per timed round of the pipeline benchmark, and how many travel at once. */
  reports: number;
  concurrency: number;
  /** Which benchmarks run (BENCH_ONLY=pipeline,bus…); all of them by default. */
  only: ReadonlySet<BenchmarkName>;
  /** Timed rounds per measurement; the median is reported. */
  rounds: number;
  timeoutSeconds: number;
  databaseUrl?: string;
  eventStoreUrl?: string;
  kafkaBrokers?: string[];
}

export const BENCHMARKS = ['append', 'bus', 'pipeline'] as const;
export type BenchmarkName = (typeof BENCHMARKS)[number];

export function readSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  return {
    runId: `bench_${Date.now().toString(36)}_${process.pid}`,
    events: positiveInteger(env, 'BENCH_EVENTS', 2000),
    messages: positiveInteger(env, 'BENCH_MESSAGES', 5000),
    reports: positiveInteger(env, 'BENCH_REPORTS', 100),
    concurrency: positiveInteger(env, 'BENCH_CONCURRENCY', 8),
    only: benchmarks(nonEmpty(env.BENCH_ONLY)),
    rounds: positiveInteger(env, 'BENCH_ROUNDS', 3),
    timeoutSeconds: positiveInteger(env, 'BENCH_TIMEOUT_S', 300),
    databaseUrl: nonEmpty(env.BENCH_DATABASE_URL) ?? nonEmpty(env.TEST_DATABASE_URL),
    eventStoreUrl: nonEmpty(env.EVENTSTORE_URL),
    kafkaBrokers: brokers(nonEmpty(env.BENCH_KAFKA_BROKERS) ?? nonEmpty(env.TEST_KAFKA_BROKERS)),
  };
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  }
  return value;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

function brokers(list: string | undefined): string[] | undefined {
  return list?.split(',').map((b) => b.trim()).filter(Boolean);
}

function benchmarks(list: string | undefined): ReadonlySet<BenchmarkName> {
  if (list === undefined) return new Set(BENCHMARKS);
  const names = list.split(',').map((n) => n.trim());
  const unknown = names.filter((n) => !BENCHMARKS.some((b) => b === n));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown benchmark ${unknown.join(', ')} (known: ${BENCHMARKS.join(', ')})`);
  return new Set(BENCHMARKS.filter((b) => names.includes(b)));
}
