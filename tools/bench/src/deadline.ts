export interface Deadline {
  disarm(): void;
}

/**
 * The overall time limit. A broker that stops answering can leave a client retrying for
 * minutes; rather than hang, the run aborts, says which step was stuck and keeps what finished.
 */
export function armDeadline(seconds: number, currentStep: () => string, onAbort: () => void): Deadline {
  const timer = setTimeout(() => {
    process.stderr.write(
      `[bench] ABORTED: the run exceeded its overall timeout of ${seconds} s (BENCH_TIMEOUT_S) during "${currentStep()}"\n`,
    );
    onAbort();
    // Exit only once stdout has flushed what onAbort wrote (pipes can be asynchronous, e.g. on macOS).
    process.stdout.write('', () => process.exit(2));
  }, seconds * 1000);
  // The run's own work keeps the process alive; the deadline alone must not.
  timer.unref();
  return { disarm: () => clearTimeout(timer) };
}
