import { AUDIT_USAGE, readAuditArguments } from './audit-arguments';
import { runAuditCommand } from './audit-command';
import { NoEventStoreError, openAuditedStore } from './audit-store';

/**
 * The auditors' offline tool: verifies hash chains, prints a stream's history, replays a case as
 * of an instant — against PostgreSQL, the embedded PGlite files, or EventStoreDB. Exit codes:
 * 0 all well, 1 a broken chain or nothing found, 2 a usage or connection problem.
 */
async function main(argv: string[]): Promise<number> {
  const parsed = readAuditArguments(argv);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.problem.vi}\n${parsed.problem.en}\n\n${AUDIT_USAGE}\n`);
    return 2;
  }
  const opened = await openAuditedStore(parsed.command.store);
  try {
    return await runAuditCommand(parsed.command, opened.store, {
      print: (line) => process.stdout.write(`${line}\n`),
      progress: (line) => process.stderr.write(`${line}\n`),
    });
  } finally {
    await opened.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof NoEventStoreError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
