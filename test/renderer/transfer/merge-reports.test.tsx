import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDeviceKey } from '../../../src/main/core/device/device-key';
import { mergeReportPath, PATHS } from '../../../src/renderer/app/paths';
import { sheetConflictMerge } from '../../helpers/merge-fixtures';
import { realBackend } from '../helpers/real-backend';
import { renderApp } from '../helpers/render-app';

describe('Laporan penggabungan', () => {
  it('lists the reports and shows one with its signature checked, bundles, quarantine and completeness', async () => {
    const { central, merged } = await sheetConflictMerge();
    const backend = await realBackend(central.store);
    const { user } = renderApp({ api: backend.api, path: PATHS.transferReports });
    const table = await screen.findByRole('table', { name: 'Daftar laporan penggabungan' });
    const fingerprint = getDeviceKey(central.store.db)!.fingerprint;
    const row = within(table).getByRole('row', { name: new RegExp(fingerprint) });
    await user.click(within(row).getByRole('link'));

    const report = await screen.findByRole('article');
    expect(within(report).getByText('Tanda tangan sah')).toBeTruthy();
    const bundles = within(report).getByRole('table', { name: 'Paket yang diterima' });
    const godong = within(bundles).getByRole('row', { name: /godong\.panitia/ });
    expect(godong.textContent).toContain('Digabungkan');
    expect(godong.textContent).toContain('Tepercaya');
    expect(godong.textContent).toContain(merged.report.bundles[0]!.hash.slice(0, 12));
    expect(report.textContent).toContain('2 perangkat berbeda');
    expect(within(report).getByRole('heading', { name: 'Kecamatan Godong' })).toBeTruthy();
    expect(report.textContent).toContain(merged.report.results[0]!.inputsHash.slice(0, 12));
  });

  it('says TIDAK SAH for a report altered after signing', async () => {
    const { central, merged } = await sheetConflictMerge();
    central.store.db
      .prepare(
        `UPDATE merge_reports SET report = json_set(report, '$.totals.added', 0) WHERE id = ?`,
      )
      .run(merged.reportId);
    const backend = await realBackend(central.store);
    renderApp({ api: backend.api, path: mergeReportPath(merged.reportId!) });
    const report = await screen.findByRole('article');
    expect(within(report).getByText('Tanda tangan TIDAK SAH')).toBeTruthy();
  });
});
