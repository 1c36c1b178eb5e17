// Prints vitest's JSON report as the one line CI reads: "N passed, N failed, N skipped".
// Exits non-zero when the run failed, ran no test, or never produced a report.
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/vitest.json';
if (!existsSync(file)) {
  // The run stopped before vitest (typecheck, lint or build failed): count that as a failure.
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const passed = report.numPassedTests ?? 0;
const failed =
  (report.numFailedTests ?? 0) +
  (report.numFailedTestSuites ?? 0) -
  countSuitesWithFailedTests(report);
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 || report.success === false ? 1 : 0);

// A suite that failed to load has no failed tests of its own; count it once as a failure.
function countSuitesWithFailedTests(r) {
  return (r.testResults ?? []).filter(
    (suite) =>
      suite.status === 'failed' &&
      (suite.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
}
