/**
 * `panitia merge --db FILE F.panitia… [--report-pdf OUT.pdf] [--json] [--progress]`: takes
 * received bundles in (docs/merge.md) and prints the signed merge report. Exit 0 all merged and
 * nothing in quarantine, 3 something held or untrusted, 1 an invalid file (the others merged).
 */
import { isAppError } from '../../../shared/errors';
import { mergeReportPdf } from '../../core/documents/merge-report';
import { writeWhole } from '../../core/files/write-whole';
import { mergeBundles, type MergeProgress } from '../../core/merge/merge';
import { openStore } from '../../core/store/open-store';
import { deviceSignerFor } from '../device-passphrase';
import { EXIT } from '../exit-codes';
import { needsAttention, printMergeReport } from '../merge-print';
import { say, type Output } from '../output';
import { RESOURCES_DIR } from '../resources-dir';

/** Options of `panitia merge`. */
export interface MergeCommandOptions {
  db: string;
  reportPdf?: string;
  json?: boolean;
  progress?: boolean;
}

/** Merges `files` into the store at `options.db`; Ctrl+C while files are checked cancels. */
export async function mergeCommand(
  output: Output,
  files: string[],
  options: MergeCommandOptions,
): Promise<number> {
  const store = await openStore(options.db);
  const abort = new AbortController();
  const onInterrupt = () => abort.abort();
  try {
    const signer = await deviceSignerFor(output, store);
    if (!signer) return EXIT.refused;
    process.on('SIGINT', onInterrupt);
    const outcome = await mergeBundles(store, files, {
      signer,
      signal: abort.signal,
      onProgress: options.progress ? (p) => output.err(progressLine(output, p)) : undefined,
    });
    process.off('SIGINT', onInterrupt);
    const { report, reportId, signature } = outcome;
    if (options.json) {
      output.out(JSON.stringify({ reportId, signature, report }, null, 2));
    } else {
      printMergeReport(output, report);
      output.out(
        reportId ? say(output, 'mergeReportId', { id: reportId }) : say(output, 'mergeNoChange'),
      );
    }
    if (options.reportPdf && reportId) {
      const { pdf, pages } = await mergeReportPdf(
        store.db,
        reportId,
        RESOURCES_DIR,
        output.language,
      );
      await writeWhole(options.reportPdf, pdf);
      output.err(say(output, 'mergeReportPdf', { file: options.reportPdf, pages }));
    }
    if (report.bundles.some((b) => b.outcome === 'invalid')) return EXIT.refused;
    return needsAttention(report) ? EXIT.untrusted : EXIT.ok;
  } catch (error) {
    if (isAppError(error) && error.code === 'merge.cancelled') {
      output.err(say(output, 'mergeCancelled'));
      return EXIT.refused;
    }
    throw error;
  } finally {
    process.off('SIGINT', onInterrupt);
    store.close();
  }
}

function progressLine(output: Output, progress: MergeProgress): string {
  if (progress.phase === 'merge') return say(output, 'mergeProgressMerge');
  return say(output, 'mergeProgressVerify', {
    file: progress.file,
    files: progress.files,
    name: progress.fileName,
    entries: progress.entries,
  });
}
