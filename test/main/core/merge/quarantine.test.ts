import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createFormasi } from '../../../../src/main/core/formasi/commands';
import { mergeBundles } from '../../../../src/main/core/merge/merge';
import { listQuarantine } from '../../../../src/main/core/merge/quarantine';
import { choicesOf, resolveQuarantine } from '../../../../src/main/core/merge/resolve';
import type { ErrorCode } from '../../../../src/shared/errors';
import { errorMessage } from '../../../../src/shared/i18n/errors';
import {
  centralWithSetup,
  exportResults,
  officeFrom,
  pinOffice,
  scoreFormasi,
  sheetConflictMerge,
} from '../../../helpers/merge-fixtures';

const count = (db: Database, sql: string) => db.prepare(sql).pluck().get() as number;

describe('quarantine', () => {
  it('holds the sheets of a candidate scored on two devices until one device is chosen', async () => {
    const {
      central,
      godong,
      toroh,
      merged: { report },
    } = await sheetConflictMerge();
    const conflicts = listQuarantine(central.store.db).filter((q) => q.kind === 'sheetConflict');
    // Both offices locked formasi 1's plan when their day started: the same fact twice, not a
    // conflict; scheduling one candidate in two offices is (session.alreadyScheduled).
    const refusals = listQuarantine(central.store.db).filter((q) => q.kind === 'refused');
    expect(refusals.map((q) => q.reason)).not.toContain('plan.alreadyLocked');
    expect(refusals.map((q) => q.reason)).toContain('session.alreadyScheduled');
    expect(conflicts.length).toBeGreaterThan(0);
    expect(report.quarantine.filter((q) => q.kind === 'sheetConflict')).toEqual(conflicts);
    const [first] = conflicts;
    expect(errorMessage(first!.reason as ErrorCode, first!.params, 'id')).toContain(
      '2 perangkat berbeda',
    );
    // Formasi 0 was scored only in Godong: all of it counts.
    const onlyGodong = count(
      godong.store.db,
      `SELECT count(*) FROM score_sheets WHERE formasi_id = '${central.setup.components[0]!.formasiId}'`,
    );
    const merged = count(central.store.db, 'SELECT count(*) FROM score_sheets');
    expect(merged).toBe(onlyGodong);

    const devices = choicesOf(central.store, first!);
    expect(devices).toEqual([godong.store.deviceId, toroh.store.deviceId].sort());
    expect(() =>
      resolveQuarantine(central.store, {
        itemId: first!.id,
        decision: 'accept',
        choice: 'bukan-perangkat',
        reason: 'coba',
      }),
    ).toThrow(expect.objectContaining({ code: 'quarantine.badChoice' }));
    expect(() =>
      resolveQuarantine(central.store, {
        itemId: first!.id,
        decision: 'accept',
        choice: toroh.store.deviceId,
        reason: '  ',
      }),
    ).toThrow(expect.objectContaining({ code: 'quarantine.reasonMissing' }));
    const resolved = resolveQuarantine(central.store, {
      itemId: first!.id,
      decision: 'accept',
      choice: toroh.store.deviceId,
      reason: 'Toroh menilai sesuai jadwal resmi; Godong keliru menjadwalkan',
    });
    expect(resolved.resolved).toBe('accept');
    expect(count(central.store.db, 'SELECT count(*) FROM score_sheets')).toBeGreaterThan(merged);
    const decisions = count(
      central.store.db,
      "SELECT count(*) FROM journal WHERE kind = 'quarantine.resolved'",
    );
    expect(decisions).toBe(1);
  });

  it('holds what an office added that was never in the setup (a formasi)', async () => {
    const central = await centralWithSetup();
    const godong = await officeFrom(central.setupFile, central.store, 'Kecamatan Godong');
    const extra = createFormasi(godong.store, central.setup.selection.id, {
      code: 'TAMBAHAN-01',
      jabatan: 'Penata Kelola Tambahan',
      unit: 'Kecamatan Godong',
      pendidikan: 'S-1',
      quota: 1,
    });
    scoreFormasi(godong.store, central.setup, [0], 33);
    pinOffice(central.store, godong.store, 'Kecamatan Godong');
    const file = await exportResults(godong.store, godong.signer, 'godong');
    await mergeBundles(central.store, [file], { signer: central.signer });
    const refused = listQuarantine(central.store.db).filter((q) => q.kind === 'refused');
    expect(refused).toEqual([
      expect.objectContaining({ reason: 'merge.notInSetup', params: { kind: 'formasi.created' } }),
    ]);
    expect(count(central.store.db, `SELECT count(*) FROM formasi WHERE id = '${extra.id}'`)).toBe(
      0,
    );
    // The office's sheets of the setup's formasi are in.
    expect(count(central.store.db, 'SELECT count(*) FROM score_sheets')).toBe(
      count(godong.store.db, 'SELECT count(*) FROM score_sheets'),
    );
  });
});
