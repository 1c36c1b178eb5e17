import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkCandidateFile } from '../../../../src/main/core/import/check-candidate-file';
import { normaliseFormasiCode } from '../../../../src/main/core/import/formasi-code';
import { DEMO_FORMASI } from '../../../../src/main/core/demo/demo-formasi';
import { demoCsv } from '../../../helpers/demo-fixtures';
import { fixture, fixtureContext, HEADER, utf8 } from './fixtures';

describe('checkCandidateFile', () => {
  it('fingerprints the file and says how it was read', async () => {
    const bytes = fixture('peserta-excel-indonesia.csv');
    const checked = await checkCandidateFile(
      bytes,
      'peserta-excel-indonesia.csv',
      fixtureContext(),
    );
    expect(checked.fileSha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(checked).toMatchObject({
      format: 'csv',
      encoding: 'windows-1252',
      delimiter: ';',
      totalRows: 4,
    });
    expect(checked.columns['L/P']).toBe('jenisKelamin');
  });

  it('checks a workbook with a title, date cells, serial dates and numeric NIKs', async () => {
    const checked = await checkCandidateFile(
      fixture('peserta.xlsx'),
      'peserta.xlsx',
      fixtureContext(),
    );
    expect(checked).toMatchObject({
      format: 'xlsx',
      encoding: null,
      delimiter: null,
      totalRows: 4,
      invalid: [],
    });
    expect(
      checked.valid.map((row) => [
        row.line,
        row.fields.nomorPeserta,
        row.fields.nik,
        row.fields.nama,
        row.fields.tanggalLahir,
      ]),
    ).toEqual([
      [4, '24331500000031', '3315091704920023', 'Budi Santoso', '1992-04-17'],
      [5, '24331500000032', '3315116810950057', 'Ratna Dewi', '1995-10-28'],
      [6, '24331500000033', '3315140305900108', 'Fajar Nugroho', '1990-05-03'],
      [8, '24331500000034', '3315176902000004', 'Lestari Handayani', '2000-02-29'],
    ]);
    expect(checked.valid[1]?.fields).toMatchObject({
      ipk: null,
      nilaiIjazah: 88.75,
      skd: { twk: 90, tiu: 100, tkp: 172 },
    });
    expect(checked.valid[2]?.fields).toMatchObject({ ipk: 3, skd: null });
  });

  it('refuses what only a workbook can get wrong', async () => {
    const checked = await checkCandidateFile(
      fixture('peserta-salah.xlsx'),
      'peserta-salah.xlsx',
      fixtureContext(),
    );
    expect(checked.valid.map((row) => row.line)).toEqual([6]);
    expect(checked.invalid.map((row) => [row.line, row.problems])).toEqual([
      [2, [{ field: 'nik', code: 'value.storedAsNumber', params: { value: '3315145008920010' } }]],
      [3, [{ field: 'tanggalLahir', code: 'date.notInCalendar', params: { value: '60' } }]],
      [4, [{ field: 'twk', code: 'number.invalid', params: { value: '#DIV/0!' } }]],
      [5, [{ field: 'nik', code: 'value.storedAsNumber', params: { value: '9471014508920012' } }]],
    ]);
  });

  it('throws for problems of the file as a whole', async () => {
    await expect(
      checkCandidateFile(utf8(`${HEADER}\r\n,,,\r\n`), 'a.csv', fixtureContext()),
    ).rejects.toMatchObject({
      code: 'import.emptyFile',
    });
    await expect(
      checkCandidateFile(utf8('Nama,NIK\r\nAgus,1\r\n'), 'a.csv', fixtureContext()),
    ).rejects.toMatchObject({
      code: 'import.missingColumns',
      params: { columns: 'Nomor Peserta, Tanggal Lahir, Jenis Kelamin, Pendidikan, Kode Formasi' },
    });
  });

  it('accepts 20,000 demo candidates quickly (no quadratic work)', async () => {
    const context = {
      formasiByCode: new Map(
        DEMO_FORMASI.map((f) => [normaliseFormasiCode(f.code), { id: f.code }]),
      ),
      existingNomorPeserta: new Set<string>(),
      existingNik: new Set<string>(),
    };
    const bytes = utf8(demoCsv(20_000));
    const started = performance.now();
    const checked = await checkCandidateFile(bytes, 'peserta.csv', context);
    const elapsed = performance.now() - started;
    expect(checked.totalRows).toBe(20_000);
    expect(checked.invalid).toEqual([]);
    // Measured at about 0.2–0.4 s; the bound only catches accidental quadratic work.
    expect(elapsed).toBeLessThan(3_000);
  });
});
