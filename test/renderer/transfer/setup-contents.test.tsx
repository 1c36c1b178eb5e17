import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PATHS } from '../../../src/renderer/app/paths';
import { demoSelection } from '../../helpers/demo-fixtures';
import { realBackend } from '../helpers/real-backend';
import { renderApp } from '../helpers/render-app';

describe('Isi paket persiapan', () => {
  it('says a package needs a selection when there is none', async () => {
    const backend = await realBackend();
    renderApp({ api: backend.api, path: PATHS.transferSetup });
    expect(await screen.findByText(/Belum ada seleksi/)).toBeTruthy();
  });

  it('lists each selection with its formasi, candidates and the chains, and the scope note', async () => {
    const backend = await realBackend();
    demoSelection(backend.store);
    const entries = backend.store.db.prepare('SELECT count(*) FROM journal').pluck().get();
    renderApp({ api: backend.api, path: PATHS.transferSetup, language: 'en' });
    expect(
      await screen.findByRole('heading', {
        name: 'Seleksi CPNS Kabupaten Grobogan 2024 (CPNS 2024)',
      }),
    ).toBeTruthy();
    expect(screen.getByText('7 formasi: 0 with a locked scoring plan, 7 without')).toBeTruthy();
    expect(
      screen.getByText(
        `${entries} journal entries in 1 chains; 0 published rubric versions go along.`,
      ),
    ).toBeTruthy();
    expect(screen.getByText(/not only those of the receiving office/)).toBeTruthy();
  });

  it('is reached from the Ekspor/Impor overview', async () => {
    const backend = await realBackend();
    const { user } = renderApp({ api: backend.api, path: PATHS.transfer });
    await user.click(await screen.findByRole('link', { name: 'Lihat isi paket persiapan' }));
    expect(
      await screen.findByRole('heading', { name: 'Isi paket persiapan', level: 1 }),
    ).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Kunci tepercaya' }));
    expect(await screen.findByRole('heading', { name: 'Kunci tepercaya', level: 1 })).toBeTruthy();
  });
});
