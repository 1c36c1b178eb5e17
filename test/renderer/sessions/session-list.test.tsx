import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionsOf } from '../../../src/main/core/sessions/queries';
import { renderApp } from '../helpers/render-app';
import { scoringDayBackend } from './seed';

// Each test seeds and drives a real store (SQLite, the journal, assessors' scrypt keys) through
// the real handlers; on a busy machine that takes longer than the default 5 s.
const REAL_CORE = { timeout: 30_000 };

describe('the session list', REAL_CORE, () => {
  it('opens a session for a rubric component and lists it with a short panel flagged', async () => {
    const day = await scoringDayBackend();
    const { user } = renderApp({
      api: day.api,
      path: '/penilaian/sesi',
      activeSelectionId: day.selectionId,
    });
    expect(await screen.findByText(/Belum ada sesi/)).toBeInTheDocument();
    const form = await screen.findByRole('form', { name: 'Buka sesi baru' });
    // Nothing chosen yet: every field says what it needs, and nothing is written.
    await user.click(within(form).getByRole('button', { name: 'Buka sesi' }));
    expect(within(form).getByText('Pilih formasi dan komponen.')).toBeInTheDocument();
    expect(within(form).getByText('Isi nama ruang.')).toBeInTheDocument();
    expect(sessionsOf(day.store.db, day.selectionId)).toEqual([]);

    await user.selectOptions(
      within(form).getByLabelText('Formasi dan komponen'),
      `${day.formasi.code} ${day.formasi.jabatan} — Wawancara Kompetensi`,
    );
    await user.type(within(form).getByLabelText('Tanggal'), '2024-11-12');
    await user.type(within(form).getByLabelText('Jam mulai'), '08:30');
    await user.type(within(form).getByLabelText('Ruang'), 'Aula Kecamatan');
    await user.click(within(form).getByRole('button', { name: 'Buka sesi' }));

    // The new session opens on its own page.
    expect(
      await screen.findByRole('heading', { level: 1, name: /Sesi Wawancara Kompetensi/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('12/11/2024, pukul 08:30, Aula Kecamatan')).toBeInTheDocument();
    const [stored] = sessionsOf(day.store.db, day.selectionId);
    expect(stored).toMatchObject({
      date: '2024-11-12',
      startTime: '08:30',
      room: 'Aula Kecamatan',
    });

    await user.click(screen.getByRole('link', { name: 'Kembali ke daftar sesi' }));
    const table = await screen.findByRole('table', { name: 'Daftar sesi' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('12/11/2024');
    expect(row).toHaveTextContent('08:30');
    expect(row).toHaveTextContent('Aula Kecamatan');
    expect(row).toHaveTextContent(`${day.formasi.code} ${day.formasi.jabatan}`);
    expect(within(row).getByText('0 dari minimal 2')).toBeInTheDocument();
    expect(within(row).getByText('Panel kurang')).toBeInTheDocument();
  });

  it('explains that a plan with a rubric component comes first', async () => {
    const day = await scoringDayBackend();
    // A second selection without any plan.
    const other = await day.api['selection:create']({
      name: 'Seleksi PPPK 2024',
      year: 2024,
      type: 'PPPK',
      instansi: 'Pemerintah Kabupaten Grobogan',
      location: 'Purwodadi',
    });
    renderApp({ api: day.api, path: '/penilaian/sesi', activeSelectionId: other.id });
    expect(
      await screen.findByText(/Belum ada komponen yang dinilai dengan rubrik/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Buka sesi baru' })).not.toBeInTheDocument();
  });
});
