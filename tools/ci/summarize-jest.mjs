// Prints what a Jest run executed, suite by suite for the real-server suites, and a closing
// line "N passed, N failed, N skipped". With --require NAME, fails unless suites whose titles
// contain NAME ran tests (so a real-server suite can never pass by being skipped).
import { readFileSync } from 'node:fs';

const [file, ...args] = process.argv.slice(2);
const required = args.flatMap((a, i) => (args[i - 1] === '--require' ? [a] : []));
const report = JSON.parse(readFileSync(file, 'utf8'));

const byTitle = new Map();
for (const suite of report.testResults) {
  for (const test of suite.assertionResults) {
    const title = test.ancestorTitles[0] ?? suite.name;
    const counts = byTitle.get(title) ?? { passed: 0, failed: 0, skipped: 0 };
    if (test.status === 'passed') counts.passed++;
    else if (test.status === 'failed') counts.failed++;
    else counts.skipped++;
    byTitle.set(title, counts);
  }
}

let missing = false;
for (const name of required) {
  const suites = [...byTitle].filter(([title]) => title.includes(name));
  const executed = suites.reduce((n, [, c]) => n + c.passed + c.failed, 0);
  console.log(`${name} suites:`);
  for (const [title, c] of suites) console.log(`  ${title}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  if (executed === 0) {
    console.log(`  ✗ no ${name} test was executed`);
    missing = true;
  }
}
const skippedSuites = [...byTitle].filter(([, c]) => c.skipped > 0 && c.passed + c.failed === 0).map(([t]) => t);
if (skippedSuites.length) console.log(`Skipped suites:\n${skippedSuites.map((t) => `  - ${t}`).join('\n')}`);
console.log(`Tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`);
process.exit(report.success && !missing ? 0 : 1);
