import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../src/shared/canonical-json';
import { GENESIS_HASH } from '../../../../src/shared/journal/entry';
import { isAppError } from '../../../../src/shared/errors';
import { entryHash } from '../../../../src/main/core/journal/hash';
import { record } from '../../../../src/main/core/journal/record';
import { verifyJournal } from '../../../../src/main/core/journal/verify';
import { createFormasi } from '../../../../src/main/core/formasi/commands';
import { createSelection } from '../../../../src/main/core/selections/commands';
import { tempStore } from '../../../helpers/temp-store';
import { tamperWithJournal } from '../../../helpers/tamper';

const fields = {
  name: 'Seleksi CPNS 2024',
  year: 2024,
  type: 'CPNS' as const,
  instansi: 'Pemkab Grobogan',
  location: 'Purwodadi',
};

async function storeWithEntries(count: number) {
  const store = await tempStore();
  const selection = createSelection(store, fields);
  for (let i = 1; i < count; i += 1) {
    createFormasi(store, selection.id, {
      code: `F-${i}`,
      jabatan: 'Guru',
      unit: 'SD 1',
      pendidikan: 'S-1',
      quota: 1,
    });
  }
  return store;
}

describe('the journal', () => {
  it('chains entries: seq from 1, prev = hash of the entry before, hash over canonical JSON', async () => {
    const store = await storeWithEntries(3);
    const rows = store.db.prepare('SELECT * FROM journal ORDER BY seq').all() as Array<{
      device_id: string;
      seq: number;
      prev_hash: string;
      ts: string;
      kind: string;
      payload: string;
      hash: string;
    }>;
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
    expect(rows[1]?.prev_hash).toBe(rows[0]?.hash);
    for (const row of rows) {
      expect(row.device_id).toBe(store.deviceId);
      const payload = JSON.parse(row.payload) as Record<string, unknown>;
      expect(canonicalJson(payload)).toBe(row.payload);
      expect(
        entryHash({
          device: row.device_id,
          seq: row.seq,
          prev: row.prev_hash,
          ts: row.ts,
          kind: row.kind,
          payload,
        }),
      ).toBe(row.hash);
    }
  });

  it('writes the entry and the state change together or not at all', async () => {
    const store = await storeWithEntries(1);
    const before = store.db.prepare('SELECT count(*) FROM journal').pluck().get();
    // The applier fails (unknown selection) after the entry was appended: both must roll back.
    expect(() =>
      record(store, 'selection.updated', { id: '00000000-0000-4000-8000-000000000000', fields }),
    ).toThrow();
    expect(store.db.prepare('SELECT count(*) FROM journal').pluck().get()).toBe(before);
  });

  it('refuses a payload that does not match its kind, and writes nothing', async () => {
    const store = await storeWithEntries(1);
    let error: unknown;
    try {
      record(store, 'selection.created', { id: 'not-a-uuid', fields } as never);
    } catch (caught) {
      error = caught;
    }
    expect(isAppError(error) && error.code).toBe('journal.invalidPayload');
    expect(store.db.prepare('SELECT count(*) FROM journal').pluck().get()).toBe(1);
  });

  describe('verifyJournal', () => {
    it('accepts an intact chain', async () => {
      const store = await storeWithEntries(4);
      const report = verifyJournal(store.db);
      expect(report.ok).toBe(true);
      expect(report.entries).toBe(4);
      expect(report.chains).toEqual([
        expect.objectContaining({ device: store.deviceId, entries: 4, headSeq: 4 }),
      ]);
    });

    it('names an edited payload', async () => {
      const store = await storeWithEntries(4);
      tamperWithJournal(store.db, () => {
        const payload = store.db
          .prepare('SELECT payload FROM journal WHERE seq = 2')
          .pluck()
          .get() as string;
        store.db
          .prepare('UPDATE journal SET payload = ? WHERE seq = 2')
          .run(payload.replace('"quota":1', '"quota":9'));
      });
      expect(verifyJournal(store.db).firstBreak).toEqual({
        device: store.deviceId,
        seq: 2,
        reason: 'hash-mismatch',
      });
    });

    it('names an entry edited and re-hashed, at the link after it', async () => {
      const store = await storeWithEntries(4);
      tamperWithJournal(store.db, () => {
        const row = store.db.prepare('SELECT * FROM journal WHERE seq = 2').get() as Record<
          string,
          string | number
        >;
        const payload = JSON.parse(
          (row.payload as string).replace('"quota":1', '"quota":9'),
        ) as Record<string, unknown>;
        const hash = entryHash({
          device: row.device_id as string,
          seq: 2,
          prev: row.prev_hash as string,
          ts: row.ts as string,
          kind: row.kind as string,
          payload,
        });
        store.db
          .prepare('UPDATE journal SET payload = ?, hash = ? WHERE seq = 2')
          .run(canonicalJson(payload), hash);
      });
      expect(verifyJournal(store.db).firstBreak).toEqual({
        device: store.deviceId,
        seq: 3,
        reason: 'previous-hash-mismatch',
      });
    });

    it('names a deleted entry', async () => {
      const store = await storeWithEntries(4);
      tamperWithJournal(store.db, () => store.db.exec('DELETE FROM journal WHERE seq = 3'));
      expect(verifyJournal(store.db).firstBreak).toEqual({
        device: store.deviceId,
        seq: 4,
        reason: 'sequence-gap',
      });
    });

    it('names reordered entries', async () => {
      const store = await storeWithEntries(4);
      tamperWithJournal(store.db, () =>
        store.db.exec(
          'UPDATE journal SET seq = 102 WHERE seq = 2; UPDATE journal SET seq = 2 WHERE seq = 3; UPDATE journal SET seq = 3 WHERE seq = 102;',
        ),
      );
      // seq 2 now holds what was entry 3, whose prev is the hash of the old entry 2.
      expect(verifyJournal(store.db).firstBreak).toEqual({
        device: store.deviceId,
        seq: 2,
        reason: 'previous-hash-mismatch',
      });
    });

    it('names a payload that is not stored canonically', async () => {
      const store = await storeWithEntries(2);
      tamperWithJournal(store.db, () =>
        store.db.exec("UPDATE journal SET payload = ' ' || payload WHERE seq = 1"),
      );
      expect(verifyJournal(store.db).firstBreak).toEqual({
        device: store.deviceId,
        seq: 1,
        reason: 'unreadable-payload',
      });
    });
  });
});
