import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResultBundle } from '../../../../src/main/core/bundle/read-result-bundle';
import {
  exportResultBundle,
  resultRecords,
  type CheckpointRecord,
  type EntryRecord,
} from '../../../../src/main/core/bundle/result-bundle';
import { writeBundle } from '../../../../src/main/core/bundle/write';
import { createDeviceKey, signWithDeviceKey } from '../../../../src/main/core/device/device-key';
import { appendEntry } from '../../../../src/main/core/journal/append';
import type { Store } from '../../../../src/main/core/store/open-store';
import { errorMessage } from '../../../../src/shared/i18n/errors';
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

async function recordsOf(store: Store): Promise<Rec[]> {
  const records: Rec[] = [];
  const sign = (bytes: Uint8Array) => signWithDeviceKey(store, PASSPHRASE, bytes);
  for await (const record of resultRecords(store.db, sign)) records.push(record);
  return records;
}

/** Re-signs `records` as a container with the device key: the container itself verifies. */
async function resigned(store: Store, records: Rec[]): Promise<string> {
  const file = join(tempDir(), 'tampered.panitia');
  const publicKey = store.db.prepare('SELECT public_key FROM device_keys').pluck().get() as string;
  await writeBundle(file, { kind: 'results', publicKey, createdBy: {} }, records, (bytes) =>
    Buffer.from(signWithDeviceKey(store, PASSPHRASE, bytes), 'base64'),
  );
  return file;
}

describe('result bundle', () => {
  it('round trips: every chain, in (device, seq) order, each with a good checkpoint', async () => {
    const store = await officeStore();
    const file = join(tempDir(), 'hasil.panitia');
    const summary = await exportResultBundle(store, PASSPHRASE, file);
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

  it('refuses without a key or with a wrong passphrase, writing nothing', async () => {
    const store = await tempStore();
    const file = join(tempDir(), 'hasil.panitia');
    await expect(exportResultBundle(store, PASSPHRASE, file)).rejects.toMatchObject({
      code: 'deviceKey.missing',
    });
    const keyed = await officeStore();
    await expect(exportResultBundle(keyed, 'bukan frasa sandinya', file)).rejects.toMatchObject({
      code: 'deviceKey.wrongPassphrase',
    });
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
});
