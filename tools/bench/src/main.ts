import { BenchRun } from './bench-run';
import { armDeadline } from './deadline';
import { benchEventBus } from './event-bus.bench';
import { eventBusCandidates } from './event-bus-subjects';
import { benchEventStoreAppend } from './event-store-append.bench';
import { eventStoreCandidates } from './event-store-subjects';
import { describeMachine } from './machine';
import { benchPipeline } from './pipeline.bench';
import { pipelineCandidates } from './pipeline-subjects';
import { announce } from './progress';
import { renderReport } from './report';
import { readSettings } from './settings';

async function main(): Promise<void> {
  const settings = readSettings();
  const run = new BenchRun();
  const printReport = () => process.stdout.write(renderReport(run.report(describeMachine())));
  const deadline = armDeadline(settings.timeoutSeconds, () => run.currentStep(), printReport);
  announce(`run ${settings.runId}: ${settings.events} events, ${settings.messages} messages, ${settings.reports} reports (${settings.concurrency} at a time), ${settings.rounds} rounds, timeout ${settings.timeoutSeconds} s`);
  if (settings.only.has('append')) await run.measure('event-store append', eventStoreCandidates(settings), (subject) => benchEventStoreAppend(subject, settings));
  if (settings.only.has('bus')) await run.measure('event-bus publish→consume', eventBusCandidates(settings), (subject) => benchEventBus(subject, settings));
  if (settings.only.has('pipeline')) await run.measure('intake mutation → visible deadline', pipelineCandidates(settings), (subject) => benchPipeline(subject, settings));
  deadline.disarm();
  printReport();
  if (run.failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
