import { announce } from './progress';
import type { BenchReport, Comparison, Failure, LatencyComparison, MachineInfo, Skip } from './report';

/** An adapter to measure, or the reason it cannot be measured on this machine. */
export type Candidate<T> = { name: string; open: () => Promise<T> } | { name: string; skipped: string };

export interface Subject {
  dispose(): Promise<void>;
}

/**
 * Runs each benchmark against each candidate in turn and keeps what came out. One adapter
 * failing (a server going away) is recorded and the others still run.
 */
export class BenchRun {
  private readonly comparisons: Comparison[] = [];
  private readonly latencies: LatencyComparison[] = [];
  private readonly skips: Skip[] = [];
  private readonly failures: Failure[] = [];
  private step = 'start-up';

  currentStep(): string {
    return this.step;
  }

  get failed(): boolean {
    return this.failures.length > 0;
  }

  async measure<T extends Subject>(
    benchmark: string,
    candidates: readonly Candidate<T>[],
    bench: (subject: T) => Promise<Comparison[] | { comparisons: Comparison[]; latencies: LatencyComparison[] }>,
  ): Promise<void> {
    for (const candidate of candidates) {
      if ('skipped' in candidate) {
        this.skip(candidate.name, candidate.skipped);
        continue;
      }
      this.step = `${benchmark} on ${candidate.name}`;
      announce(this.step);
      try {
        const subject = await candidate.open();
        try {
          const outcome = await bench(subject);
          this.comparisons.push(...(Array.isArray(outcome) ? outcome : outcome.comparisons));
          if (!Array.isArray(outcome)) this.latencies.push(...outcome.latencies);
        } finally {
          await subject.dispose();
        }
      } catch (error) {
        this.fail(`${candidate.name} (${benchmark})`, error);
      }
    }
    this.step = `after ${benchmark}`;
  }

  report(machine: MachineInfo): BenchReport {
    return { comparisons: this.comparisons, latencies: this.latencies, skips: this.skips, failures: this.failures, machine };
  }

  private skip(subject: string, reason: string): void {
    if (this.skips.some((s) => s.subject === subject)) return;
    this.skips.push({ subject, reason });
    announce(`${subject}: skipped — ${reason}`);
  }

  private fail(subject: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.failures.push({ subject, message });
    announce(`${subject}: FAILED — ${error instanceof Error ? (error.stack ?? message) : message}`);
  }
}
