/**
 * The measured merge of the merge bench, in a child process of its own so its peak memory
 * (`process.resourceUsage().maxRSS`) is the merge's alone: a copy of the central store merges
 * every bundle listed in the JSON file argv[2]; the figures go to the JSON file argv[3].
 */
import { unlockDeviceSigner } from '../../src/main/core/device/device-signer';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { mergeBundles } from '../../src/main/core/merge/merge';
import { openStore } from '../../src/main/core/store/open-store';
import { BENCH_PASSPHRASE, benchClock } from './merge-workload';

/** What the measured merge reports back. */
export interface MergeRunFigures {
  ms: number;
  stagingMs: number;
  maxRssBytes: number;
  rssBeforeBytes: number;
  added: number;
  invalid: number;
  held: number;
  /** The quarantine's reasons, for a run that holds anything back. */
  quarantine: string[];
}

async function main(): Promise<void> {
  const [inputFile, outputFile] = process.argv.slice(2) as [string, string];
  const { centralFile, bundles } = JSON.parse(readFileSync(inputFile, 'utf8')) as {
    centralFile: string;
    bundles: string[];
  };
  const copy = `${centralFile}.merge.db`;
  copyFileSync(centralFile, copy);
  const central = await openStore(copy, { now: benchClock('2024-11-20T00:00:00.000Z') });
  const signer = unlockDeviceSigner(central, { passphrase: BENCH_PASSPHRASE });
  const rssBeforeBytes = process.memoryUsage().rss;
  let stagedAt = 0;
  const start = performance.now();
  const outcome = await mergeBundles(central, bundles, {
    signer,
    onProgress: (p) => {
      if (p.phase === 'merge' && stagedAt === 0) stagedAt = performance.now();
    },
  });
  const ms = performance.now() - start;
  const figures: MergeRunFigures = {
    ms,
    stagingMs: stagedAt - start,
    // maxRSS is in kilobytes.
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    rssBeforeBytes,
    added: outcome.report.totals.added,
    invalid: outcome.report.bundles.filter((b) => b.outcome !== 'merged').length,
    held: outcome.report.totals.held,
    quarantine: outcome.report.quarantine.map((q) => JSON.stringify(q).slice(0, 300)),
  };
  central.close();
  writeFileSync(outputFile, JSON.stringify(figures));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
