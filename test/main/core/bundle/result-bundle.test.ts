import { unlockDeviceSigner } from '../../../../src/main/core/device/device-signer';
import { sign, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResultBundle } from '../../../../src/main/core/bundle/read-result-bundle';
import {
  exportChainBundle,
  chainRecords,
  checkpointBytes,
  type CheckpointRecord,
  type EntryRecord,
} from '../../../../src/main/core/bundle/result-bundle';
import { writeBundle } from '../../../../src/main/core/bundle/write';
import { createDeviceKey } from '../../../../src/main/core/device/device-key';
import { appendEntry } from '../../../../src/main/core/journal/append';
import { entryHash } from '../../../../src/main/core/journal/hash';
import type { Store } from '../../../../src/main/core/store/open-store';
import { errorMessage } from '../../../../src/shared/i18n/errors';
import { testKey } from '../../../helpers/bundle-fixtures';
import { tempDir, tempStore } from '../../../helpers/temp-store';
import { FAST_KDF } from '../assessors/fixtures';

const PASSPHRASE = 'sate kambing pak camat 2024';
// A second device's chain, as an office holding a merged laptop's journal would have.
const OTHER = '00000000-0000-4000-8000-000000000001';

async function officeStore(): Promise<Store> {
  const store = await tempStore();
  createDeviceKey(store, PASSPHRASE, FAST_KDF);
  for (let n = 1; n <= 3; n += 1) {
    appendEntry(store.db, store.deviceId, store.now(), 'test.note', { n, text: `catatan ${n}` });
    appendEntry(store.db, OTHER, store.now(), 'test.note', { n });
  }
  return store;
}

type Rec = EntryRecord | CheckpointRecord;

/** A two-entry chain of `device` whose first entry declares `publicKey` as its device key. */
function chainOf(device: string, publicKey: string): EntryRecord[] {
  const first = { device, seq: 1, prev: '0'.repeat(64), ts: '2024-11-05T01:00:00.000Z' };
  const one = { ...first, kind: 'device.keyCreated', payload: { publicKey } };
  const oneHash = entryHash(one);
  const two = { device, seq: 2, prev: oneHash, ts: first.ts, kind: 'test.note', payload: { n: 1 } };
  return [
    { type: 'entry', ...one, hash: oneHash },
    { type: 'entry', ...two, hash: entryHash(two) },
  ];
}

/** Checkpoints for the chains of `entries`: the office's by its device key, OTHER's by `own`. */
function checkpointsOf(
  entries: Rec[],
  store: Store,
  own: { privateKey: KeyObject; publicKey: string },
): CheckpointRecord[] {
  const heads = new Map<string, EntryRecord>();
  for (const r of entries) if (r.type === 'entry') heads.set(r.device, r);
  const office = unlockDeviceSigner(store, { passphrase: PASSPHRASE });
  return [...heads.values()].map((head) => {
    const statement = { device: head.device, lastSeq: head.seq, headHash: head.hash };
    const bytes = checkpointBytes(statement);
    return head.device === OTHER
      ? {
          type: 'checkpoint',
          ...statement,
          publicKey: own.publicKey,
          signature: sign(null, bytes, own.privateKey).toString('base64'),
        }
      : {
          type: 'checkpoint',
          ...statement,
          publicKey: office.publicKey,
          signature: office.sign(bytes),
        };
  });
}

async function recordsOf(store: Store): Promise<Rec[]> {
  const records: Rec[] = [];
  for await (const record of chainRecords(
    store.db,
    unlockDeviceSigner(store, { passphrase: PASSPHRASE }),
  )) {
    records.push(record);
  }
  return records;
}

/** Re-signs `records` as a container with the device key: the container itself verifies. */
async function resigned(store: Store, records: Rec[]): Promise<string> {
  const file = join(tempDir(), 'tampered.panitia');
  const publicKey = store.db.prepare('SELECT public_key FROM device_keys').pluck().get() as string;
  await writeBundle(file, { kind: 'results', publicKey, createdBy: {} }, records, (bytes) =>
    Buffer.from(unlockDeviceSigner(store, { passphrase: PASSPHRASE }).sign(bytes), 'base64'),
  );
  return file;
}

describe('result bundle', () => {
  it('round trips: every chain, in (device, seq) order, each with a good checkpoint', async () => {
    const store = await officeStore();
    const file = join(tempDir(), 'hasil.panitia');
    const signer = unlockDeviceSigner(store, { passphrase: PASSPHRASE });
    const summary = await exportChainBundle(store, signer, file, 'results');
    const journal = store.db.prepare('SELECT count(*) FROM journal').pluck().get() as number;
    expect(summary.count).toBe(journal + 2);
    const read = await readResultBundle(file);
    if (!read.valid) throw new Error(JSON.stringify(read));
    expect(read.bundle.kind).toBe('results');
    expect(read.entries).toBe(journal);
    const heads = store.db
      .prepare(
        `SELECT device_id AS device, max(seq) AS lastSeq,
           (SELECT hash FROM journal k WHERE k.device_id = j.device_id ORDER BY seq DESC LIMIT 1) AS headHash
         FROM journal j GROUP BY device_id ORDER BY device_id`,
      )
      .all();
    expect(read.chains).toEqual(heads);
    const records = await recordsOf(store);
    const order = records.filter((r) => r.type === 'entry').map((r) => `${r.device}/${r.seq}`);
    expect(order).toEqual([...order].sort());
  });

  it('refuses to sign without a key or with a wrong passphrase', async () => {
    const store = await tempStore();
    expect(() => unlockDeviceSigner(store, { passphrase: PASSPHRASE })).toThrow(
      expect.objectContaining({ code: 'deviceKey.missing' }),
    );
    const keyed = await officeStore();
    expect(() => unlockDeviceSigner(keyed, { passphrase: 'bukan frasa sandinya' })).toThrow(
      expect.objectContaining({ code: 'deviceKey.wrongPassphrase' }),
    );
  });

  it('names a removed, reordered or altered entry, though the container is re-signed', async () => {
    const store = await officeStore();
    const records = await recordsOf(store);
    // Line numbers: the header is line 1, record i is line i + 2.
    const removed = records.filter((_, i) => i !== 1);
    expect(await readResultBundle(await resigned(store, removed))).toMatchObject({
      valid: false,
      code: 'resultBundle.gap',
      line: 3,
    });

    const reordered = [...records];
    [reordered[1], reordered[2]] = [reordered[2]!, reordered[1]!];
    expect(await readResultBundle(await resigned(store, reordered))).toMatchObject({
      valid: false,
      code: 'resultBundle.gap',
      line: 3,
    });

    const altered = records.map((r, i) =>
      i === 2 ? { ...r, payload: { ...(r as EntryRecord).payload, n: 99 } } : r,
    );
    const alteredRead = await readResultBundle(await resigned(store, altered));
    expect(alteredRead).toMatchObject({ valid: false, code: 'resultBundle.badEntryHash', line: 4 });
    if (alteredRead.valid) throw new Error('valid');
    expect(errorMessage(alteredRead.code, alteredRead.params, 'en')).toContain('line 4');
    expect(errorMessage(alteredRead.code, alteredRead.params, 'id')).toContain('baris 4');

    // The last entry of a chain dropped: the chain is continuous, its checkpoint is not.
    const lastEntry = records.findLastIndex((r) => r.type === 'entry');
    const shortened = records.filter((_, i) => i !== lastEntry);
    expect(await readResultBundle(await resigned(store, shortened))).toMatchObject({
      valid: false,
      code: 'resultBundle.checkpointMismatch',
    });

    const forged = records.map((r) =>
      r.type === 'checkpoint'
        ? { ...r, signature: (records.at(-1) as CheckpointRecord).signature }
        : r,
    ) as Rec[];
    expect(await readResultBundle(await resigned(store, forged))).toMatchObject({
      valid: false,
      code: 'resultBundle.badCheckpoint',
      line: records.length,
    });
  });

  it('accepts a checkpoint only from the bundle signer or the chain’s own declared device key', async () => {
    const store = await officeStore();
    const records = await recordsOf(store);
    // A stranger's key signs OTHER's checkpoint: the signature is good, the signer is not allowed.
    const stranger = testKey(9);
    const strangerSigned = records.map((r) => {
      if (r.type !== 'checkpoint' || r.device !== OTHER) return r;
      const signature = sign(null, checkpointBytes(r), stranger.privateKey).toString('base64');
      return { ...r, publicKey: stranger.publicKey, signature };
    });
    expect(await readResultBundle(await resigned(store, strangerSigned))).toMatchObject({
      valid: false,
      code: 'resultBundle.badCheckpoint',
    });
    // OTHER's chain declaring the stranger as its device key: then its checkpoint may be its own.
    // OTHER (all zeros) sorts first, as chains go in device order.
    const declared: Rec[] = [
      ...chainOf(OTHER, stranger.publicKey),
      ...records.filter((r) => r.type === 'entry' && r.device !== OTHER),
    ];
    const read = await readResultBundle(
      await resigned(store, [...declared, ...checkpointsOf(declared, store, stranger)]),
    );
    expect(read).toMatchObject({ valid: true });
  });
});
