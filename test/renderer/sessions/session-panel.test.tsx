import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { drawFromSeed } from '../../../src/main/core/sessions/draw';
import { getSession, panelIds } from '../../../src/main/core/sessions/queries';
import { DRAW_ALGORITHM } from '../../../src/shared/domain/session';
import { renderApp } from '../helpers/render-app';
import { sessionBackend } from './seed';

// Each test seeds and drives a real store (SQLite, the journal, assessors' scrypt keys) through
// the real handlers; on a busy machine that takes longer than the default 5 s.
const REAL_CORE = { timeout: 30_000 };

const SEED = '0f'.repeat(32);

async function openSession() {
  const day = await sessionBackend(3);
  const app = renderApp({
    api: day.api,
    path: `/penilaian/sesi/${day.session.id}`,
    activeSelectionId: day.selectionId,
  });
  const panel = await screen.findByRole('region', { name: 'Panel penguji' });
  await within(panel).findByText('Belum ada penguji di panel.');
  return { ...day, ...app, panel };
}

describe('the panel of a session', REAL_CORE, () => {
  it('is chosen by hand, without observers, and flagged while below the minimum', async () => {
    const { user, panel, store, session, penguji, penguji2 } = await openSession();
    await user.click(within(panel).getByRole('button', { name: 'Pilih penguji' }));
    const form = within(panel).getByRole('form', { name: 'Pilih penguji panel' });
    expect(within(form).queryByLabelText(/Rahmat Hidayat/)).not.toBeInTheDocument();
    await user.click(within(form).getByLabelText('Budi Santoso, S.Pd. (Penguji)'));
    await user.click(within(form).getByRole('button', { name: 'Simpan panel' }));

    expect(await within(panel).findByText('Panel disimpan.')).toBeInTheDocument();
    expect(within(panel).getByText(/Panel: 1 penguji, minimal 2\./)).toBeInTheDocument();
    expect(
      within(panel).getByText('Panel kurang: tambahkan penguji hingga sekurang-kurangnya 2.'),
    ).toBeInTheDocument();
    expect(panelIds(store.db, session.id)).toEqual([penguji.id]);
    // Each candidate's own panel is short too, and the desk says so.
    const desk = screen.getByRole('region', { name: 'Meja kehadiran' });
    expect(within(desk).getAllByText('Panel kurang: 1 dari minimal 2')).toHaveLength(3);

    await user.click(within(panel).getByRole('button', { name: 'Pilih penguji' }));
    await user.click(screen.getByLabelText('Siti Aminah, S.Psi. (Penguji)'));
    await user.click(screen.getByRole('button', { name: 'Simpan panel' }));
    expect(await within(panel).findByText(/Panel: 2 penguji, minimal 2\./)).toBeInTheDocument();
    expect(within(panel).queryByText(/Panel kurang/)).not.toBeInTheDocument();
    expect(panelIds(store.db, session.id)).toEqual([penguji.id, penguji2.id]);
    expect(within(desk).queryByText(/Panel kurang/)).not.toBeInTheDocument();
  });

  it('is drawn by lot from a seed, and shows the seed and algorithm to repeat it', async () => {
    const { user, panel, store, session, ketua, penguji, penguji2 } = await openSession();
    await user.click(within(panel).getByRole('button', { name: 'Undi panel' }));
    const form = within(panel).getByRole('form', { name: 'Undi panel dari kelompok penguji' });
    // Everyone eligible starts in the pool and the size starts at the minimum.
    expect(within(form).getByLabelText('Jumlah penguji yang diundi')).toHaveValue('2');
    const seed = within(form).getByLabelText('Benih undian (opsional)');
    await user.type(seed, 'bukan-benih');
    await user.click(within(form).getByRole('button', { name: 'Undi' }));
    expect(
      within(form).getByText('Benih harus 64 karakter heksadesimal (0–9, a–f), atau kosongkan.'),
    ).toBeInTheDocument();
    expect(getSession(store.db, session.id).panelMethod).toBeNull();

    await user.clear(seed);
    await user.type(seed, SEED);
    await user.click(within(form).getByRole('button', { name: 'Undi' }));
    expect(await within(panel).findByText(/Panel diundi\./)).toBeInTheDocument();

    const pool = [ketua.id, penguji.id, penguji2.id];
    const expected = drawFromSeed(SEED, pool, 2);
    expect(panelIds(store.db, session.id)).toEqual(expected);
    const facts = within(panel).getByRole('region', { name: 'Undian yang membentuk panel ini' });
    expect(within(facts).getByTestId('draw-seed')).toHaveTextContent(SEED);
    expect(within(facts).getByTestId('draw-algorithm')).toHaveTextContent(DRAW_ALGORITHM);
    const names = new Map([ketua, penguji, penguji2].map((a) => [a.id, a.nama]));
    const members = within(within(panel).getByRole('list', { name: 'Anggota panel' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(members).toEqual(expected.map((id) => expect.stringContaining(names.get(id)!)));
    expect(within(panel).getByText('diundi')).toBeInTheDocument();
  });
});
