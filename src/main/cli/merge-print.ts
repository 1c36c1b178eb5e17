/** How `panitia merge` and `panitia quarantine list` print a merge report and the quarantine. */
import type { MergeReport, QuarantineSummary } from '../../shared/domain/merge';
import type { ErrorCode } from '../../shared/errors';
import { errorMessage } from '../../shared/i18n/errors';
import { say, type Output } from './output';

/** Missing sheets listed per office before the rest are only counted. */
const MISSING_SHOWN = 5;

/** Prints each bundle, the quarantine, completeness per office and the results hashes. */
export function printMergeReport(output: Output, report: MergeReport): void {
  for (const bundle of report.bundles) {
    output.out(say(output, 'mergeBundle', { file: bundle.fileName }));
    if (bundle.hash) output.out(say(output, 'mergeBundleHash', { hash: bundle.hash }));
    if (bundle.outcome === 'invalid') {
      const { code, params } = bundle.problem ?? { code: 'internal', params: {} };
      output.out(
        say(output, 'mergeBundleInvalid', {
          line: params.line ?? '?',
          problem: errorMessage(code as ErrorCode, params, output.language),
        }),
      );
      continue;
    }
    output.out(
      say(output, 'mergeBundleSigner', {
        kind: say(output, `bundleKind.${bundle.kind ?? 'results'}`),
        fingerprint: bundle.signerFingerprint ?? '',
        trust: say(output, `trust.${bundle.trust ?? 'untrusted'}`),
      }),
    );
    output.out(
      say(output, 'mergeBundleOutcome', {
        outcome: say(output, `outcome.${bundle.outcome}`),
        added: bundle.added,
        duplicates: bundle.duplicates,
        forks: bundle.forks,
      }),
    );
  }
  printQuarantine(output, report.quarantine);
  printCompleteness(output, report);
  for (const { selectionId, inputsHash } of report.results) {
    output.out(say(output, 'mergeResultsHash', { selection: selectionId, hash: inputsHash }));
  }
}

/** Prints the quarantine items with their translated reasons; `extra` adds lines under each. */
export function printQuarantine(
  output: Output,
  items: readonly QuarantineSummary[],
  extra: (item: QuarantineSummary) => string[] = () => [],
): void {
  if (items.length === 0) {
    output.out(say(output, 'mergeQuarantineNone'));
    return;
  }
  output.out(say(output, 'mergeQuarantineHead', { count: items.length }));
  for (const item of items) {
    const resolved = item.resolved
      ? say(output, 'mergeQuarantineResolved', {
          decision: say(output, `decision.${item.resolved}`),
        })
      : '';
    output.out(
      say(output, 'mergeQuarantineItem', {
        id: item.id,
        reason: errorMessage(item.reason as ErrorCode, item.params, output.language),
        entries: item.entries,
        resolved,
      }),
    );
    for (const line of extra(item)) output.out(line);
  }
}

function printCompleteness(output: Output, report: MergeReport): void {
  if (report.completeness.length === 0) {
    output.out(say(output, 'mergeCompletenessNone'));
  } else {
    output.out(say(output, 'mergeCompletenessHead'));
  }
  for (const office of report.completeness) {
    output.out(
      say(output, 'mergeCompleteness', {
        office: office.office,
        delivered: office.delivered,
        expected: office.expected,
        missing: office.missing.length,
      }),
    );
    for (const sheet of office.missing.slice(0, MISSING_SHOWN)) {
      output.out(
        say(output, 'mergeMissingSheet', {
          nomor: sheet.nomorPeserta,
          nama: sheet.nama,
          component: sheet.componentKey,
          assessor: sheet.assessorNama,
        }),
      );
    }
    if (office.missing.length > MISSING_SHOWN) {
      output.out(say(output, 'mergeMissingMore', { count: office.missing.length - MISSING_SHOWN }));
    }
  }
  if (report.unscheduled > 0) {
    output.out(say(output, 'mergeUnscheduled', { count: report.unscheduled }));
  }
}

/** Whether a merge left work for a person: a held bundle or an undecided quarantine item. */
export function needsAttention(report: MergeReport): boolean {
  return (
    report.bundles.some((b) => b.outcome === 'held') ||
    report.quarantine.some((q) => q.resolved === null)
  );
}
