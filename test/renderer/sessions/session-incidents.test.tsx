import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listIncidents } from '../../../src/main/core/incidents/queries';
import { PIN } from '../../main/core/assessors/fixtures';
import { renderApp } from '../helpers/render-app';
import { sessionBackend } from './seed';

// Seeds and drives a real store through the real handlers: slower than the default 5 s.
const REAL_CORE = { timeout: 30_000 };

describe('the incidents of a session', REAL_CORE, () => {
  it('are recorded by the chair with the PIN, refused with a wrong PIN, and listed', async () => {
    const day = await sessionBackend(3);
    const { user } = renderApp({
      api: day.api,
      path: `/penilaian/sesi/${day.session.id}`,
      activeSelectionId: day.selectionId,
    });
    const section = await screen.findByRole('region', { name: 'Kejadian khusus' });
    expect(
      await within(section).findByText('Belum ada kejadian khusus yang dicatat.'),
    ).toBeInTheDocument();
    const submit = within(section).getByRole('button', { name: 'Catat kejadian' });
    expect(submit).toBeDisabled();
    // Only the chair is offered.
    const chair = within(section).getByLabelText('Ketua panitia');
    expect(
      within(chair)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([day.ketua.nama]);

    await user.type(within(section).getByLabelText('Apa yang terjadi'), 'Listrik padam 10 menit.');
    await user.type(within(section).getByLabelText('PIN ketua'), '000000');
    await user.click(submit);
    expect(await within(section).findByRole('alert')).toHaveTextContent(/PIN/);
    expect(listIncidents(day.store.db, day.session.id)).toEqual([]);

    await user.type(within(section).getByLabelText('PIN ketua'), PIN.ketua);
    await user.click(within(section).getByRole('button', { name: 'Catat kejadian' }));
    expect(await within(section).findByText('Kejadian khusus dicatat.')).toBeInTheDocument();
    expect(await within(section).findByText(/Listrik padam 10 menit\./)).toBeInTheDocument();
    expect(listIncidents(day.store.db, day.session.id).map((i) => i.text)).toEqual([
      'Listrik padam 10 menit.',
    ]);
  });

  it('offers the three documents beside the blank sheets', async () => {
    const day = await sessionBackend(3);
    renderApp({
      api: day.api,
      path: `/penilaian/sesi/${day.session.id}`,
      activeSelectionId: day.selectionId,
    });
    for (const name of [
      'Cetak lembar penilaian terisi (PDF)',
      'Cetak daftar hadir (PDF)',
      'Cetak berita acara (PDF)',
    ]) {
      expect(await screen.findByRole('button', { name })).toBeInTheDocument();
    }
  });
});
