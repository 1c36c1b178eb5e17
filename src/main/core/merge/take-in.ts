/**
 * Taking one verified, staged bundle into the store: entries the journal lacks are appended,
 * entries it holds are counted as duplicates, a chain that differs from the journal's at some
 * sequence is a fork (its differing side held, a fork marker journaled), and everything from a
 * signer not trusted is held whole. Runs inside the merge's transaction.
 */
import type { Database } from 'better-sqlite3';
import type { BundleTrust } from '../../../shared/domain/merge';
import type { ValidResultBundle } from '../bundle/read-result-bundle';
import { record, type WriteContext } from '../journal/record';
import { forkMarkers } from './fork-markers';

/** What taking a bundle in did. */
export interface TakenIn {
  added: number;
  duplicates: number;
  held: number;
  forks: number;
}

/** Takes staged bundle `stage` into the store with the signer's standing `trust`. */
export function takeIn(
  context: WriteContext,
  stage: number,
  bundleHash: string,
  fileName: string,
  reading: ValidResultBundle,
  trust: BundleTrust,
): TakenIn {
  const { db } = context;
  const duplicates = db
    .prepare(
      `SELECT count(*) FROM temp.staged_entries s JOIN journal j
         ON j.device_id = s.device_id AND j.seq = s.seq AND j.hash = s.hash WHERE s.stage = ?`,
    )
    .pluck()
    .get(stage) as number;
  let result: TakenIn;
  if (trust === 'own' || trust === 'trusted') {
    result = { ...appendOrFork(context, stage, bundleHash), duplicates };
  } else {
    const held = holdAll(db, stage, bundleHash);
    result = { added: 0, duplicates, held, forks: 0 };
  }
  keepCheckpoints(db, reading, bundleHash);
  db.prepare(
    `INSERT OR IGNORE INTO received_bundles (hash, kind, signer_public_key, signer_fingerprint,
       created_by, file_name, entries, received_at, trust)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    bundleHash,
    reading.bundle.kind,
    reading.bundle.publicKey,
    reading.bundle.fingerprint,
    JSON.stringify(reading.bundle.createdBy),
    fileName,
    reading.entries,
    context.now().toISOString(),
    trust === 'revoked' ? 'untrusted' : trust,
  );
  return result;
}

/** Appends what is new, holds the differing side of each fork and journals its marker. */
export function appendOrFork(
  context: WriteContext,
  stage: number,
  bundleHash: string,
): Omit<TakenIn, 'duplicates'> {
  const { db } = context;
  const forks = db
    .prepare(
      `SELECT s.device_id AS device, min(s.seq) AS seq FROM temp.staged_entries s
       JOIN journal j ON j.device_id = s.device_id AND j.seq = s.seq
       WHERE s.stage = ? AND j.hash <> s.hash GROUP BY s.device_id ORDER BY s.device_id`,
    )
    .all(stage) as { device: string; seq: number }[];
  let held = 0;
  const marked = new Set(forkMarkers(db).map((m) => `${m.device} ${m.seq}`));
  for (const { device, seq } of forks) {
    held += db
      .prepare(
        `INSERT OR IGNORE INTO held_entries
           (bundle_hash, hash, device_id, seq, prev_hash, ts, kind, payload, why)
         SELECT ?, hash, device_id, seq, prev_hash, ts, kind, payload, 'fork'
         FROM temp.staged_entries WHERE stage = ? AND device_id = ? AND seq >= ?`,
      )
      .run(bundleHash, stage, device, seq).changes;
    if (marked.has(`${device} ${seq}`)) continue;
    const ours = db
      .prepare('SELECT hash FROM journal WHERE device_id = ? AND seq = ?')
      .pluck()
      .get(device, seq) as string;
    const theirs = db
      .prepare('SELECT hash FROM temp.staged_entries WHERE stage = ? AND device_id = ? AND seq = ?')
      .pluck()
      .get(stage, device, seq) as string;
    const hashes = [ours, theirs].sort() as [string, string];
    record(context, 'merge.forkFound', { device, seq, hashes });
  }
  db.exec('CREATE TEMP TABLE IF NOT EXISTS forked (device_id TEXT PRIMARY KEY, seq INTEGER)');
  db.prepare('DELETE FROM temp.forked').run();
  const mark = db.prepare('INSERT INTO temp.forked VALUES (?, ?)');
  for (const { device, seq } of forks) mark.run(device, seq);
  const added = db
    .prepare(
      `INSERT INTO journal (device_id, seq, prev_hash, ts, kind, payload, hash)
       SELECT s.device_id, s.seq, s.prev_hash, s.ts, s.kind, s.payload, s.hash
       FROM temp.staged_entries s
       WHERE s.stage = ?
         AND NOT EXISTS (SELECT 1 FROM journal j WHERE j.device_id = s.device_id AND j.seq = s.seq)
         AND NOT EXISTS (SELECT 1 FROM temp.forked f WHERE f.device_id = s.device_id AND s.seq >= f.seq)
       ORDER BY s.device_id, s.seq`,
    )
    .run(stage).changes;
  return { added, held, forks: forks.length };
}

function holdAll(db: Database, stage: number, bundleHash: string): number {
  return db
    .prepare(
      `INSERT OR IGNORE INTO held_entries
         (bundle_hash, hash, device_id, seq, prev_hash, ts, kind, payload, why)
       SELECT ?, s.hash, s.device_id, s.seq, s.prev_hash, s.ts, s.kind, s.payload, 'untrusted'
       FROM temp.staged_entries s
       WHERE s.stage = ? AND NOT EXISTS (SELECT 1 FROM journal j WHERE j.hash = s.hash)`,
    )
    .run(bundleHash, stage).changes;
}

function keepCheckpoints(db: Database, reading: ValidResultBundle, bundleHash: string): void {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO received_checkpoints
       (device_id, last_seq, head_hash, public_key, signature, bundle_hash)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const c of reading.checkpoints) {
    insert.run(c.device, c.lastSeq, c.headHash, c.publicKey, c.signature, bundleHash);
  }
}
