import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readResultBundle } from '../../../../src/main/core/bundle/read-result-bundle';
import { getDeviceKey } from '../../../../src/main/core/device/device-key';
import { mergeBundles } from '../../../../src/main/core/merge/merge';
import { listQuarantine } from '../../../../src/main/core/merge/quarantine';
import { resolveQuarantine } from '../../../../src/main/core/merge/resolve';
import { resultsHash } from '../../../../src/main/core/results/results-hash';
import { listTrust } from '../../../../src/main/core/trust/registry';
import {
  centralWithSetup,
  copiedStore,
  exportResults,
  officeFrom,
  pinOffice,
  scoreFormasi,
} from '../../../helpers/merge-fixtures';

const sheetCount = (db: Database) =>
  db.prepare('SELECT count(*) FROM score_sheets').pluck().get() as number;

describe('merge', () => {
  it('starts an office from a setup package and merges its results back, once', async () => {
    const central = await centralWithSetup();
    const selectionId = central.setup.selection.id;
    const office = await officeFrom(central.setupFile, central.store, 'Kecamatan Godong');
    expect(resultsHash(office.store.db, selectionId)).toBe(
      resultsHash(central.store.db, selectionId),
    );

    scoreFormasi(office.store, central.setup, [0, 1]);
    const file = await exportResults(office.store, office.signer, 'godong');
    pinOffice(central.store, office.store, 'Kecamatan Godong');
    const first = await mergeBundles(central.store, [file], { signer: central.signer });
    expect(first.report.bundles[0]).toMatchObject({ outcome: 'merged', trust: 'trusted' });
    expect(first.report.bundles[0]!.added).toBeGreaterThan(0);
    expect(first.reportId).not.toBeNull();
    expect(sheetCount(central.store.db)).toBe(sheetCount(office.store.db));
    expect(resultsHash(central.store.db, selectionId)).toBe(
      resultsHash(office.store.db, selectionId),
    );
    expect(listQuarantine(central.store.db)).toEqual([]);
    const [godong] = first.report.completeness;
    expect(godong).toMatchObject({ office: 'Kecamatan Godong' });
    expect(godong!.delivered).toBe(godong!.expected - godong!.missing.length);

    const journal = central.store.db.prepare('SELECT count(*) FROM journal').pluck().get();
    const again = await mergeBundles(central.store, [file], { signer: central.signer });
    expect(again.reportId).toBeNull();
    expect(again.report.bundles[0]!.outcome).toBe('alreadyMerged');
    expect(central.store.db.prepare('SELECT count(*) FROM journal').pluck().get()).toBe(journal);
  });

  it('holds a bundle from an unpinned key until it is accepted, then merges it', async () => {
    const central = await centralWithSetup();
    const office = await officeFrom(central.setupFile, central.store, 'Kecamatan Toroh');
    scoreFormasi(office.store, central.setup, [2]);
    const file = await exportResults(office.store, office.signer, 'toroh');
    const held = await mergeBundles(central.store, [file], { signer: central.signer });
    expect(held.report.bundles[0]).toMatchObject({ outcome: 'held', trust: 'untrusted', added: 0 });
    expect(sheetCount(central.store.db)).toBe(0);
    const [item] = listQuarantine(central.store.db);
    expect(item).toMatchObject({ kind: 'untrusted', reason: 'merge.untrusted', resolved: null });
    resolveQuarantine(central.store, {
      itemId: item!.id,
      decision: 'accept',
      choice: null,
      reason: 'Sidik jari dicocokkan lewat telepon dengan camat Toroh',
    });
    expect(sheetCount(central.store.db)).toBe(sheetCount(office.store.db));
  });

  it('quarantines a forked chain (a copied office database) and merges everything else', async () => {
    const central = await centralWithSetup(40);
    const selectionId = central.setup.selection.id;
    const office = await officeFrom(central.setupFile, central.store, 'Kecamatan Godong');
    const other = await officeFrom(central.setupFile, central.store, 'Kecamatan Toroh');
    const copy = await copiedStore(office.store, '2024-11-12T00:00:00.000Z');
    try {
      scoreFormasi(office.store, central.setup, [0], 11);
      scoreFormasi(copy, central.setup, [1], 12);
      scoreFormasi(other.store, central.setup, [2], 13);
      const files = [
        await exportResults(office.store, office.signer, 'godong'),
        await exportResults(copy, office.signer, 'godong-salinan'),
        await exportResults(other.store, other.signer, 'toroh'),
      ];
      pinOffice(central.store, office.store, 'Kecamatan Godong');
      pinOffice(central.store, other.store, 'Kecamatan Toroh');
      const merged = await mergeBundles(central.store, files, { signer: central.signer });
      expect(merged.report.bundles.map((b) => b.outcome)).toEqual(['merged', 'merged', 'merged']);
      expect(merged.report.bundles[1]!.forks).toBe(1);
      const quarantine = listQuarantine(central.store.db);
      expect(quarantine.map((q) => q.kind)).toEqual(['fork']);
      // Toroh's sheets are in; neither branch of Godong's fork is.
      expect(sheetCount(central.store.db)).toBe(sheetCount(other.store.db));
      const before = resultsHash(central.store.db, selectionId);

      // Accepting the copy's branch brings exactly its sheets in.
      const [fork] = quarantine;
      const copyHead = copy.db
        .prepare('SELECT hash FROM journal WHERE device_id = ? AND seq = ?')
        .pluck()
        .get(copy.deviceId, fork!.params.seq) as string;
      resolveQuarantine(central.store, {
        itemId: fork!.id,
        decision: 'accept',
        choice: copyHead,
        reason: 'Laptop asli rusak; salinan yang dipakai pada hari penilaian',
      });
      expect(sheetCount(central.store.db)).toBe(sheetCount(other.store.db) + sheetCount(copy.db));
      expect(resultsHash(central.store.db, selectionId)).not.toBe(before);
    } finally {
      copy.close();
    }
  });

  it('exports merged chains with the checkpoints their own devices signed', async () => {
    const central = await centralWithSetup();
    const office = await officeFrom(central.setupFile, central.store, 'Kecamatan Godong');
    scoreFormasi(office.store, central.setup, [0]);
    pinOffice(central.store, office.store, 'Kecamatan Godong');
    await mergeBundles(central.store, [await exportResults(office.store, office.signer, 'g')], {
      signer: central.signer,
    });
    // The office pinned the central key in its own registry; that pin is not the central's.
    expect(listTrust(central.store.db).map((t) => t.label)).toEqual(['Kecamatan Godong']);
    const upward = await exportResults(central.store, central.signer, 'kabupaten');
    const read = await readResultBundle(upward);
    if (!read.valid) throw new Error(JSON.stringify(read));
    const byDevice = new Map(read.checkpoints.map((c) => [c.device, c.publicKey]));
    expect(byDevice.get(office.store.deviceId)).toBe(getDeviceKey(office.store.db)!.publicKey);
    expect(byDevice.get(central.store.deviceId)).toBe(central.signer.publicKey);
  });
});
