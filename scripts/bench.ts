/**
 * `npm run bench [-- candidates|scoring|results|merge]`: the performance targets of the issues,
 * measured on real SQLite files (results: pure compute), printed as a table with the raw SQLite
 * baselines measured in the same run.
 *
 * Targets — issue 2: importing a 20,000-candidate CSV < 3 s; search-as-you-type over 20,000
 * candidates < 50 ms per keystroke. Issue 4: on 20,000 candidates and 100,000 sheets, submitting
 * a sheet p99 < 10 ms; saving a draft keystroke p99 < 5 ms. Issue 5: the results of 200,000
 * candidates in 20,000 formasi < 2 s; the results screen of a 2,000-candidate formasi renders < 300 ms.
 * Issue 6: verifying and merging 500 office bundles holding 1,000,000 entries < 60 s, peak
 * memory < 1 GB, within 3× of the raw baseline.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { candidateRows } from './bench/candidates';
import { mergeRows } from './bench/merge';
import { FULL_FLOOR } from './bench/scoring-floor';
import { resultsRows } from './bench/results';
import { resultsScreenRows } from './bench/results-screen';
import { scoringRows } from './bench/scoring';
import { formatTable, type BenchRow } from './bench/stats';

const RUNS = 5;
const folder = mkdtempSync(join(tmpdir(), 'panitia-bench-'));

async function main(): Promise<void> {
  const only = process.argv[2];
  const wanted = (name: string) => only === undefined || only === name;
  const rows: BenchRow[] = [];
  if (wanted('candidates')) rows.push(...(await candidateRows(folder, RUNS)));
  if (wanted('scoring')) rows.push(...(await scoringRows(folder, FULL_FLOOR)));
  if (wanted('results')) rows.push(...resultsRows(RUNS), ...resultsScreenRows(RUNS));
  if (wanted('merge')) rows.push(...(await mergeRows()));
  console.log(
    `Panitia bench — ${RUNS} runs each (score sheets: every sample), Node ${process.version}, ${new Date().toISOString()}`,
  );
  for (const line of formatTable(rows)) console.log(line);
  rmSync(folder, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  rmSync(folder, { recursive: true, force: true });
  process.exit(1);
});
