/**
 * Deciding a quarantine item (docs/merge.md), always with a reason, always journaled: accept one
 * side of a fork, accept the sheets of one device, accept an untrusted signer after checking its
 * fingerprint (which pins its key and takes its bundle in), or reject. The state is replayed.
 */
import type { QuarantineDecision, QuarantineSummary } from '../../../shared/domain/merge';
import { AppError } from '../../../shared/errors';
import { record, type WriteContext } from '../journal/record';
import { rebuildState } from '../journal/rebuild';
import { pinKey, trustOf } from '../trust/registry';
import { forkMarkers } from './fork-markers';
import { listQuarantine } from './quarantine';
import { ensureStagingTable, clearStage } from './stage';
import { appendOrFork } from './take-in';

/** A decision to record. */
export interface ResolutionInput {
  itemId: string;
  decision: QuarantineDecision;
  /** Accept: the fork branch head hash, or the device id whose sheets count; null otherwise. */
  choice: string | null;
  reason: string;
}

/** Records the decision and replays; returns the item as it now stands. */
export function resolveQuarantine(
  context: WriteContext,
  input: ResolutionInput,
): QuarantineSummary {
  const { db } = context;
  const reason = input.reason.trim();
  if (reason.length === 0) throw new AppError('quarantine.reasonMissing');
  const item = listQuarantine(db).find((q) => q.id === input.itemId);
  if (!item) throw new AppError('quarantine.notFound', { item: input.itemId });
  const choice = input.decision === 'accept' ? checkedChoice(context, item, input.choice) : null;
  db.transaction(() => {
    if (item.kind === 'untrusted' && input.decision === 'accept') acceptSigner(context, item);
    record(context, 'quarantine.resolved', {
      itemId: item.id,
      decision: input.decision,
      choice,
      reason,
    });
    rebuildState(db);
  })();
  return listQuarantine(db).find((q) => q.id === item.id) ?? { ...item, resolved: input.decision };
}

/** The options an accept may choose between, per item kind. */
export function choicesOf(context: WriteContext, item: QuarantineSummary): string[] {
  const { db } = context;
  switch (item.kind) {
    case 'fork':
      return (
        forkMarkers(db).find((m) => m.device === item.params.device && m.seq === item.params.seq)
          ?.hashes ?? []
      );
    case 'sheetConflict':
      return db
        .prepare(
          `SELECT DISTINCT device_id FROM journal
           WHERE kind IN ('sheet.submitted', 'sheet.transcribed', 'sheet.amended')
             AND json_extract(payload, '$.sheet.candidateId') = ?
             AND json_extract(payload, '$.sheet.componentKey') = ? ORDER BY device_id`,
        )
        .pluck()
        .all(item.params.candidate, item.params.component) as string[];
    case 'untrusted':
      return [String(item.params.fingerprint)];
    case 'refused':
      return [];
  }
}

function checkedChoice(
  context: WriteContext,
  item: QuarantineSummary,
  choice: string | null,
): string {
  if (item.kind === 'refused') throw new AppError('quarantine.cannotAccept');
  const options = choicesOf(context, item);
  const wanted = choice ?? (item.kind === 'untrusted' ? options[0] : undefined);
  if (wanted === undefined || !options.includes(wanted)) {
    throw new AppError('quarantine.badChoice', { choice: String(choice) });
  }
  return wanted;
}

/** Pins the held bundle's signer (unless pinned already) and takes its held entries in. */
function acceptSigner(context: WriteContext, item: QuarantineSummary): void {
  const { db } = context;
  const hash = item.id.slice('bundle:'.length);
  const bundle = db
    .prepare(
      'SELECT kind, signer_public_key AS publicKey, signer_fingerprint AS fingerprint, created_by AS createdBy FROM received_bundles WHERE hash = ?',
    )
    .get(hash) as { kind: string; publicKey: string; fingerprint: string; createdBy: string };
  if (trustOf(db, bundle.fingerprint).status === 'unknown') {
    const createdBy = JSON.parse(bundle.createdBy) as Record<string, unknown>;
    const label = [createdBy.office, createdBy.device, bundle.fingerprint].find(
      (value): value is string => typeof value === 'string' && value.trim().length > 0,
    ) as string;
    pinKey(context, {
      publicKey: bundle.publicKey,
      label: label.slice(0, 200),
      role: bundle.kind === 'setup' ? 'central' : 'office',
    });
  }
  ensureStagingTable(db);
  clearStage(db);
  db.prepare(
    `INSERT OR IGNORE INTO temp.staged_entries (stage, device_id, seq, prev_hash, ts, kind, payload, hash)
     SELECT 0, device_id, seq, prev_hash, ts, kind, payload, hash FROM held_entries
     WHERE bundle_hash = ? AND why = 'untrusted'`,
  ).run(hash);
  appendOrFork(context, 0, hash);
  clearStage(db);
}
