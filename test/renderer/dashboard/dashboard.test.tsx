import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveDraft } from '../../../src/main/core/scoring/commands';
import { selectionProgress } from '../../../src/main/core/scoring/progress';
import type { SessionProgress } from '../../../src/shared/contract/scoring-contract';
import { entry } from '../../main/core/scoring/fixtures';
import { realBackend } from '../helpers/real-backend';
import { renderApp } from '../helpers/render-app';
import { seedScoringDay } from './seed';

async function setup() {
  const backend = await realBackend();
  const day = await seedScoringDay(backend.store);
  const app = renderApp({
    api: backend.api,
    path: '/penilaian',
    activeSelectionId: day.selectionId,
  });
  await screen.findByRole('table', { name: 'Kemajuan per sesi' });
  return { ...backend, ...day, ...app };
}

/** The row of the session held in `room`. */
function sessionRow(room: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'Kemajuan per sesi' });
  const header = within(table).getByRole('rowheader', { name: room });
  const row = header.closest('tr');
  if (!row) throw new Error(`no row for ${room}`);
  return row;
}

/** The ten counts of a row, as shown (after date, time, formasi and component). */
function shownCounts(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole('cell')
    .slice(4, 14)
    .map((cell) => cell.textContent ?? '');
}

const COUNT_KEYS = [
  'scheduled',
  'present',
  'waiting',
  'absent',
  'out',
  'conflicts',
  'expected',
  'drafts',
  'submitted',
  'missing',
] as const;
const countsOf = (progress: SessionProgress) => COUNT_KEYS.map((key) => String(progress[key]));

/** The figure shown under `label` in the totals. */
function total(label: string): string {
  const region = screen.getByRole('region', { name: 'Jumlah seluruh sesi' });
  return within(region).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the chair’s dashboard', () => {
  it('shows, in the order of the day, the counts the main process holds', async () => {
    const backend = await realBackend();
    const day = await seedScoringDay(backend.store);
    const { early, late } = day.sessions;
    day.submit('a', early.session, early.candidateIds[0]!);
    day.submit('b', early.session, early.candidateIds[0]!);
    day.submit('a', late.session, late.candidateIds[0]!);
    saveDraft(
      backend.store,
      day.sittings,
      { sittingId: day.sitting.b, sessionId: late.session.id, candidateId: late.candidateIds[0]! },
      entry(2, 2),
    );
    renderApp({ api: backend.api, path: '/penilaian', activeSelectionId: day.selectionId });
    const table = await screen.findByRole('table', { name: 'Kemajuan per sesi' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Ruang Rapat 1', 'Aula', 'Ruang Rapat 2']);
    const progress = selectionProgress(backend.store.db, day.selectionId);
    for (const session of progress) {
      expect(shownCounts(sessionRow(session.session.room))).toEqual(countsOf(session));
    }
    const early1 = within(sessionRow('Ruang Rapat 1')).getAllByRole('cell');
    expect(early1[0]).toHaveTextContent('12/11/2024 08:00');
    expect(early1[2]).toHaveTextContent('Wawancara Kompetensi');
    // The status stands next to what the session is, where the chair looks first.
    expect(early1[3]).toHaveTextContent('Belum lengkap');
    const sum = (key: (typeof COUNT_KEYS)[number]) =>
      String(progress.reduce((acc, row) => acc + row[key], 0));
    expect(total('Sesi')).toBe('3');
    expect(total('Lembar diharapkan')).toBe(sum('expected'));
    expect(total('Terkirim')).toBe(sum('submitted'));
    expect(total('Belum terkirim')).toBe(sum('missing'));
    expect(total('Draf')).toBe('1');
    expect(sum('submitted')).toBe('3');
    expect(screen.getByRole('progressbar', { name: 'Lembar terkirim' })).toHaveAttribute(
      'value',
      '3',
    );
    expect(screen.getByText('3 dari 12 lembar terkirim (25%)')).toBeInTheDocument();
  });

  it('turns a session “Lengkap” once all its sheets are submitted, on refresh', async () => {
    const { sessions, submit, user, calls } = await setup();
    const { early } = sessions;
    const badge = () => within(sessionRow('Ruang Rapat 1')).getByText(/lengkap/i);
    expect(badge()).toHaveTextContent('Belum lengkap');
    for (const candidateId of early.candidateIds) {
      submit('a', early.session, candidateId);
      submit('b', early.session, candidateId);
    }
    const before = calls.filter((call) => call.channel === 'scoring:progress').length;
    await user.click(screen.getByRole('button', { name: 'Perbarui sekarang' }));
    await waitFor(() => expect(badge()).toHaveTextContent(/^Lengkap$/));
    expect(calls.filter((call) => call.channel === 'scoring:progress')).toHaveLength(before + 1);
    expect(within(sessionRow('Ruang Rapat 2')).getByText(/lengkap/i)).toHaveTextContent(
      'Belum lengkap',
    );
    expect(screen.getByText(/^Diperbarui \d\d[.:]\d\d[.:]\d\d$/)).toBeInTheDocument();
  });

  it('refreshes by itself every 10 seconds and when the window regains focus', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { sessions, submit, calls } = await setup();
    const progressCalls = () => calls.filter((call) => call.channel === 'scoring:progress').length;
    const start = progressCalls();
    submit('a', sessions.early.session, sessions.early.candidateIds[0]!);
    act(() => {
      vi.advanceTimersByTime(10_000);
    });
    await waitFor(() => expect(shownCounts(sessionRow('Ruang Rapat 1'))[8]).toBe('1'));
    expect(progressCalls()).toBe(start + 1);
    submit('b', sessions.early.session, sessions.early.candidateIds[0]!);
    fireEvent.focus(window);
    await waitFor(() => expect(shownCounts(sessionRow('Ruang Rapat 1'))[8]).toBe('2'));
    expect(progressCalls()).toBe(start + 2);
  });

  it('filters by formasi and to the incomplete sessions only', async () => {
    const { sessions, submit, user } = await setup();
    const { otherFormasi } = sessions;
    for (const candidateId of otherFormasi.candidateIds) {
      submit('a', otherFormasi.session, candidateId);
      submit('b', otherFormasi.session, candidateId);
    }
    await user.click(screen.getByRole('button', { name: 'Perbarui sekarang' }));
    await waitFor(() =>
      expect(within(sessionRow('Aula')).getByText(/lengkap/i)).toHaveTextContent(/^Lengkap$/),
    );
    const rooms = () =>
      within(screen.getByRole('table', { name: 'Kemajuan per sesi' }))
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent);
    await user.click(screen.getByRole('checkbox', { name: 'Hanya yang belum lengkap' }));
    expect(rooms()).toEqual(['Ruang Rapat 1', 'Ruang Rapat 2']);
    await user.click(screen.getByRole('checkbox', { name: 'Hanya yang belum lengkap' }));
    const formasi = screen.getByRole('combobox', { name: 'Formasi' });
    const options = within(formasi)
      .getAllByRole('option')
      .map((option) => option.getAttribute('value'));
    expect(options).toHaveLength(3);
    await user.selectOptions(formasi, sessions.otherFormasi.session.formasiId);
    expect(rooms()).toEqual(['Aula']);
    await user.click(screen.getByRole('checkbox', { name: 'Hanya yang belum lengkap' }));
    expect(screen.getByText('Tidak ada sesi yang cocok dengan saringan ini.')).toBeInTheDocument();
    // The totals stay those of the whole selection.
    expect(screen.getByText('4 dari 12 lembar terkirim (33%)')).toBeInTheDocument();
  });

  it('opens a session to name who still owes which sheet', async () => {
    const { sessions, submit, user, store, sittings, sitting } = await setup();
    const { early } = sessions;
    submit('a', early.session, early.candidateIds[0]!);
    saveDraft(
      store,
      sittings,
      { sittingId: sitting.b, sessionId: early.session.id, candidateId: early.candidateIds[1]! },
      entry(3, 3),
    );
    await user.click(screen.getByRole('button', { name: 'Perbarui sekarang' }));
    const open = screen.getByRole('button', { name: /^Rincian sesi Ruang Rapat 1/ });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await user.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');
    const list = await screen.findByRole('table', {
      name: /^Lembar yang belum terkirim — Ruang Rapat 1/,
    });
    const rows = within(list)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent)
          .filter((_, index) => index !== 1)
          .join(' | '),
      );
    const nomor = (id: string) =>
      store.db.prepare('SELECT nomor_peserta FROM candidates WHERE id = ?').pluck().get(id);
    expect(rows).toEqual([
      `${nomor(early.candidateIds[0]!)} | Hadir | Siti Aminah, S.Psi. | Belum dimulai`,
      `${nomor(early.candidateIds[1]!)} | Hadir | Budi Santoso, S.Pd. | Belum dimulai`,
      `${nomor(early.candidateIds[1]!)} | Hadir | Siti Aminah, S.Psi. | Draf tersimpan`,
    ]);
    // The list follows the row: once the last sheets are in, it says so.
    submit('b', early.session, early.candidateIds[0]!);
    submit('a', early.session, early.candidateIds[1]!);
    submit('b', early.session, early.candidateIds[1]!);
    await user.click(screen.getByRole('button', { name: 'Perbarui sekarang' }));
    expect(
      await screen.findByText('Semua lembar yang diharapkan sudah terkirim.'),
    ).toBeInTheDocument();
    await user.click(open);
    expect(screen.queryByText('Semua lembar yang diharapkan sudah terkirim.')).toBeNull();
  });

  it('says what to do when the selection has no sessions yet', async () => {
    const backend = await realBackend();
    const selection = await backend.api['selection:create']({
      name: 'Seleksi CPNS 2025',
      year: 2025,
      type: 'CPNS',
      instansi: 'Pemerintah Kabupaten Contoh',
      location: 'Kantor Kecamatan Contoh',
    });
    renderApp({ api: backend.api, path: '/penilaian', activeSelectionId: selection.id });
    expect(await screen.findByRole('heading', { name: 'Belum ada sesi' })).toBeInTheDocument();
    expect(screen.getByText(/Buka sesi di “Sesi & kehadiran”/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Buka Sesi & kehadiran' })).toHaveAttribute(
      'href',
      '#/penilaian/sesi',
    );
  });

  it('asks for a selection first when none is active', async () => {
    const backend = await realBackend();
    renderApp({ api: backend.api, path: '/penilaian' });
    expect(await screen.findByRole('link', { name: 'Buka menu Seleksi' })).toBeInTheDocument();
    expect(backend.calls.some((call) => call.channel === 'scoring:progress')).toBe(false);
  });
});
