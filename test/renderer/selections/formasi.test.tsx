import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeBackend } from '../helpers/fake-backend';
import { renderApp } from '../helpers/render-app';

function setup() {
  const backend = new FakeBackend();
  const selection = backend.seedSelection();
  const withCandidates = backend.seedFormasi(selection.id, {
    code: 'G-001',
    jabatan: 'Guru Kelas SD',
  });
  backend.seedCandidates(withCandidates, 3);
  const empty = backend.seedFormasi(selection.id, {
    code: 'T-002',
    jabatan: 'Pranata Komputer',
    quota: 1,
  });
  const app = renderApp({
    backend,
    path: `/seleksi/${selection.id}`,
    activeSelectionId: selection.id,
  });
  return { ...app, selection, withCandidates, empty };
}

async function formasiTable() {
  const region = await screen.findByRole('region', { name: 'Formasi' });
  return { region, table: await within(region).findByRole('table', { name: 'Formasi' }) };
}

describe('formasi of a selection', () => {
  it('lists formasi with their candidate counts', async () => {
    setup();
    const { table } = await formasiTable();
    const row = within(table).getByRole('row', { name: /G-001/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Guru Kelas SD', 'SD Negeri 1 Jati', 'S1 PGSD', '2', '3', 'UbahHapus']);
  });

  it('adds a formasi after inline validation, and refuses a duplicate code in the user language', async () => {
    const { user, backend, selection } = setup();
    const { region } = await formasiTable();
    await user.click(within(region).getByRole('button', { name: 'Tambah formasi' }));
    const form = within(region).getByRole('form', { name: 'Tambah formasi' });
    await user.type(within(form).getByLabelText('Kode formasi'), 'A B');
    await user.clear(within(form).getByLabelText('Kuota'));
    await user.type(within(form).getByLabelText('Kuota'), '0');
    await user.click(within(form).getByRole('button', { name: 'Simpan formasi' }));
    expect(within(form).getByLabelText('Kode formasi')).toHaveAccessibleDescription(
      /Gunakan huruf, angka, dan tanda/,
    );
    expect(within(form).getByLabelText('Kuota')).toHaveAccessibleDescription(
      'Isi kuota dengan bilangan bulat antara 1 dan 100000.',
    );
    expect(within(form).getByLabelText('Jabatan')).toHaveAccessibleDescription('Wajib diisi.');
    expect(backend.callsTo('formasi:create')).toHaveLength(0);

    const code = within(form).getByLabelText('Kode formasi');
    await user.clear(code);
    await user.type(code, 'g-001');
    await user.type(within(form).getByLabelText('Jabatan'), 'Guru Matematika SMP');
    await user.type(within(form).getByLabelText('Unit/lokasi penempatan'), 'SMP Negeri 2 Jati');
    await user.type(within(form).getByLabelText('Pendidikan'), 'S1 Pendidikan Matematika');
    await user.clear(within(form).getByLabelText('Kuota'));
    await user.type(within(form).getByLabelText('Kuota'), '3');
    await user.click(within(form).getByRole('button', { name: 'Simpan formasi' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Kode formasi "g-001" sudah dipakai di seleksi ini. Gunakan kode lain.',
    );

    await user.clear(code);
    await user.type(code, 'M-003');
    await user.click(within(form).getByRole('button', { name: 'Simpan formasi' }));
    const { table } = await formasiTable();
    expect(await within(table).findByRole('row', { name: /M-003/ })).toHaveTextContent(
      'Guru Matematika SMP',
    );
    expect(screen.getByText('Formasi M-003 ditambahkan.')).toBeInTheDocument();
    expect(backend.callsTo('formasi:create').at(-1)).toEqual({
      selectionId: selection.id,
      code: 'M-003',
      jabatan: 'Guru Matematika SMP',
      unit: 'SMP Negeri 2 Jati',
      pendidikan: 'S1 Pendidikan Matematika',
      quota: 3,
    });
  });

  it('edits a formasi', async () => {
    const { user, backend, empty } = setup();
    const { region, table } = await formasiTable();
    await user.click(within(table).getByRole('button', { name: 'Ubah formasi T-002' }));
    const form = within(region).getByRole('form', { name: 'Ubah formasi T-002' });
    expect(within(form).getByLabelText('Jabatan')).toHaveValue('Pranata Komputer');
    await user.clear(within(form).getByLabelText('Kuota'));
    await user.type(within(form).getByLabelText('Kuota'), '4');
    await user.click(within(form).getByRole('button', { name: 'Simpan perubahan' }));
    expect(await screen.findByText('Formasi T-002 disimpan.')).toBeInTheDocument();
    expect(backend.formasi.get(empty.id)?.quota).toBe(4);
    expect(within(table).getByRole('row', { name: /T-002/ })).toHaveTextContent('4');
  });

  it('shows the server refusal to delete a formasi with candidates, translated, and deletes an empty one', async () => {
    const { user, backend, withCandidates, empty } = setup();
    const { table } = await formasiTable();

    await user.click(within(table).getByRole('button', { name: 'Hapus formasi G-001' }));
    const dialog = screen.getByRole('dialog', { name: 'Hapus formasi G-001?' });
    expect(within(dialog).getByRole('button', { name: 'Batal' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Ya, hapus formasi' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Formasi "G-001" masih memiliki 3 peserta dan tidak dapat dihapus. Pindahkan atau hapus pesertanya dahulu.',
    );
    expect(backend.formasi.has(withCandidates.id)).toBe(true);

    // The same refusal reads in English once the user switches language.
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Formasi "G-001" still has 3 candidates and cannot be deleted.',
    );
    await user.click(screen.getByRole('button', { name: 'Bahasa Indonesia' }));

    await user.click(within(table).getByRole('button', { name: 'Hapus formasi T-002' }));
    const second = screen.getByRole('dialog', { name: 'Hapus formasi T-002?' });
    await user.click(within(second).getByRole('button', { name: 'Ya, hapus formasi' }));
    expect(await screen.findByText('Formasi T-002 dihapus.')).toBeInTheDocument();
    expect(within(table).queryByRole('row', { name: /T-002/ })).not.toBeInTheDocument();
    expect(backend.formasi.has(empty.id)).toBe(false);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('cancels a deletion with Escape', async () => {
    const { user, backend } = setup();
    const { table } = await formasiTable();
    await user.click(within(table).getByRole('button', { name: 'Hapus formasi T-002' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(backend.callsTo('formasi:delete')).toHaveLength(0);
    expect(within(table).getByRole('button', { name: 'Hapus formasi T-002' })).toHaveFocus();
  });
});
