import { describe, expect, it } from 'vitest';
import { auditEntries, auditVerify } from '../../../../src/main/core/audit/queries';
import { createDemo } from '../../../../src/main/core/demo/create-demo';
import { entryHash } from '../../../../src/main/core/journal/hash';
import { verifyJournal } from '../../../../src/main/core/journal/verify';
import type { Store } from '../../../../src/main/core/store/open-store';
import { AuditFilter } from '../../../../src/shared/audit/audit-view';
import { canonicalJson } from '../../../../src/shared/canonical-json';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { tamperWithJournal } from '../../../helpers/tamper';
import { tempStore } from '../../../helpers/temp-store';

const ALL = AuditFilter.parse({});

async function demoStore(): Promise<Store> {
  const store = await tempStore();
  await createDemo(store, { seed: 3, candidates: 40, resourcesDir: RESOURCES_DIR });
  return store;
}

function editPayload(store: Store, seq: number, rehash: boolean): void {
  tamperWithJournal(store.db, () => {
    const row = store.db.prepare('SELECT * FROM journal WHERE seq = ?').get(seq) as {
      device_id: string;
      prev_hash: string;
      ts: string;
      kind: string;
      payload: string;
    };
    const payload = { ...(JSON.parse(row.payload) as Record<string, unknown>), forged: true };
    const hash = rehash
      ? entryHash({
          device: row.device_id,
          seq,
          prev: row.prev_hash,
          ts: row.ts,
          kind: row.kind,
          payload,
        })
      : null;
    store.db
      .prepare('UPDATE journal SET payload = ?, hash = coalesce(?, hash) WHERE seq = ?')
      .run(canonicalJson(payload), hash, seq);
  });
}

/** The rows the list marks broken, as (seq, reason), in chain order. */
function brokenRows(store: Store) {
  const page = auditEntries(store.db, ALL, 0, 500);
  return page.rows
    .filter((row) => row.broken !== null)
    .map((row) => ({ seq: row.seq, reason: row.broken }))
    .sort((a, b) => a.seq - b.seq);
}

describe('verifying every link of the journal', () => {
  it('reports an intact demo journal as whole, chain by chain', async () => {
    const store = await demoStore();
    const entries = store.db.prepare('SELECT count(*) FROM journal').pluck().get() as number;
    const report = auditVerify(store.db);
    expect(report).toMatchObject({ ok: true, entries, brokenCount: 0, breaks: [] });
    expect(report.chains).toEqual([
      expect.objectContaining({ device: store.deviceId, entries, headSeq: entries }),
    ]);
    expect(brokenRows(store)).toEqual([]);
  });

  it('shows an edited entry as exactly that entry, and keeps checking after it', async () => {
    const store = await demoStore();
    editPayload(store, 5, false);
    editPayload(store, 12, false);
    const report = auditVerify(store.db);
    const device = store.deviceId;
    expect(report.ok).toBe(false);
    expect(report.brokenCount).toBe(2);
    expect(report.breaks).toEqual([
      { device, seq: 5, reason: 'hash-mismatch' },
      { device, seq: 12, reason: 'hash-mismatch' },
    ]);
    // The old check still names the first one, as `panitia journal verify` prints it.
    expect(verifyJournal(store.db).firstBreak).toEqual({ device, seq: 5, reason: 'hash-mismatch' });
    // Each row of the list checks its own link and agrees with the walk.
    expect(brokenRows(store)).toEqual([
      { seq: 5, reason: 'hash-mismatch' },
      { seq: 12, reason: 'hash-mismatch' },
    ]);
  });

  it('shows an entry edited and re-hashed as the one link after it', async () => {
    const store = await demoStore();
    editPayload(store, 4, true);
    expect(auditVerify(store.db).breaks).toEqual([
      { device: store.deviceId, seq: 5, reason: 'previous-hash-mismatch' },
    ]);
    expect(brokenRows(store)).toEqual([{ seq: 5, reason: 'previous-hash-mismatch' }]);
  });

  it('shows a deleted entry as a gap at the entry after it, and nothing else', async () => {
    const store = await demoStore();
    tamperWithJournal(store.db, () => store.db.exec('DELETE FROM journal WHERE seq = 3'));
    expect(auditVerify(store.db).breaks).toEqual([
      { device: store.deviceId, seq: 4, reason: 'sequence-gap' },
    ]);
    expect(brokenRows(store)).toEqual([{ seq: 4, reason: 'sequence-gap' }]);
  });

  it('shows two swapped entries as the links that no longer follow', async () => {
    const store = await demoStore();
    tamperWithJournal(store.db, () =>
      store.db.exec(
        'UPDATE journal SET seq = 1002 WHERE seq = 2; UPDATE journal SET seq = 2 WHERE seq = 3; UPDATE journal SET seq = 3 WHERE seq = 1002;',
      ),
    );
    const expected = [
      { seq: 2, reason: 'previous-hash-mismatch' },
      { seq: 3, reason: 'previous-hash-mismatch' },
      { seq: 4, reason: 'previous-hash-mismatch' },
    ];
    expect(auditVerify(store.db).breaks).toEqual(
      expected.map((b) => ({ device: store.deviceId, ...b })),
    );
    expect(brokenRows(store)).toEqual(expected);
  });
});
