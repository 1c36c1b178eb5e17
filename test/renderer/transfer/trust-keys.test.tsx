import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pinKey } from '../../../src/main/core/trust/registry';
import { PATHS } from '../../../src/renderer/app/paths';
import { testKey } from '../../helpers/bundle-fixtures';
import { realBackend } from '../helpers/real-backend';
import { renderApp } from '../helpers/render-app';

describe('Kunci tepercaya', () => {
  it('pins a pasted key, shows its fingerprint with the phone check, and lists it', async () => {
    const backend = await realBackend();
    const { user } = renderApp({ api: backend.api, path: PATHS.transferKeys });
    expect(await screen.findByText('Belum ada kunci tepercaya yang dicatat.')).toBeTruthy();
    await user.type(screen.getByLabelText(/Kunci publik/), testKey(3).publicKey);
    await user.type(screen.getByLabelText(/^Label/), 'BKN Kantor Pusat');
    await user.selectOptions(screen.getByLabelText('Peran'), 'central');
    await user.click(screen.getByRole('button', { name: 'Catat kunci' }));

    const status = await screen.findByRole('status');
    const fingerprint = backend.store.db
      .prepare('SELECT fingerprint FROM trusted_keys')
      .pluck()
      .get() as string;
    expect(status.textContent).toContain(fingerprint);
    expect(status.textContent).toContain('lewat telepon');
    const table = await screen.findByRole('table', { name: 'Daftar kunci tepercaya' });
    const row = within(table).getByRole('row', { name: /BKN Kantor Pusat/ });
    expect(row.textContent).toContain(fingerprint);
    expect(row.textContent).toContain('Pusat');
    expect(row.textContent).toContain('Tepercaya');
  });

  it('shows the main process refusal of a malformed key, translated', async () => {
    const backend = await realBackend();
    const { user } = renderApp({ api: backend.api, path: PATHS.transferKeys, language: 'en' });
    await user.type(await screen.findByLabelText(/Public key/), 'bukan-kunci');
    await user.type(screen.getByLabelText(/^Label/), 'Someone');
    await user.click(screen.getByRole('button', { name: 'Pin key' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Invalid public key');
    expect(backend.store.db.prepare('SELECT count(*) FROM trusted_keys').pluck().get()).toBe(0);
  });

  it('revokes only with a reason, after confirming, and keeps the key listed as revoked', async () => {
    const backend = await realBackend();
    pinKey(backend.store, {
      publicKey: testKey(4).publicKey,
      label: 'Kantor Purwodadi',
      role: 'office',
    });
    const { user } = renderApp({ api: backend.api, path: PATHS.transferKeys });
    await user.click(await screen.findByRole('button', { name: 'Cabut' }));
    const dialog = screen.getByRole('dialog', { name: 'Cabut kunci tepercaya?' });
    const confirm = within(dialog).getByRole('button', { name: 'Cabut kunci' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    await user.type(within(dialog).getByLabelText(/Alasan pencabutan/), 'Laptop kantor hilang');
    await user.click(confirm);

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const row = await screen.findByRole('row', { name: /Kantor Purwodadi/ });
    await waitFor(() => expect(row.textContent).toContain('Dicabut'));
    expect(row.textContent).toContain('Laptop kantor hilang');
    expect(within(row).queryByRole('button', { name: 'Cabut' })).toBeNull();
    const kinds = backend.store.db.prepare('SELECT kind FROM journal').pluck().all();
    expect(kinds).toEqual(['trust.pinned', 'trust.revoked']);
  });
});
