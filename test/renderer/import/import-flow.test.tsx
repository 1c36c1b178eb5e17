import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeBackend } from '../helpers/fake-backend';
import { renderApp, textFile } from '../helpers/render-app';

const VALID = [
  ['20240001', '3319010101900001', 'Siti Aminah', '1990-01-01', 'P', 'S1 PGSD', 'G-001'],
  ['20240002', '3319010202910002', 'Budi Santoso', '1991-02-02', 'L', 'S1 PGSD', 'G-001'],
];
const INVALID = [
  ['20240003', '33190103', 'Rina Wati', '1992-03-03', 'P', 'S1 PGSD', 'G-001'],
  ['20240004', '3319010404930004', 'Agus', '1993-04-04', 'X', 'S1 PGSD', 'Z-999'],
];

function setup() {
  const backend = new FakeBackend();
  const selection = backend.seedSelection();
  backend.seedFormasi(selection.id, { code: 'G-001' });
  const app = renderApp({ backend, path: '/peserta/impor', activeSelectionId: selection.id });
  return { ...app, selection };
}

async function chooseFile(user: ReturnType<typeof setup>['user'], name: string, text: string) {
  await user.upload(
    await screen.findByLabelText('Pilih berkas CSV atau XLSX'),
    textFile(name, text),
  );
  return screen.findByRole('region', { name: 'Hasil pemeriksaan berkas' });
}

describe('importing candidates', () => {
  it('checks first, lists every invalid row with its line, then imports the valid rows only after confirmation', async () => {
    const { user, backend, selection } = setup();
    // Invalid rows sit between valid ones, so line numbers are not just 2, 3, …
    const summary = await chooseFile(
      user,
      'peserta.csv',
      FakeBackend.csv([VALID[0]!, INVALID[0]!, VALID[1]!, INVALID[1]!]),
    );

    expect(backend.callsTo('candidates:import').map((call) => call.mode)).toEqual(['check']);
    expect(backend.candidates).toHaveLength(0);
    expect(within(summary).getByText('peserta.csv')).toBeInTheDocument();
    expect(within(summary).getByText('CSV')).toBeInTheDocument();
    expect(within(summary).getByText('utf-8')).toBeInTheDocument();
    expect(within(summary).getByText('koma (,)')).toBeInTheDocument();
    expect(within(summary).getByTestId('import-counts')).toHaveTextContent(
      '4 baris data2 baris valid2 baris tidak valid',
    );
    const columns = within(summary).getByRole('table', { name: /Kolom yang dikenali/ });
    expect(
      within(columns).getByRole('row', { name: 'nomor_peserta Nomor Peserta' }),
    ).toBeInTheDocument();
    expect(within(columns).getByRole('row', { name: 'formasi Kode Formasi' })).toBeInTheDocument();

    const invalid = screen.getByRole('table', { name: 'Baris tidak valid beserta masalahnya' });
    const rows = within(invalid).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['3', '5']);
    expect(rows[0]).toHaveTextContent('20240003');
    expect(rows[0]).toHaveTextContent('Rina Wati');
    // Each problem is a translated sentence saying what was read and what to do.
    expect(
      within(rows[0]!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'NIK harus 16 angka (terbaca 8). Periksa apakah ada angka yang hilang atau berlebih.',
    ]);
    expect(
      within(rows[1]!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Jenis Kelamin "X" tidak dikenal. Isi L (laki-laki) atau P (perempuan).',
      'Kode formasi "Z-999" tidak ada di seleksi ini. Tambahkan formasinya dahulu, atau perbaiki kodenya.',
    ]);

    // The same rows read in English after switching language.
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(within(rows[0]!).getByRole('listitem')).toHaveTextContent(
      'A NIK has 16 digits (read 8).',
    );
    await user.click(screen.getByRole('button', { name: 'Bahasa Indonesia' }));

    const importAll = screen.getByRole('button', { name: 'Impor 4 peserta' });
    expect(importAll).toBeDisabled();
    expect(importAll).toHaveAccessibleDescription(/2 baris tidak valid\./);
    await user.click(screen.getByRole('button', { name: 'Impor hanya 2 baris yang valid' }));
    const dialog = screen.getByRole('dialog', { name: 'Impor baris yang valid saja?' });
    expect(dialog).toHaveAccessibleDescription(
      /2 baris tidak valid akan dilewati dan tidak diimpor\. 2 peserta akan diimpor\./,
    );

    // Cancelling changes nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Batal' }));
    expect(backend.callsTo('candidates:import')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Impor hanya 2 baris yang valid' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Ya, impor 2 peserta' }),
    );

    const result = await screen.findByTestId('import-result');
    expect(result).toHaveTextContent('2 peserta berhasil diimpor dari peserta.csv.');
    expect(result).toHaveTextContent('2 baris tidak valid dilewati.');
    expect(backend.callsTo('candidates:import').map((call) => call.mode)).toEqual([
      'check',
      'skip-invalid',
    ]);
    expect(backend.candidates.map((c) => c.nama)).toEqual(['Siti Aminah', 'Budi Santoso']);
    expect(backend.callsTo('candidates:import')[1]?.selectionId).toBe(selection.id);

    await user.click(within(result).getByRole('link', { name: 'Lihat daftar peserta' }));
    expect(await screen.findByTestId('candidate-total')).toHaveTextContent('2 peserta');
  });

  it('imports every row when all are valid', async () => {
    const { user, backend } = setup();
    await chooseFile(user, 'semua-valid.csv', FakeBackend.csv(VALID));
    expect(screen.getByText('Semua baris valid. 2 peserta siap diimpor.')).toBeInTheDocument();
    expect(
      screen.queryByRole('table', { name: 'Baris tidak valid beserta masalahnya' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Impor hanya/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Impor 2 peserta' }));
    expect(await screen.findByTestId('import-result')).toHaveTextContent(
      '2 peserta berhasil diimpor dari semua-valid.csv.',
    );
    expect(backend.callsTo('candidates:import').map((call) => call.mode)).toEqual([
      'check',
      'all-or-nothing',
    ]);
    expect(backend.candidates).toHaveLength(2);
  });

  it('names the columns a file must have', async () => {
    setup();
    expect(await screen.findByLabelText('Pilih berkas CSV atau XLSX')).toHaveAccessibleDescription(
      /Kolom wajib: Nomor Peserta, NIK, Nama, Tanggal Lahir, Jenis Kelamin, Pendidikan, Kode Formasi\./,
    );
  });

  it('shows a busy state while the file is checked', async () => {
    const { user, backend } = setup();
    let release: () => void = () => {};
    backend.gate = (channel) =>
      channel === 'candidates:import'
        ? new Promise<void>((resolve) => (release = resolve))
        : Promise.resolve();
    await user.upload(
      await screen.findByLabelText('Pilih berkas CSV atau XLSX'),
      textFile('lambat.csv', FakeBackend.csv(VALID)),
    );
    expect(
      await screen.findByText('Memeriksa setiap baris berkas lambat.csv…'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Pilih berkas CSV atau XLSX')).toBeDisabled();
    release();
    expect(
      await screen.findByRole('region', { name: 'Hasil pemeriksaan berkas' }),
    ).toBeInTheDocument();
  });

  it('shows a refusal of the file (missing columns) translated, and imports nothing', async () => {
    const { user, backend } = setup();
    const text = 'nomor_peserta,nama\n20240001,Siti';
    await user.upload(
      await screen.findByLabelText('Pilih berkas CSV atau XLSX'),
      textFile('kurang.csv', text),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Kolom wajib tidak ditemukan: nik, tanggal_lahir, jenis_kelamin, pendidikan, formasi. Tambahkan kolom tersebut pada baris judul.',
    );
    expect(screen.queryByRole('button', { name: /^Impor/ })).not.toBeInTheDocument();
    expect(backend.candidates).toHaveLength(0);
  });

  it('is reachable from Peserta and from Ekspor/Impor', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('link', { name: 'Ekspor/Impor' }));
    await user.click(await screen.findByRole('link', { name: 'Impor peserta' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Impor peserta' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Peserta' }));
    await user.click(await screen.findByRole('link', { name: 'Impor peserta' }));
    expect(await screen.findByLabelText('Pilih berkas CSV atau XLSX')).toBeInTheDocument();
  });

  it('asks for a selection first when none is active', async () => {
    renderApp({ path: '/peserta/impor' });
    expect(await screen.findByText('Belum ada seleksi aktif')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Buka menu Seleksi' })).toHaveAttribute(
      'href',
      '#/seleksi',
    );
  });
});
