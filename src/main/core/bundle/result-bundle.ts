/**
 * The chain records both bundle kinds carry (setup: central → office; results: office → central):
 * every journal chain entry by entry, exactly as stored, then one signed checkpoint per chain.
 * A chain received from another device keeps the checkpoint its own device signed, so every level
 * above can check it against that device. Records: docs/bundle-format.md.
 */
import type { Database } from 'better-sqlite3';
import { canonicalJson } from '../../../shared/canonical-json';
import { rowToEntry, type JournalRow } from '../journal/rows';
import { ownDeviceId } from '../store/own-device';
import type { Store } from '../store/open-store';
import type { BundleKind } from './format';
import { writeBundle, type BundleSummary } from './write';

/** One journal entry as a record: every field its hash is computed from, and the hash. */
export interface EntryRecord {
  type: 'entry';
  device: string;
  seq: number;
  prev: string;
  ts: string;
  kind: string;
  payload: Record<string, unknown>;
  hash: string;
}

/** What a checkpoint states about one chain; its canonical JSON is what the device key signs. */
export interface CheckpointStatement {
  device: string;
  lastSeq: number;
  headHash: string;
}

/**
 * The record closing a chain: the statement, the signer's raw Ed25519 public key (base64: the
 * chain's own device key, or the exporter's when no checkpoint of the chain's head was received)
 * and the signature (base64).
 */
export interface CheckpointRecord extends CheckpointStatement {
  type: 'checkpoint';
  publicKey: string;
  signature: string;
}

/** A key that signs for this device: its public half and a signing function (base64 out). */
export interface ChainSigner {
  publicKey: string;
  sign(bytes: Uint8Array): string;
}

/** The bytes a checkpoint's signature covers: canonical JSON of device, headHash, lastSeq. */
export function checkpointBytes(statement: CheckpointStatement): Buffer {
  const { device, lastSeq, headHash } = statement;
  return Buffer.from(canonicalJson({ device, headHash, lastSeq }), 'utf8');
}

/**
 * The records of a bundle: every entry in (device, seq) order, streamed row by row, then a
 * checkpoint per chain. Signing and lookups happen only after the last row, when the cursor is closed.
 */
export async function* chainRecords(
  db: Database,
  signer: ChainSigner,
): AsyncGenerator<EntryRecord | CheckpointRecord> {
  const heads: CheckpointStatement[] = [];
  const rows = db
    .prepare('SELECT * FROM journal ORDER BY device_id, seq')
    .iterate() as IterableIterator<JournalRow>;
  for (const row of rows) {
    const head = heads[heads.length - 1];
    if (head?.device === row.device_id) {
      head.lastSeq = row.seq;
      head.headHash = row.hash;
    } else heads.push({ device: row.device_id, lastSeq: row.seq, headHash: row.hash });
    yield { type: 'entry', ...rowToEntry(row) };
  }
  const own = ownDeviceId(db);
  const received = db.prepare(
    `SELECT public_key AS publicKey, signature FROM received_checkpoints
     WHERE device_id = ? AND head_hash = ? AND last_seq = ?`,
  );
  for (const head of heads) {
    const kept =
      head.device === own
        ? undefined
        : (received.get(head.device, head.headHash, head.lastSeq) as
            { publicKey: string; signature: string } | undefined);
    yield {
      type: 'checkpoint',
      ...head,
      ...(kept ?? { publicKey: signer.publicKey, signature: signer.sign(checkpointBytes(head)) }),
    };
  }
}

/**
 * Writes this installation's journal as a bundle of `kind` signed by `signer` (the device key).
 * `createdBy` goes into the header (a setup package names its office there).
 */
export async function exportChainBundle(
  store: Pick<Store, 'db' | 'deviceId'>,
  signer: ChainSigner,
  file: string,
  kind: BundleKind,
  createdBy: Record<string, string> = {},
): Promise<BundleSummary> {
  return writeBundle(
    file,
    {
      kind,
      publicKey: signer.publicKey,
      createdBy: { app: 'Panitia', ...createdBy, device: store.deviceId },
    },
    chainRecords(store.db, signer),
    (bytes) => Buffer.from(signer.sign(bytes), 'base64'),
  );
}
