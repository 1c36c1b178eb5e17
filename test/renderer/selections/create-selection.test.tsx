import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app';

describe('creating a selection', () => {
  it('shows translated inline errors, then creates, activates and opens the selection', async () => {
    const { user, backend } = renderApp();
    expect(await screen.findByText('Belum ada seleksi')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Buat seleksi' }));
    const form = screen.getByRole('form', { name: 'Buat seleksi baru' });
    const year = within(form).getByLabelText('Tahun');
    await user.clear(year);
    await user.type(year, '1999');
    await user.click(within(form).getByRole('button', { name: 'Simpan seleksi' }));

    expect(within(form).getByLabelText('Nama seleksi')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText('Nama seleksi')).toHaveAccessibleDescription('Wajib diisi.');
    expect(year).toHaveAccessibleDescription('Isi tahun dengan 4 angka, antara 2000 dan 2100.');
    expect(within(form).getByLabelText('Instansi')).toHaveAccessibleDescription(/Wajib diisi\./);
    expect(within(form).getByText('4 isian perlu diperbaiki.')).toBeInTheDocument();
    expect(backend.callsTo('selection:create')).toHaveLength(0);

    await user.type(within(form).getByLabelText('Nama seleksi'), 'Seleksi CPNS Kudus');
    expect(within(form).getByLabelText('Nama seleksi')).not.toHaveAttribute('aria-invalid');
    await user.clear(year);
    await user.type(year, '2024');
    await user.selectOptions(within(form).getByLabelText('Jenis'), 'PPPK');
    await user.type(within(form).getByLabelText('Instansi'), 'Pemerintah Kabupaten Kudus');
    await user.type(within(form).getByLabelText('Lokasi'), 'Kecamatan Jati');
    await user.click(within(form).getByRole('button', { name: 'Simpan seleksi' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Seleksi CPNS Kudus' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/dibuat dan dijadikan aktif/)).toBeInTheDocument();
    expect(backend.callsTo('selection:create')).toEqual([
      {
        name: 'Seleksi CPNS Kudus',
        year: 2024,
        type: 'PPPK',
        instansi: 'Pemerintah Kabupaten Kudus',
        location: 'Kecamatan Jati',
      },
    ]);
    const created = [...backend.selections.values()][0];
    expect(window.localStorage.getItem('panitia.activeSelection')).toBe(created?.id);
    expect(screen.getByTestId('active-selection')).toHaveTextContent(
      'Seleksi CPNS Kudus · 2024 · PPPK',
    );
  });

  it('lists selections with their counts and makes another one active', async () => {
    const setup = renderApp();
    const first = setup.backend.seedSelection({ name: 'Seleksi A' });
    const second = setup.backend.seedSelection({ name: 'Seleksi B', type: 'PPPK' });
    const formasi = setup.backend.seedFormasi(second.id);
    setup.backend.seedCandidates(formasi, 1234);
    setup.unmount();
    const { user } = renderApp({ backend: setup.backend, activeSelectionId: first.id });

    const table = await screen.findByRole('table', { name: 'Daftar seleksi' });
    const rowB = within(table).getByRole('row', { name: /Seleksi B/ });
    expect(rowB).toHaveTextContent('1.234');
    expect(within(table).getByRole('row', { name: /Seleksi A/ })).toHaveTextContent('Aktif');
    await user.click(within(rowB).getByRole('button', { name: 'Jadikan aktif: Seleksi B' }));
    expect(window.localStorage.getItem('panitia.activeSelection')).toBe(second.id);
    expect(screen.getByTestId('active-selection')).toHaveTextContent('Seleksi B · 2024 · PPPK');
  });

  it('edits the fields of a selection', async () => {
    const setup = renderApp();
    const selection = setup.backend.seedSelection({ name: 'Seleksi Lama' });
    setup.unmount();
    const { user, backend } = renderApp({
      backend: setup.backend,
      path: `/seleksi/${selection.id}`,
    });
    await user.click(await screen.findByRole('button', { name: 'Ubah data seleksi' }));
    const form = screen.getByRole('form', { name: 'Ubah data seleksi' });
    const name = within(form).getByLabelText('Nama seleksi');
    await user.clear(name);
    await user.click(within(form).getByRole('button', { name: 'Simpan perubahan' }));
    expect(name).toHaveAccessibleDescription('Wajib diisi.');
    await user.type(name, 'Seleksi Baru');
    await user.click(within(form).getByRole('button', { name: 'Simpan perubahan' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Seleksi Baru' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Perubahan disimpan.')).toBeInTheDocument();
    expect(backend.selections.get(selection.id)?.name).toBe('Seleksi Baru');
  });
});
