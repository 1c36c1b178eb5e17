import { resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dispatchEnveloped } from '../../../src/main/core/contract/dispatch';
import { currentSigner } from '../../../src/main/core/device/current-signer';
import { createDeviceKey } from '../../../src/main/core/device/device-key';
import { createHandlers } from '../../../src/main/core/handlers';
import { createApi } from '../../../src/renderer/api/create-api';
import { tempDir, tempStore } from '../../helpers/temp-store';
import { FAST_KDF } from '../../main/core/assessors/fixtures';
import { fakeSealer, type FakeSealer } from '../../main/core/device/fake-sealer';
import { renderApp } from '../helpers/render-app';

const PASSPHRASE = 'kopi tubruk di kantor camat';

/** The real handlers over a fresh store: web mode, or Electron with a fake OS sealer. */
async function backend(osSealer?: FakeSealer) {
  const store = await tempStore();
  const handlers = createHandlers({
    store,
    dataDir: tempDir(),
    resourcesDir: resolve(__dirname, '../../../resources'),
    transport: osSealer ? 'electron' : 'web',
    version: 'test',
    kdf: FAST_KDF,
    osSealer,
  });
  const api = createApi((channel, input) => dispatchEnveloped(handlers, channel, input));
  return { store, api };
}

describe('Perangkat', () => {
  it('creates a passphrase key (typed twice) and shows its fingerprint, QR and date', async () => {
    const { store, api } = await backend();
    const { user } = renderApp({ api, path: '/perangkat' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Perangkat' })).toBeVisible();
    expect(
      await screen.findByText('Perangkat ini belum memiliki kunci perangkat.'),
    ).toBeInTheDocument();
    const create = screen.getByRole('button', { name: 'Buat kunci' });
    await user.type(screen.getByLabelText('Frasa sandi'), 'pendek');
    await user.click(create);
    expect(screen.getByText('Frasa sandi terlalu pendek: minimal 12 karakter.')).toBeVisible();
    await user.clear(screen.getByLabelText('Frasa sandi'));
    await user.type(screen.getByLabelText('Frasa sandi'), PASSPHRASE);
    await user.type(screen.getByLabelText('Ulangi frasa sandi'), `${PASSPHRASE}x`);
    await user.click(create);
    expect(screen.getByText('Kedua frasa sandi tidak sama.')).toBeVisible();
    await user.clear(screen.getByLabelText('Ulangi frasa sandi'));
    await user.type(screen.getByLabelText('Ulangi frasa sandi'), PASSPHRASE);
    await user.click(create);

    const fingerprint = await screen.findByTestId('device-fingerprint');
    const key = currentSigner(store);
    const groups = within(fingerprint)
      .getAllByText(/^[0-9a-f]{4}$/)
      .map((group) => group.textContent);
    expect(groups.join(' ')).toBe(key.fingerprint);
    const qr = screen.getByRole('img', { name: new RegExp(key.fingerprint) });
    const src = qr.getAttribute('src') ?? '';
    expect(src.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(atob(src.slice('data:image/svg+xml;base64,'.length))).toMatch(/^<svg /);
    expect(screen.getByText(key.publicKey)).toBeInTheDocument();
    expect(screen.getByText('Dibuat')).toBeInTheDocument();
    expect(screen.getByText(/^Kunci perangkat terbuka untuk sesi aplikasi ini\./)).toBeVisible();
  });

  it('locks, refuses a wrong passphrase in the chosen language, and unlocks', async () => {
    const { store, api } = await backend();
    createDeviceKey(store, PASSPHRASE, FAST_KDF);
    const { user } = renderApp({ api, path: '/perangkat', language: 'en' });
    expect(await screen.findByText(/The device key is locked/)).toBeVisible();
    expect(screen.getByText('Passphrase', { selector: 'dd' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Passphrase'), 'not the passphrase');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong device key passphrase.');
    expect(() => currentSigner(store)).toThrow();
    await user.clear(screen.getByLabelText('Passphrase'));
    await user.type(screen.getByLabelText('Passphrase'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText(/The device key is unlocked/)).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(currentSigner(store).publicKey).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Lock again' }));
    expect(await screen.findByText(/The device key is locked/)).toBeVisible();
    expect(() => currentSigner(store)).toThrow();
  });

  it('in Electron creates an OS-sealed key with one button, and unlocks it without a passphrase', async () => {
    const { store, api } = await backend(fakeSealer());
    const { user } = renderApp({ api, path: '/perangkat' });
    await user.click(await screen.findByRole('button', { name: 'Buat kunci' }));
    expect(await screen.findByTestId('device-fingerprint')).toHaveTextContent(
      currentSigner(store).fingerprint.replaceAll(' ', ''),
    );
    expect(screen.getByText('Penyimpanan rahasia sistem operasi')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Kunci kembali' }));
    expect(screen.queryByLabelText('Frasa sandi')).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Buka kunci' }));
    expect(await screen.findByText(/Kunci perangkat terbuka/)).toBeVisible();
  });

  it('in Electron without a keyring (basic_text) says what to do, and offers no button', async () => {
    const { api } = await backend(fakeSealer(false));
    renderApp({ api, path: '/perangkat' });
    expect(await screen.findByText(/gnome-keyring atau KWallet/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Buat kunci' })).toBeNull();
  });

  it('is in the main navigation', async () => {
    const { api } = await backend();
    renderApp({ api, path: '/pengaturan' });
    const nav = screen.getByRole('navigation', { name: 'Navigasi utama' });
    expect(within(nav).getByRole('link', { name: 'Perangkat' })).toHaveAttribute(
      'href',
      '#/perangkat',
    );
  });
});
