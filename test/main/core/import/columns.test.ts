import { describe, expect, it } from 'vitest';
import { fieldOfHeading, headingKey, mapColumns } from '../../../../src/main/core/import/columns';

describe('fieldOfHeading', () => {
  it.each([
    ['Nomor Peserta', 'nomorPeserta'],
    ['No Peserta', 'nomorPeserta'],
    ['NO. PESERTA', 'nomorPeserta'],
    ['no_peserta', 'nomorPeserta'],
    ['  Nomor  Peserta ', 'nomorPeserta'],
    ['NIK', 'nik'],
    ['No KTP', 'nik'],
    ['No. KTP', 'nik'],
    ['Nama', 'nama'],
    ['Nama Lengkap', 'nama'],
    ['NAMA PESERTA', 'nama'],
    ['Tanggal Lahir', 'tanggalLahir'],
    ['Tgl Lahir', 'tanggalLahir'],
    ['TGL. LAHIR', 'tanggalLahir'],
    ['Tanggal Lahir (dd/mm/yyyy)', 'tanggalLahir'],
    ['Jenis Kelamin', 'jenisKelamin'],
    ['JK', 'jenisKelamin'],
    ['L/P', 'jenisKelamin'],
    ['Jenis Kelamin (L/P)', 'jenisKelamin'],
    ['(L/P)', 'jenisKelamin'],
    ['Pendidikan', 'pendidikan'],
    ['Kualifikasi Pendidikan', 'pendidikan'],
    ['IPK', 'ipk'],
    ['Nilai Ijazah', 'nilaiIjazah'],
    ['Rata-rata Ijazah', 'nilaiIjazah'],
    ['IPK/Nilai Ijazah', 'ipkAtauIjazah'],
    ['IPK / Nilai Ijazah', 'ipkAtauIjazah'],
    ['Formasi', 'formasiCode'],
    ['Kode Formasi', 'formasiCode'],
    ['KODE_FORMASI', 'formasiCode'],
    ['TWK', 'twk'],
    ['TIU', 'tiu'],
    ['TKP', 'tkp'],
    ['Total SKD', 'skdTotal'],
    ['SKD', 'skdTotal'],
  ])('reads %j as %s', (heading, field) => {
    expect(fieldOfHeading(heading)).toBe(field);
  });

  it.each([
    'No',
    'Jenis Formasi',
    'Unit/Lokasi Formasi',
    'Nilai SKB',
    'Jabatan',
    'Keterangan',
    'Peringkat',
    '',
  ])('ignores %j', (heading) => {
    expect(fieldOfHeading(heading)).toBeUndefined();
  });

  it('compares headings without accents, case or punctuation', () => {
    expect(headingKey('Tgl. Lahir')).toBe('tgllahir');
    expect(headingKey('Kódé Formasi')).toBe('kodeformasi');
  });
});

describe('mapColumns', () => {
  const required = [
    'Nomor Peserta',
    'NIK',
    'Nama',
    'Tanggal Lahir',
    'Jenis Kelamin',
    'Pendidikan',
    'Kode Formasi',
  ];

  it('maps each recognised heading to its column and leaves the others out', () => {
    const map = mapColumns(['No', ...required, 'Keterangan']);
    expect(map.index).toEqual({
      nomorPeserta: 1,
      nik: 2,
      nama: 3,
      tanggalLahir: 4,
      jenisKelamin: 5,
      pendidikan: 6,
      formasiCode: 7,
    });
    expect(map.columns).toEqual({
      'Nomor Peserta': 'nomorPeserta',
      NIK: 'nik',
      Nama: 'nama',
      'Tanggal Lahir': 'tanggalLahir',
      'Jenis Kelamin': 'jenisKelamin',
      Pendidikan: 'pendidikan',
      'Kode Formasi': 'formasiCode',
    });
  });

  it('lists every missing required column by its Indonesian name', () => {
    expect(() => mapColumns(['No Peserta', 'NIK', 'Tgl Lahir', 'JK', 'Jenis Formasi'])).toThrow(
      expect.objectContaining({
        code: 'import.missingColumns',
        params: { columns: 'Nama, Pendidikan, Kode Formasi' },
      }),
    );
  });

  it('requires all three SKD parts once any SKD column is present', () => {
    expect(() => mapColumns([...required, 'TWK', 'Total SKD'])).toThrow(
      expect.objectContaining({ code: 'import.missingColumns', params: { columns: 'TIU, TKP' } }),
    );
    expect(mapColumns([...required, 'TWK', 'TIU', 'TKP']).index.tkp).toBe(9);
  });

  it('refuses two columns for one field instead of guessing', () => {
    expect(() => mapColumns([...required, 'Nama Lengkap'])).toThrow(
      expect.objectContaining({
        code: 'import.duplicateColumns',
        params: { field: 'Nama', columns: '"Nama", "Nama Lengkap"' },
      }),
    );
  });
});
