import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src/main/core/contract/dispatch';
import { getDeviceKey } from '../../../../src/main/core/device/device-key';
import { mergeBundles } from '../../../../src/main/core/merge/merge';
import type { Output } from '../../../../src/shared/contract/contract';
import { asyncAppErrorOf } from '../../../helpers/app-error';
import { handlersOver } from '../../../helpers/handlers';
import {
  centralWithSetup,
  forkedMerge,
  exportResults,
  officeFrom,
  scoreFormasi,
  sheetConflictMerge,
} from '../../../helpers/merge-fixtures';

type Detail = Output<'quarantine:detail'>;

describe('quarantine and merge report channels through dispatch', () => {
  it('shows a sheet scored on two devices side by side, resolves it with a reason, and lists the signed report', async () => {
    const { central, godong, toroh, merged } = await sheetConflictMerge();
    const handlers = handlersOver(central.store);

    const list = (await dispatch(handlers, 'quarantine:list', {})) as Output<'quarantine:list'>;
    const conflict = list.find((q) => q.kind === 'sheetConflict')!;
    const candidate = central.store.db
      .prepare('SELECT nomor_peserta AS nomorPeserta, nama FROM candidates WHERE id = ?')
      .get(conflict.params.candidate);
    expect(conflict.candidate).toEqual(candidate);
    expect(conflict.component).toBe(conflict.params.component);

    const detail = (await dispatch(handlers, 'quarantine:detail', {
      itemId: conflict.id,
    })) as Detail;
    expect(detail.sides.map((s) => s.choice)).toEqual(
      [godong.store.deviceId, toroh.store.deviceId].sort(),
    );
    const byDevice = new Map(detail.sides.map((s) => [s.device, s]));
    expect(byDevice.get(godong.store.deviceId)!.office).toBe('Kecamatan Godong');
    expect(byDevice.get(toroh.store.deviceId)!.office).toBe('Kecamatan Toroh');
    for (const [device, side] of byDevice) {
      const office = device === godong.store.deviceId ? godong.store : toroh.store;
      const totals = office.db
        .prepare(
          'SELECT total FROM score_sheets WHERE candidate_id = ? AND component_key = ? ORDER BY submitted_at',
        )
        .pluck()
        .all(conflict.params.candidate, conflict.params.component) as number[];
      const sheets = side.entries.map((e) => e.sheet!);
      expect(sheets.map((s) => s.total).sort()).toEqual([...totals].sort());
      expect(sheets.every((s) => s.signatureValid === true)).toBe(true);
      expect(sheets.every((s) => s.nama === (candidate as { nama: string }).nama)).toBe(true);
      expect(sheets.every((s) => s.assessorNama.length > 0 && s.assessorNama !== s.sheetId)).toBe(
        true,
      );
    }

    const missing = await asyncAppErrorOf(() =>
      dispatch(handlers, 'quarantine:resolve', {
        itemId: conflict.id,
        decision: 'accept',
        choice: toroh.store.deviceId,
        reason: ' ',
      }),
    );
    expect(missing.code).toBe('quarantine.reasonMissing');
    const resolved = (await dispatch(handlers, 'quarantine:resolve', {
      itemId: conflict.id,
      decision: 'accept',
      choice: toroh.store.deviceId,
      reason: 'Toroh menilai sesuai jadwal resmi',
    })) as Output<'quarantine:resolve'>;
    expect(resolved.resolved).toBe('accept');
    const gone = await asyncAppErrorOf(() =>
      dispatch(handlers, 'quarantine:detail', { itemId: 'fork:tidak-ada:1' }),
    );
    expect(gone.code).toBe('quarantine.notFound');

    const reports = (await dispatch(handlers, 'merge:reports', {})) as Output<'merge:reports'>;
    // The offices' own reports (of starting from the setup) came in with their chains.
    expect(reports).toHaveLength(3);
    const times = reports.map((r) => r.recordedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(reports.find((r) => r.id === merged.reportId)).toMatchObject({
      mergerFingerprint: getDeviceKey(central.store.db)!.fingerprint,
      bundles: 2,
      added: merged.report.totals.added,
      quarantine: merged.report.quarantine.length,
    });
    const view = (await dispatch(handlers, 'merge:report', {
      id: merged.reportId!,
    })) as Output<'merge:report'>;
    expect(view.signatureValid).toBe(true);
    expect(view.report).toEqual(merged.report);

    // A report altered after signing no longer verifies.
    central.store.db
      .prepare(
        `UPDATE merge_reports SET report = json_set(report, '$.totals.added', 0) WHERE id = ?`,
      )
      .run(merged.reportId);
    const altered = (await dispatch(handlers, 'merge:report', {
      id: merged.reportId!,
    })) as Output<'merge:report'>;
    expect(altered.signatureValid).toBe(false);
    const unknown = await asyncAppErrorOf(() =>
      dispatch(handlers, 'merge:report', { id: 'bukan-laporan' }),
    );
    expect(unknown.code).toBe('mergeReport.notFound');
  });

  it('shows both branches of a forked chain, the held one with its own assessors', async () => {
    const { central, office, copy } = await forkedMerge();
    try {
      const handlers = handlersOver(central.store);
      const [fork] = (await dispatch(handlers, 'quarantine:list', {})) as Output<'quarantine:list'>;
      expect(fork).toMatchObject({ kind: 'fork', office: 'Kecamatan Godong' });
      const detail = (await dispatch(handlers, 'quarantine:detail', {
        itemId: fork!.id,
      })) as Detail;
      expect(detail.sides.map((s) => s.source).sort()).toEqual(['held', 'journal']);
      const seq = Number(fork!.params.seq);
      for (const store of [office.store, copy]) {
        const head = store.db
          .prepare('SELECT hash FROM journal WHERE device_id = ? AND seq = ?')
          .pluck()
          .get(store.deviceId, seq) as string;
        const side = detail.sides.find((s) => s.choice === head)!;
        const tail = store.db
          .prepare('SELECT count(*) FROM journal WHERE device_id = ? AND seq >= ?')
          .pluck()
          .get(store.deviceId, seq) as number;
        const sheets = store.db.prepare('SELECT count(*) FROM score_sheets').pluck().get();
        expect(side.count).toBe(tail);
        expect(side.office).toBe('Kecamatan Godong');
        const shown = side.entries.filter((e) => e.sheet !== null);
        expect(shown).toHaveLength(sheets as number);
        expect(shown.every((e) => e.sheet!.signatureValid === true)).toBe(true);
        expect(side.firstTs! <= side.lastTs!).toBe(true);
      }
      expect(detail.sides.reduce((sum, s) => sum + s.count, 0)).toBe(fork!.entries);
    } finally {
      copy.db.close();
    }
  });

  it('shows an untrusted signer with its fingerprint, bundle file and entry counts', async () => {
    const central = await centralWithSetup();
    const office = await officeFrom(central.setupFile, central.store, 'Kecamatan Toroh');
    scoreFormasi(office.store, central.setup, [2]);
    const file = await exportResults(office.store, office.signer, 'toroh');
    await mergeBundles(central.store, [file], { signer: central.signer });
    const handlers = handlersOver(central.store);
    const [item] = (await dispatch(handlers, 'quarantine:list', {})) as Output<'quarantine:list'>;
    expect(item).toMatchObject({ kind: 'untrusted', office: 'Kecamatan Toroh' });
    const { sides } = (await dispatch(handlers, 'quarantine:detail', {
      itemId: item!.id,
    })) as Detail;
    const fingerprint = getDeviceKey(office.store.db)!.fingerprint;
    expect(sides).toHaveLength(1);
    expect(sides[0]).toMatchObject({ choice: fingerprint, fingerprint, source: 'held' });
    expect(sides[0]!.bundle!.fileName).toBe('toroh.panitia');
    expect(sides[0]!.bundle!.hash).toBe(item!.id.slice('bundle:'.length));
    const submitted = office.store.db
      .prepare("SELECT count(*) FROM journal WHERE kind = 'sheet.submitted'")
      .pluck()
      .get();
    expect(sides[0]!.kinds).toContainEqual({ kind: 'sheet.submitted', count: submitted });
    expect(sides[0]!.count).toBe(item!.entries);
  });
});
