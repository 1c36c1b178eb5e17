import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeBackend } from '../helpers/fake-backend';
import { renderApp } from '../helpers/render-app';

const NAMES = ['Siti Aminah', 'Siti Nurhaliza', 'Budi Santoso', 'Agus Salim', 'Dewi Lestari'];

function setup(count: number) {
  const backend = new FakeBackend();
  const selection = backend.seedSelection();
  const guru = backend.seedFormasi(selection.id, { code: 'G-001', jabatan: 'Guru Kelas SD' });
  const admin = backend.seedFormasi(selection.id, {
    code: 'A-002',
    jabatan: 'Pengadministrasi Perkantoran',
  });
  backend.seedCandidates(
    guru,
    count,
    (i) => `${NAMES[i % NAMES.length]} ${String(i).padStart(5, '0')}`,
  );
  backend.seedCandidates(admin, 10, (i) => `Admin ${i}`);
  const app = renderApp({ backend, path: '/peserta', activeSelectionId: selection.id });
  return { ...app, guru, admin, selection };
}

function listRows() {
  return within(screen.getByRole('list', { name: 'Daftar peserta' })).queryAllByRole('listitem');
}

describe('candidate list', () => {
  it('shows the total, a virtualised window of rows and masked NIKs', async () => {
    const { backend } = setup(990);
    expect(await screen.findByTestId('candidate-total')).toHaveTextContent('1.000 peserta');
    await waitFor(() => expect(listRows().length).toBeGreaterThan(5));
    // Only the rows on screen (plus overscan) exist, not 1,000.
    expect(listRows().length).toBeLessThan(60);
    const first = listRows()[0]!;
    expect(first).toHaveAttribute('aria-setsize', '1000');
    expect(first).toHaveTextContent(/3319\u2022{8}\d{4}/);
    expect(first).not.toHaveTextContent(backend.candidates[0]!.nik);
    expect(backend.callsTo('candidates:search')[0]).toMatchObject({
      offset: 0,
      limit: 200,
      query: '',
      sort: 'nama',
    });
  });

  it('fetches further pages of 200 only when scrolled to', async () => {
    const { backend } = setup(990);
    await screen.findByTestId('candidate-total');
    await waitFor(() => expect(listRows().length).toBeGreaterThan(5));
    expect(backend.callsTo('candidates:search').map((call) => call.offset)).toEqual([0]);

    const scroller = screen.getByRole('list', { name: 'Daftar peserta' });
    scroller.scrollTop = 44 * 610;
    fireEvent.scroll(scroller);
    await waitFor(() =>
      expect(backend.callsTo('candidates:search').map((call) => call.offset)).toContain(600),
    );
    expect(backend.callsTo('candidates:search').map((call) => call.offset)).not.toContain(800);
    await waitFor(() =>
      expect(
        listRows().some(
          (row) => row.getAttribute('aria-posinset') === '620' && row.querySelector('a'),
        ),
      ).toBe(true),
    );
  });

  it('searches as the user types, debounced to one query per pause', async () => {
    const { user, backend } = setup(990);
    await screen.findByTestId('candidate-total');
    const before = backend.callsTo('candidates:search').length;
    await user.type(screen.getByRole('searchbox', { name: 'Cari peserta' }), 'siti nur');
    await waitFor(() =>
      expect(screen.getByTestId('candidate-total')).toHaveTextContent('198 peserta'),
    );
    const queries = backend
      .callsTo('candidates:search')
      .slice(before)
      .map((call) => call.query);
    // Eight keystrokes, typed faster than the 100 ms pause: one search, for the whole text.
    expect(queries).toEqual(['siti nur']);
    expect(listRows()[0]).toHaveTextContent('Siti Nurhaliza');

    // By NIK and by nomor peserta too.
    const target = backend.candidates[123]!;
    await user.clear(screen.getByRole('searchbox', { name: 'Cari peserta' }));
    await user.type(screen.getByRole('searchbox', { name: 'Cari peserta' }), target.nik);
    await waitFor(() =>
      expect(screen.getByTestId('candidate-total')).toHaveTextContent(/^1 peserta$/),
    );
    expect(listRows()[0]).toHaveTextContent(target.nama);
    await user.clear(screen.getByRole('searchbox', { name: 'Cari peserta' }));
    await user.type(screen.getByRole('searchbox', { name: 'Cari peserta' }), target.nomorPeserta);
    await waitFor(() => expect(listRows()[0]).toHaveTextContent(target.nama));
  });

  it('filters by formasi and jenis kelamin, and sorts', async () => {
    const { user, backend, admin } = setup(40);
    await screen.findByTestId('candidate-total');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Formasi' }),
      'A-002 — Pengadministrasi Perkantoran',
    );
    await waitFor(() =>
      expect(screen.getByTestId('candidate-total')).toHaveTextContent('10 peserta'),
    );
    expect(backend.callsTo('candidates:search').at(-1)).toMatchObject({ formasiId: admin.id });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Jenis kelamin' }), 'Perempuan');
    await waitFor(() =>
      expect(screen.getByTestId('candidate-total')).toHaveTextContent('5 peserta'),
    );
    expect(backend.callsTo('candidates:search').at(-1)).toMatchObject({
      formasiId: admin.id,
      jenisKelamin: 'P',
    });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Urutkan' }), 'Nomor peserta');
    await waitFor(() =>
      expect(backend.callsTo('candidates:search').at(-1)).toMatchObject({ sort: 'nomorPeserta' }),
    );
  });

  it('says so when nothing matches', async () => {
    const { user } = setup(20);
    await screen.findByTestId('candidate-total');
    await user.type(screen.getByRole('searchbox', { name: 'Cari peserta' }), 'zzz');
    expect(
      await screen.findByText('Tidak ada peserta yang cocok. Ubah kata pencarian atau saringan.'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('candidate-total')).toHaveTextContent('0 peserta');
  });

  it('asks for a selection when none is active', async () => {
    renderApp({ path: '/peserta' });
    expect(await screen.findByText('Belum ada seleksi aktif')).toBeInTheDocument();
  });
});
