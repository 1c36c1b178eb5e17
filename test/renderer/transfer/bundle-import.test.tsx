import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATHS } from '../../../src/renderer/app/paths';
import { holdSigner } from '../../../src/main/core/device/current-signer';
import { createDeviceKey, getDeviceKey } from '../../../src/main/core/device/device-key';
import { unlockDeviceSigner } from '../../../src/main/core/device/device-signer';
import type { Store } from '../../../src/main/core/store/open-store';
import { FAST_KDF } from '../../main/core/assessors/fixtures';
import {
  centralWithSetup,
  exportResults,
  officeFrom,
  PASSPHRASE,
  scoreFormasi,
} from '../../helpers/merge-fixtures';
import { tempDir } from '../../helpers/temp-store';
import { realBackend, type RealBackend } from '../helpers/real-backend';
import { renderApp } from '../helpers/render-app';

function bundleFile(path: string, name: string): File {
  return new File([readFileSync(path)], name, { type: 'application/x-ndjson' });
}

function unlock(store: Store): void {
  holdSigner(store, unlockDeviceSigner(store, { passphrase: PASSPHRASE }));
}

/** A real backend that is the central office, with one office's result bundle to receive. */
async function centralBackend(): Promise<RealBackend & { results: string; tampered: string }> {
  const backend = await realBackend();
  createDeviceKey(backend.store, PASSPHRASE, FAST_KDF);
  const central = await centralWithSetup();
  const office = await officeFrom(central.setupFile, central.store, 'Kantor A');
  scoreFormasi(office.store, central.setup, [0]);
  const results = await exportResults(office.store, office.signer, 'kantor-a');
  const lines = readFileSync(results, 'utf8').split('\n');
  lines[2] = lines[2]!.replace('"seq":', '"seq":9');
  const tampered = join(tempDir(), 'rusak.panitia');
  writeFileSync(tampered, lines.join('\n'));
  return { ...backend, results, tampered };
}

describe('Impor paket', () => {
  it('says when the device key is locked, with a link to Perangkat', async () => {
    const backend = await realBackend();
    createDeviceKey(backend.store, PASSPHRASE, FAST_KDF);
    renderApp({ api: backend.api, path: PATHS.transferImport });
    expect(await screen.findByText(/Kunci perangkat masih terkunci/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Buka layar Perangkat' }).getAttribute('href')).toBe(
      '#/perangkat',
    );
  });

  it('lists dropped files with their verdicts, merges them with progress and links the report', async () => {
    const backend = await centralBackend();
    unlock(backend.store);
    const { user } = renderApp({ api: backend.api, path: PATHS.transferImport });
    const zone = await screen.findByTestId('drop-zone');
    fireEvent.drop(zone, {
      dataTransfer: {
        files: [
          bundleFile(backend.results, 'kantor-a.panitia'),
          bundleFile(backend.tampered, 'rusak.panitia'),
        ],
      },
    });
    const table = await screen.findByRole('table', { name: 'Berkas yang diterima' });
    const goodRow = (await within(table).findByText('kantor-a.panitia')).closest('tr')!;
    expect(
      within(goodRow).getByText(
        'Sah, tetapi penanda tangan belum tepercaya — isinya akan dikarantina',
      ),
    ).toBeTruthy();
    expect(within(goodRow).getByText('Paket hasil')).toBeTruthy();
    const badRow = (await within(table).findByText('rusak.panitia')).closest('tr')!;
    expect(within(badRow).getByText(/^Tidak sah \(baris \d+\): /)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Gabungkan (1 berkas)' }));
    expect(
      await screen.findByRole('heading', { name: 'Penggabungan selesai' }, { timeout: 5000 }),
    ).toBeTruthy();
    const report = screen.getByRole('link', { name: 'Lihat laporan penggabungan' });
    expect(report.getAttribute('href')).toMatch(/^#\/ekspor-impor\/laporan\/[0-9a-f-]{36}$/);
    expect(screen.getByRole('link', { name: 'Buka karantina' }).getAttribute('href')).toBe(
      '#/ekspor-impor/karantina',
    );
    expect(within(goodRow).getByText('Sudah pernah digabungkan')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Gabungkan (0 berkas)' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('shows a running merge as progress and cancels it', async () => {
    const backend = await centralBackend();
    unlock(backend.store);
    // The merge channels replaced: a real merge of one small file ends before a click lands.
    let cancelled = false;
    const running = {
      state: 'running' as const,
      progress: { phase: 'verify' as const, file: 1, files: 1, fileName: 'x', entries: 500 },
      outcome: null,
      error: null,
    };
    const stopped = {
      ...running,
      state: 'cancelled' as const,
      error: { code: 'merge.cancelled', params: {}, message: 'dibatalkan' },
    };
    const api = {
      ...backend.api,
      'merge:start': async () => ({ jobId: 'job-1' }),
      'merge:status': async () => (cancelled ? stopped : running),
      'merge:cancel': async () => {
        cancelled = true;
        return stopped;
      },
    };
    const { user } = renderApp({ api, path: PATHS.transferImport });
    await user.upload(
      await screen.findByLabelText('Pilih berkas'),
      bundleFile(backend.results, 'kantor-a.panitia'),
    );
    await user.click(await screen.findByRole('button', { name: 'Gabungkan (1 berkas)' }));
    expect(await screen.findByText('Memeriksa berkas 1 dari 1: 500 catatan dibaca')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Gabungkan (1 berkas)' })).toHaveProperty(
      'disabled',
      true,
    );
    await user.click(screen.getByRole('button', { name: 'Batalkan' }));
    expect(await screen.findByText('Penggabungan dibatalkan. Tidak ada yang diubah.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Batalkan' })).toBeNull();
  });

  it('starts an empty installation from a setup package once the fingerprint is typed', async () => {
    const backend = await realBackend();
    createDeviceKey(backend.store, PASSPHRASE, FAST_KDF);
    unlock(backend.store);
    const central = await centralWithSetup();
    const { fingerprint } = getDeviceKey(central.store.db)!;
    const { user } = renderApp({ api: backend.api, path: PATHS.transferImport, language: 'en' });
    await user.upload(
      await screen.findByLabelText('Choose files'),
      bundleFile(central.setupFile, 'persiapan.panitia'),
    );
    expect(await screen.findByRole('heading', { name: 'Start as an office' })).toBeTruthy();
    expect(screen.getByText(/^Valid; the signer is not recorded yet/)).toBeTruthy();
    // A plain merge would quarantine the package and spend it: it is kept for first use.
    expect(screen.getByRole('button', { name: 'Merge (0 files)' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(screen.getByTestId('setup-fingerprint').textContent).toBe(fingerprint.replace(/ /g, ''));
    await user.type(screen.getByLabelText('Name of this office'), 'Kantor A');
    await user.type(screen.getByLabelText('Fingerprint from the central office'), '1234');
    await user.click(screen.getByRole('button', { name: 'Start as an office' }));
    expect(await screen.findByText(/fingerprint/i, { selector: '.notice-error p' })).toBeTruthy();
    const typed = screen.getByLabelText('Fingerprint from the central office');
    await user.clear(typed);
    await user.type(typed, fingerprint);
    await user.click(screen.getByRole('button', { name: 'Start as an office' }));
    expect(
      await screen.findByRole('heading', { name: 'This device is now the office "Kantor A"' }),
    ).toBeTruthy();
    expect(screen.getByText('Already merged')).toBeTruthy();
    await waitFor(() =>
      expect(backend.store.db.prepare('SELECT count(*) FROM candidates').pluck().get()).toBe(30),
    );
  });
});
