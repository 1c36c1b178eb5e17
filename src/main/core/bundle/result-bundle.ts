/**
 * The result bundle (office → central): the office's journal chains entry by entry, exactly as
 * stored, then one checkpoint per chain signed by the device key. Records: docs/bundle-format.md.
 */
import type { Database } from 'better-sqlite3';
import { canonicalJson } from '../../../shared/canonical-json';
import { AppError } from '../../../shared/errors';
import { getDeviceKey, signWithDeviceKey } from '../device/device-key';
import type { JournalRow } from '../journal/rows';
import type { Store } from '../store/open-store';
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

/** The record closing a chain: the statement and its Ed25519 signature (base64). */
export interface CheckpointRecord extends CheckpointStatement {
  type: 'checkpoint';
  signature: string;
}

/** The bytes a checkpoint's signature covers: canonical JSON of device, headHash, lastSeq. */
export function checkpointBytes(statement: CheckpointStatement): Buffer {
  const { device, lastSeq, headHash } = statement;
  return Buffer.from(canonicalJson({ device, headHash, lastSeq }), 'utf8');
}

/**
 * The records of a result bundle: every entry in (device, seq) order, streamed row by row, then a
 * signed checkpoint per chain. `sign` is called only after the last row, when the cursor is closed.
 */
export async function* resultRecords(
  db: Database,
  sign: (bytes: Uint8Array) => string,
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
    yield {
      type: 'entry',
      device: row.device_id,
      seq: row.seq,
      prev: row.prev_hash,
      ts: row.ts,
      kind: row.kind,
      payload: JSON.parse(row.payload) as Record<string, unknown>,
      hash: row.hash,
    };
  }
  for (const head of heads) {
    yield { type: 'checkpoint', ...head, signature: sign(checkpointBytes(head)) };
  }
}

/**
 * Writes this office's journal as a `results` bundle signed by its device key. Throws
 * `deviceKey.missing` without a key and `deviceKey.wrongPassphrase` for a wrong passphrase,
 * before anything is written.
 */
export async function exportResultBundle(
  store: Pick<Store, 'db' | 'deviceId'>,
  passphrase: string,
  file: string,
  createdBy: Record<string, string> = { app: 'Panitia' },
): Promise<BundleSummary> {
  const key = getDeviceKey(store.db, store.deviceId);
  if (!key) throw new AppError('deviceKey.missing');
  // Fail on a wrong passphrase now, not after streaming the whole journal.
  signWithDeviceKey(store, passphrase, new Uint8Array(0));
  const sign = (bytes: Uint8Array) => signWithDeviceKey(store, passphrase, bytes);
  return writeBundle(
    file,
    {
      kind: 'results',
      publicKey: key.publicKey,
      createdBy: { ...createdBy, device: store.deviceId },
    },
    resultRecords(store.db, sign),
    (bytes) => Buffer.from(sign(bytes), 'base64'),
  );
}
