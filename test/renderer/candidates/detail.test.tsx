import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeBackend } from '../helpers/fake-backend';
import { renderApp } from '../helpers/render-app';

function setup() {
  const backend = new FakeBackend();
  const selection = backend.seedSelection();
  const formasi = backend.seedFormasi(selection.id, { code: 'G-001', jabatan: 'Guru Kelas SD' });
  const candidates = backend.seedCandidates(
    formasi,
    30,
    (i) => `Peserta ${String(i).padStart(2, '0')}`,
  );
  const app = renderApp({ backend, path: '/peserta', activeSelectionId: selection.id });
  return { ...app, candidates };
}

function facts(): Record<string, string> {
  const list = screen.getByTestId('candidate-facts');
  const terms = within(list).getAllByRole('term');
  const definitions = within(list).getAllByRole('definition');
  return Object.fromEntries(
    terms.map((term, index) => [term.textContent, definitions[index]?.textContent ?? '']),
  );
}

describe('candidate detail', () => {
  it('opens on click with every field, the SKD scores and the journal history', async () => {
    const { user, candidates } = setup();
    const target = candidates[0]!;
    await user.click(await screen.findByRole('link', { name: /^Peserta 00, nomor peserta/ }));

    const pane = await screen.findByRole('complementary', { name: 'Peserta 00' });
    expect(window.location.hash).toBe(`#/peserta/${target.id}`);
    expect(facts()).toEqual({
      'Nomor peserta': target.nomorPeserta,
      Nama: 'Peserta 00',
      NIK: target.nik,
      'Tanggal lahir': '05/08/1990',
      'Jenis kelamin': 'Laki-laki',
      Pendidikan: 'S1 Pendidikan',
      IPK: '3,45',
      'Nilai ijazah': '–',
      Formasi: 'G-001 — Guru Kelas SD',
    });
    expect(within(pane).getByText('TWK').nextElementSibling).toHaveTextContent('100');
    expect(within(pane).getByText('Total SKD').nextElementSibling).toHaveTextContent('390');

    const history = within(pane).getByRole('table', { name: 'Riwayat di jurnal' });
    const row = within(history).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('Peserta diimpor');
    expect(row).toHaveTextContent(/^\d{2}\/\d{2}\/2025/);
    expect(within(row).getAllByRole('cell')[2]).toHaveTextContent(/^c{11}[0-9a-f]$/);

    await user.click(within(pane).getByRole('link', { name: 'Tutup' }));
    expect(screen.queryByRole('complementary', { name: 'Peserta 00' })).not.toBeInTheDocument();
  });

  it('is keyboard-usable: arrows move through the list, Enter opens', async () => {
    const { user } = setup();
    const first = await screen.findByRole('link', { name: /^Peserta 00,/ });
    await user.click(screen.getByRole('searchbox', { name: 'Cari peserta' }));
    // Tab order: search box, formasi, jenis kelamin, sort, then the list's single tab stop.
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(first).toHaveFocus();
    expect(screen.getByRole('link', { name: /^Peserta 01,/ })).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await waitFor(() => expect(screen.getByRole('link', { name: /^Peserta 02,/ })).toHaveFocus());
    expect(screen.getByRole('link', { name: /^Peserta 02,/ })).toHaveAttribute('tabindex', '0');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('complementary', { name: 'Peserta 02' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Peserta 02,/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await user.keyboard('{End}');
    await waitFor(() => expect(screen.getByRole('link', { name: /^Peserta 29,/ })).toHaveFocus());
  });

  it('shows dates and numbers in English style after switching language', async () => {
    const { user, candidates } = setup();
    await user.click(await screen.findByRole('link', { name: /^Peserta 00,/ }));
    await screen.findByRole('complementary', { name: 'Peserta 00' });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(facts()).toMatchObject({
      'Date of birth': '05/08/1990',
      'GPA (IPK)': '3.45',
      Sex: 'Male',
      'Participant number': candidates[0]!.nomorPeserta,
    });
    expect(screen.getByRole('table', { name: 'Journal history' })).toHaveTextContent(
      'Candidates imported',
    );
  });

  it('shows a translated error for a candidate that does not exist', async () => {
    const { backend } = setup();
    renderApp({ backend, path: '/peserta/00000000-0000-4000-8000-ffffffffffff' });
    expect(
      await screen.findAllByText('Peserta tidak ditemukan. Muat ulang daftar peserta.'),
    ).not.toHaveLength(0);
  });
});
