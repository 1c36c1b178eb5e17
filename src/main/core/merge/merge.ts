/**
 * Merging received bundles (docs/merge.md): each file verified and staged as a stream, then, in
 * one transaction, taken in (new entries appended, duplicates counted, forks and untrusted signers
 * held), the state replayed once, and a report signed by this device's key journaled. A failure
 * anywhere leaves the store as it was.
 */
import { randomUUID } from 'node:crypto';
import { canonicalJson } from '../../../shared/canonical-json';
import type { MergedBundle, MergeReport } from '../../../shared/domain/merge';
import { AppError } from '../../../shared/errors';
import type { ChainSigner } from '../bundle/result-bundle';
import { fingerprintOf } from '../crypto/sealed-key';
import { record, type WriteContext } from '../journal/record';
import { rebuildState } from '../journal/rebuild';
import { resultsHash } from '../results/results-hash';
import { pinKey, trustOf, type PinInput } from '../trust/registry';
import { officeCompleteness, unscheduledCandidates } from './completeness';
import { listQuarantine } from './quarantine';
import { clearStage, stageBundle, type StagedBundle } from './stage';
import { signerStanding } from './standing';
import { takeIn } from './take-in';

/** How far a merge has got: which file, and entries read in it. */
export interface MergeProgress {
  phase: 'verify' | 'merge';
  file: number;
  files: number;
  fileName: string;
  entries: number;
}

/** Options of {@link mergeBundles}. */
export interface MergeOptions {
  /** Signs the report: this device's key (unlocked). */
  signer: ChainSigner;
  /** The names the files had where they came from (the report's), when the paths differ. */
  fileNames?: readonly string[];
  signal?: AbortSignal;
  onProgress?: (progress: MergeProgress) => void;
  /**
   * This installation starts as the office named here: each setup package taken in is receipted
   * (`setup.received`) in the same transaction, with the chain heads it holds.
   */
  setupOffice?: string;
  /**
   * A key a person has just confirmed (first use): pinned in the merge's transaction, and only if
   * a valid bundle signed by it is among the files, so a failed merge leaves no pin behind.
   */
  pin?: PinInput;
}

/** The outcome: the report (signed and journaled when the merge changed anything). */
export interface MergeOutcome {
  report: MergeReport;
  /** Null when nothing changed (every bundle already merged or refused): no report is journaled. */
  reportId: string | null;
  signature: string | null;
}

/**
 * Merges `files` into `context`'s store. Throws `merge.noFiles` for an empty list and
 * `merge.cancelled` when `signal` aborts while files are read; a file that fails verification is
 * reported in the outcome and changes nothing.
 */
export async function mergeBundles(
  context: WriteContext,
  files: readonly string[],
  options: MergeOptions,
): Promise<MergeOutcome> {
  if (files.length === 0) throw new AppError('merge.noFiles');
  const { db } = context;
  const staged: StagedBundle[] = [];
  clearStage(db);
  try {
    for (const [index, file] of files.entries()) {
      const progress = (entries: number) =>
        options.onProgress?.({
          phase: 'verify',
          file: index + 1,
          files: files.length,
          fileName: file,
          entries,
        });
      progress(0);
      const read = await stageBundle(db, file, index, {
        signal: options.signal,
        onProgress: progress,
      });
      staged.push({ ...read, fileName: options.fileNames?.[index] ?? read.fileName });
    }
    if (options.signal?.aborted) throw new AppError('merge.cancelled');
    options.onProgress?.({
      phase: 'merge',
      file: files.length,
      files: files.length,
      fileName: '',
      entries: 0,
    });
    return db.transaction(() => takeInAll(context, staged, options))();
  } finally {
    clearStage(db);
  }
}

function takeInAll(
  context: WriteContext,
  staged: StagedBundle[],
  { signer, setupOffice, pin }: MergeOptions,
): MergeOutcome {
  const { db } = context;
  if (pin) pinIfSigned(context, staged, pin);
  const bundles: MergedBundle[] = [];
  const seen = new Set<string>();
  let changed = false;
  for (const item of staged) {
    const reading = item.reading;
    if (!reading.valid) {
      bundles.push(invalid(item, reading.code, { ...reading.params, line: reading.line }));
      continue;
    }
    const base = {
      fileName: item.fileName,
      hash: item.hash,
      kind: reading.bundle.kind,
      signerFingerprint: reading.bundle.fingerprint,
      problem: null,
      entries: reading.entries,
    };
    const trust = signerStanding(
      db,
      context.deviceId,
      reading.bundle.fingerprint,
      reading.bundle.kind,
    );
    const known =
      seen.has(item.hash) ||
      db.prepare('SELECT 1 FROM received_bundles WHERE hash = ?').get(item.hash);
    if (known) {
      bundles.push({
        ...base,
        trust,
        outcome: 'alreadyMerged',
        added: 0,
        duplicates: reading.entries,
        forks: 0,
      });
      continue;
    }
    seen.add(item.hash);
    const taken = takeIn(context, item.stage, item.hash, item.fileName, reading, trust);
    changed = true;
    if (setupOffice !== undefined && reading.bundle.kind === 'setup' && trust === 'trusted') {
      record(context, 'setup.received', {
        office: setupOffice,
        bundleHash: item.hash,
        signerFingerprint: reading.bundle.fingerprint,
        basis: reading.chains.map(({ device, lastSeq }) => ({ device, seq: lastSeq })),
      });
    }
    bundles.push({
      ...base,
      trust,
      outcome: trust === 'own' || trust === 'trusted' ? 'merged' : 'held',
      added: taken.added,
      duplicates: taken.duplicates,
      forks: taken.forks,
    });
  }
  if (changed) rebuildState(db);
  const report = mergeReport(context, bundles, signer);
  if (!changed) return { report, reportId: null, signature: null };
  const signature = signer.sign(Buffer.from(canonicalJson(report), 'utf8'));
  const id = randomUUID();
  record(context, 'merge.recorded', { id, report, signature });
  return { report, reportId: id, signature };
}

function pinIfSigned(context: WriteContext, staged: StagedBundle[], pin: PinInput): void {
  const signed = staged.some(
    (s) => s.reading.valid && s.reading.bundle.publicKey === pin.publicKey,
  );
  if (signed && trustOf(context.db, fingerprintOf(pin.publicKey)).status === 'unknown') {
    pinKey(context, pin);
  }
}

function invalid(
  item: StagedBundle,
  code: string,
  params: Record<string, string | number>,
): MergedBundle {
  return {
    fileName: item.fileName,
    hash: item.hash,
    kind: null,
    signerFingerprint: null,
    trust: null,
    outcome: 'invalid',
    problem: { code, params },
    entries: 0,
    added: 0,
    duplicates: 0,
    forks: 0,
  };
}

/** The report of a merge over the store as it now stands. */
function mergeReport(
  context: WriteContext,
  bundles: MergedBundle[],
  signer: ChainSigner,
): MergeReport {
  const { db } = context;
  const selections = db.prepare('SELECT id FROM selections ORDER BY id').pluck().all() as string[];
  const quarantine = listQuarantine(db);
  return {
    format: 'panitia.merge-report.v1',
    mergedAt: context.now().toISOString(),
    merger: { device: context.deviceId, fingerprint: fingerprintOf(signer.publicKey) },
    bundles,
    totals: {
      added: bundles.reduce((sum, b) => sum + b.added, 0),
      duplicates: bundles.reduce((sum, b) => sum + b.duplicates, 0),
      held: quarantine.filter((q) => q.resolved === null).reduce((sum, q) => sum + q.entries, 0),
    },
    quarantine,
    unscheduled: unscheduledCandidates(db),
    completeness: officeCompleteness(db),
    results: selections.map((selectionId) => ({
      selectionId,
      inputsHash: resultsHash(db, selectionId),
    })),
  };
}
