import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDeviceKey } from '../../../src/main/core/device/device-key';
import { mergeBundles } from '../../../src/main/core/merge/merge';
import { PATHS, quarantinePath } from '../../../src/renderer/app/paths';
import {
  centralWithSetup,
  forkedMerge,
  exportResults,
  officeFrom,
  scoreFormasi,
  sheetConflictMerge,
} from '../../helpers/merge-fixtures';
import { realBackend } from '../helpers/real-backend';
import { renderApp } from '../helpers/render-app';

describe('Karantina', () => {
  it('shows the sheets of two devices side by side and accepts one with a confirmed reason', async () => {
    const { central, toroh } = await sheetConflictMerge();
    const backend = await realBackend(central.store);
    const { user } = renderApp({ api: backend.api, path: PATHS.transferQuarantine });
    const list = await screen.findByRole('navigation', { name: 'Daftar butir karantina' });
    expect(within(list).getByRole('heading', { name: 'Lembar dari dua perangkat' })).toBeTruthy();
    const links = within(list).getAllByRole('link');
    expect(links[0]!.textContent).toContain('2 perangkat berbeda');
    expect(links[0]!.textContent).toContain('Belum diputuskan');
    await user.click(links[0]!);

    const godongSide = await screen.findByRole('region', { name: /Kecamatan Godong/ });
    const torohSide = screen.getByRole('region', { name: /Kecamatan Toroh/ });
    for (const side of [godongSide, torohSide]) {
      const table = within(side).getByRole('table');
      expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
      expect(table.textContent).toContain('Sah');
    }
    const submit = screen.getByRole('button', { name: 'Catat keputusan' });
    await user.click(screen.getByRole('radio', { name: /\(Kecamatan Toroh\)/ }));
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    await user.type(screen.getByLabelText(/Alasan keputusan/), 'Toroh sesuai jadwal resmi');
    await user.click(submit);
    const dialog = screen.getByRole('dialog', { name: 'Catat keputusan ini?' });
    expect(dialog.textContent).toContain('dicatat dalam jurnal bersama alasan Anda');
    await user.click(within(dialog).getByRole('button', { name: 'Ya, catat' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() =>
      expect(within(list).getAllByRole('link')[0]!.textContent).toContain('Diterima'),
    );
    const decisions = central.store.db
      .prepare(
        `SELECT json_extract(payload, '$.choice') AS choice, json_extract(payload, '$.reason') AS reason
         FROM journal WHERE kind = 'quarantine.resolved'`,
      )
      .all();
    expect(decisions).toEqual([
      { choice: toroh.store.deviceId, reason: 'Toroh sesuai jadwal resmi' },
    ]);
  });

  it('shows both branches of a forked chain in two columns and accepts the held one', async () => {
    const { central, copy } = await forkedMerge();
    try {
      const backend = await realBackend(central.store);
      const { user } = renderApp({ api: backend.api, path: PATHS.transferQuarantine });
      const list = await screen.findByRole('navigation', { name: 'Daftar butir karantina' });
      await user.click(
        within(list).getByRole('link', { name: /Jurnal Kecamatan Godong bercabang/ }),
      );
      const first = await screen.findByRole('region', { name: 'Sisi 1: Kecamatan Godong' });
      const second = screen.getByRole('region', { name: 'Sisi 2: Kecamatan Godong' });
      const sources = [first, second].map((side) =>
        side.textContent!.includes('Ditahan di luar jurnal') ? 'held' : 'journal',
      );
      expect([...sources].sort()).toEqual(['held', 'journal']);
      const held = sources[0] === 'held' ? 1 : 2;
      const heldSide = held === 1 ? first : second;
      expect(within(heldSide).getByRole('table').textContent).toContain('Sah');
      await user.click(
        screen.getByRole('radio', { name: `Terima sisi ${held} (Kecamatan Godong)` }),
      );
      await user.type(
        screen.getByLabelText(/Alasan keputusan/),
        'Salinan dipakai pada hari penilaian',
      );
      await user.click(screen.getByRole('button', { name: 'Catat keputusan' }));
      await user.click(screen.getByRole('button', { name: 'Ya, catat' }));
      await waitFor(() =>
        expect(screen.getByText(/sudah diputuskan: satu sisi diterima/)).toBeTruthy(),
      );
      // The decision names the held branch's first entry, which the journal does not hold.
      const choice = central.store.db
        .prepare(
          "SELECT json_extract(payload, '$.choice') FROM journal WHERE kind = 'quarantine.resolved'",
        )
        .pluck()
        .get() as string;
      const heldHead = central.store.db
        .prepare("SELECT 1 FROM held_entries WHERE hash = ? AND why = 'fork'")
        .pluck()
        .get(choice);
      expect(heldHead).toBe(1);
    } finally {
      copy.db.close();
    }
  });

  it('shows an untrusted signer with its fingerprint large and the phone check, in English', async () => {
    const central = await centralWithSetup();
    const office = await officeFrom(central.setupFile, central.store, 'Kecamatan Toroh');
    scoreFormasi(office.store, central.setup, [2]);
    const file = await exportResults(office.store, office.signer, 'toroh');
    await mergeBundles(central.store, [file], { signer: central.signer });
    const itemId = central.store.db
      .prepare('SELECT hash FROM received_bundles')
      .pluck()
      .get() as string;
    const backend = await realBackend(central.store);
    renderApp({ api: backend.api, path: quarantinePath(`bundle:${itemId}`), language: 'en' });
    const fingerprint = getDeviceKey(office.store.db)!.fingerprint;
    const side = await screen.findByRole('region', { name: 'Side 1: Kecamatan Toroh' });
    expect(side.querySelector('.fingerprint-large')!.textContent).toBe(fingerprint);
    expect(side.textContent).toContain('read out their device key fingerprint');
    expect(side.textContent).toContain('toroh.panitia');
    expect(screen.getByRole('radio', { name: new RegExp(fingerprint) })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Reject' })).toBeTruthy();
  });

  it('shows a translated error for an item that is not there', async () => {
    const backend = await realBackend();
    renderApp({ api: backend.api, path: quarantinePath('fork:tidak-ada:3') });
    expect(await screen.findByText(/Karantina kosong/)).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Butir karantina "fork:tidak-ada:3" tidak ditemukan',
    );
  });
});
