import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PATHS } from '../../../src/renderer/app/paths';
import { holdSigner } from '../../../src/main/core/device/current-signer';
import { createDeviceKey, getDeviceKey } from '../../../src/main/core/device/device-key';
import { unlockDeviceSigner } from '../../../src/main/core/device/device-signer';
import { FAST_KDF } from '../../main/core/assessors/fixtures';
import { demoSelection } from '../../helpers/demo-fixtures';
import { PASSPHRASE } from '../../helpers/merge-fixtures';
import { realBackend } from '../helpers/real-backend';
import { renderApp } from '../helpers/render-app';

/** Names the screen handed to the browser's download. */
const downloads: string[] = [];

beforeEach(() => {
  downloads.length = 0;
  // jsdom neither makes object URLs nor downloads: record what would have been saved.
  URL.createObjectURL = () => 'blob:test/0';
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push(this.download);
  });
});

afterEach(() => vi.restoreAllMocks());

async function keyedBackend(unlocked: boolean) {
  const backend = await realBackend();
  createDeviceKey(backend.store, PASSPHRASE, FAST_KDF);
  if (unlocked)
    holdSigner(backend.store, unlockDeviceSigner(backend.store, { passphrase: PASSPHRASE }));
  return backend;
}

describe('Ekspor paket', () => {
  it('shows what a result bundle carries and the fingerprint, then saves it', async () => {
    const backend = await keyedBackend(true);
    const { fingerprint } = getDeviceKey(backend.store.db)!;
    const { user } = renderApp({ api: backend.api, path: PATHS.transferExport });
    expect(
      await screen.findByText(/Membawa seluruh jurnal perangkat ini: 0 lembar nilai/),
    ).toBeTruthy();
    expect((await screen.findByTestId('export-fingerprint')).textContent).toBe(
      fingerprint.replace(/ /g, ''),
    );
    await user.click(screen.getByRole('button', { name: 'Simpan berkas' }));
    expect(await screen.findByText(/^SHA-256: [0-9a-f]{64}$/)).toBeTruthy();
    expect(downloads).toHaveLength(1);
    expect(downloads[0]).toMatch(/^hasil-.*\.panitia$/);
  });

  it('makes a setup package for a named office, and says when the office name is missing', async () => {
    const backend = await keyedBackend(true);
    demoSelection(backend.store);
    const { user } = renderApp({ api: backend.api, path: PATHS.transferExport, language: 'en' });
    await user.click(await screen.findByLabelText('Setup package (to an office)'));
    expect(await screen.findByText(/7 formasi/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save file' }));
    expect(await screen.findByText(/name of the receiving office is required/)).toBeTruthy();
    await user.type(
      screen.getByLabelText('Name of the receiving office'),
      'Kantor Cabang Purwodadi',
    );
    await user.click(screen.getByRole('button', { name: 'Save file' }));
    expect(await screen.findByText(/^File "persiapan-kantor-cabang-purwodadi-/)).toBeTruthy();
    expect(downloads[0]).toMatch(/^persiapan-kantor-cabang-purwodadi-.*\.panitia$/);
  });

  it('refuses to save with a locked key and links to Perangkat', async () => {
    const backend = await keyedBackend(false);
    renderApp({ api: backend.api, path: PATHS.transferExport });
    expect(await screen.findByRole('link', { name: 'Buka layar Perangkat' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Simpan berkas' })).toHaveProperty('disabled', true);
  });
});
