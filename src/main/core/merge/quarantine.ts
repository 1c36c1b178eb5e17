/**
 * The quarantine (docs/merge.md): what a merge could not take in honestly, each item with its
 * reason, the entries it holds and the decision taken on it, if any. Derived on demand from the
 * fork markers, the replay's exclusions and the bundles held from untrusted signers.
 */
import type { Database } from 'better-sqlite3';
import type { QuarantineSummary } from '../../../shared/domain/merge';
import { forkMarkers } from './fork-markers';
import { forkItemId } from './replay-plan';
import { latestResolutions } from './resolutions';

/** The quarantine item id of a bundle held whole (untrusted or revoked signer). */
export function bundleItemId(bundleHash: string): string {
  return `bundle:${bundleHash}`;
}

/** Every quarantine item, forks first, then sheets on two devices, signers, refused entries. */
export function listQuarantine(db: Database): QuarantineSummary[] {
  const resolutions = latestResolutions(db);
  const resolved = (id: string) => resolutions.get(id)?.decision ?? null;
  const items: QuarantineSummary[] = [];
  const forks = forkMarkers(db);
  const journalSide = db
    .prepare('SELECT count(*) FROM journal WHERE device_id = ? AND seq >= ?')
    .pluck();
  const heldSide = db
    .prepare(
      `SELECT count(DISTINCT hash) FROM held_entries WHERE why = 'fork' AND device_id = ? AND seq >= ?`,
    )
    .pluck();
  for (const { device, seq } of forks) {
    const id = forkItemId(device, seq);
    const entries =
      (journalSide.get(device, seq) as number) + (heldSide.get(device, seq) as number);
    items.push({
      id,
      kind: 'fork',
      reason: 'merge.fork',
      params: { device, seq },
      entries,
      resolved: resolved(id),
    });
  }
  const excluded = db
    .prepare(
      `SELECT item_id AS id, reason, min(params) AS params, count(*) AS entries FROM replay_exclusions
       WHERE reason <> 'merge.fork' GROUP BY item_id ORDER BY reason = 'merge.sheetOnTwoDevices' DESC, item_id`,
    )
    .all() as { id: string; reason: string; params: string; entries: number }[];
  for (const row of excluded) {
    items.push({
      id: row.id,
      kind: row.reason === 'merge.sheetOnTwoDevices' ? 'sheetConflict' : 'refused',
      reason: row.reason,
      params: JSON.parse(row.params) as Record<string, string | number>,
      entries: row.entries,
      resolved: resolved(row.id),
    });
  }
  const held = db
    .prepare(
      `SELECT b.hash, b.signer_fingerprint AS fingerprint, b.kind,
         (SELECT count(*) FROM held_entries h WHERE h.bundle_hash = b.hash) AS entries,
         (SELECT revoked_at IS NOT NULL FROM trusted_keys t WHERE t.fingerprint = b.signer_fingerprint) AS revoked
       FROM received_bundles b WHERE b.trust = 'untrusted' ORDER BY b.received_at, b.hash`,
    )
    .all() as {
    hash: string;
    fingerprint: string;
    kind: string;
    entries: number;
    revoked: 0 | 1 | null;
  }[];
  for (const row of held) {
    const id = bundleItemId(row.hash);
    items.push({
      id,
      kind: 'untrusted',
      reason: row.revoked ? 'merge.revoked' : 'merge.untrusted',
      params: { fingerprint: row.fingerprint, kind: row.kind },
      entries: row.entries,
      resolved: resolved(id),
    });
  }
  return items;
}
