import { describe, expect, it } from 'vitest';
import { checkCandidateRows } from '../../../../src/main/core/import/check-rows';
import type { RawTable } from '../../../../src/main/core/import/raw-table';
import { readTable } from '../../../../src/main/core/import/read-table';
import { CandidateFields } from '../../../../src/shared/domain/candidate';
import type { InvalidRow } from '../../../../src/shared/domain/import-report';
import { fixture, fixtureContext, HEADER } from './fixtures';

async function checkFixture(name: string) {
  return checkCandidateRows(await readTable(fixture(name), name), fixtureContext());
}

/** Each invalid row as [line, "field:code", ...] so a whole file's verdict fits in one assertion. */
function verdicts(invalid: InvalidRow[]): Array<[number, ...string[]]> {
  return invalid.map((row) => [row.line, ...row.problems.map((p) => `${p.field}:${p.code}`)]);
}

/** A table built in code, for cells only a workbook can hold. */
function table(
  headers: string[],
  rows: Array<Array<string | number | Date | null>>,
  firstLine = 2,
): RawTable {
  return {
    format: 'xlsx',
    encoding: null,
    delimiter: null,
    dateSystem: 1900,
    headerLine: firstLine - 1,
    headers,
    rows: rows.map((cells, i) => ({ line: firstLine + i, cells })),
  };
}

const HEADINGS = HEADER.split(',');
const GOOD = [
  '24331500000001',
  '3315011203940017',
  'Agus Setiawan',
  '12/03/1994',
  'L',
  'S-1 Pendidikan Guru Sekolah Dasar',
  '3,45',
  '',
  'GKS-01',
  '110',
  '120',
  '180',
  '410',
];

describe('checkCandidateRows', () => {
  it('accepts every row of a clean file, with typed fields', async () => {
    const checked = await checkFixture('peserta-bersih.csv');
    expect(checked.totalRows).toBe(5);
    expect(checked.invalid).toEqual([]);
    expect(checked.valid.map((row) => row.line)).toEqual([2, 3, 4, 5, 6]);
    expect(checked.valid[0]).toEqual({
      line: 2,
      formasiId: 'formasi-GKS-01',
      fields: {
        nomorPeserta: '24331500000001',
        nik: '3315011203940017',
        nama: 'Agus Setiawan',
        tanggalLahir: '1994-03-12',
        jenisKelamin: 'L',
        pendidikan: 'S-1 Pendidikan Guru Sekolah Dasar',
        ipk: 3.45,
        nilaiIjazah: null,
        formasiCode: 'GKS-01',
        skd: { twk: 110, tiu: 120, tkp: 180 },
      },
    });
    expect(checked.valid[2]?.fields).toMatchObject({
      tanggalLahir: '2001-07-05',
      ipk: null,
      nilaiIjazah: 85.5,
    });
    expect(checked.valid[3]?.fields).toMatchObject({ tanggalLahir: '1999-02-28', skd: null });
    for (const row of checked.valid)
      expect(CandidateFields.safeParse(row.fields).success).toBe(true);
  });

  it('reads the Indonesian Excel file: decimal commas, shared IPK/ijazah column, loose formasi code', async () => {
    const checked = await checkFixture('peserta-excel-indonesia.csv');
    expect(checked.invalid).toEqual([]);
    expect(
      checked.valid.map((row) => [
        row.line,
        row.fields.nama,
        row.fields.ipk,
        row.fields.nilaiIjazah,
        row.formasiId,
      ]),
    ).toEqual([
      [2, "Siti Nur'aini", 3.58, null, 'formasi-GKS-01'],
      [3, 'Agnès Wulandari', 3.21, null, 'formasi-GMT-02'],
      [5, 'Ma\u2019ruf Hidayat', null, 87.25, 'formasi-ADM-03'],
      [6, 'Yohanes Dwi Prasetyo; S.Kom', 2.95, null, 'formasi-PKM-04'],
    ]);
    // The leading apostrophe Excel users type to keep a NIK as text is not part of it.
    expect(checked.valid[0]?.fields.nik).toBe('3315064709960061');
    expect(checked.valid[1]?.fields.jenisKelamin).toBe('P');
  });

  it('reports every problem of every bad row, on the line a spreadsheet shows', async () => {
    const checked = await checkFixture('peserta-salah.csv');
    // 23 lines of data, one of them blank.
    expect(checked.totalRows).toBe(22);
    expect(checked.valid.map((row) => row.line)).toEqual([2, 23]);
    expect(verdicts(checked.invalid)).toEqual([
      [3, 'nama:value.required', 'pendidikan:value.required'],
      [4, 'nik:nik.length'],
      [5, 'nik:value.scientific'],
      [6, 'nik:nik.notDigits'],
      [7, 'nik:nik.province'],
      [8, 'nik:nik.birthDate'],
      [9, 'nik:nik.birthDateMismatch'],
      [10, 'nik:nik.genderMismatch'],
      [11, 'nik:nik.serial'],
      [12, 'tanggalLahir:date.notInCalendar'],
      [13, 'tanggalLahir:date.twoDigitYear'],
      [14, 'jenisKelamin:gender.unknown'],
      [15, 'ipk:number.outOfRange', 'nilaiIjazah:number.invalid'],
      [16, 'twk:number.outOfRange', 'tiu:number.notInteger'],
      [17, 'skd:skd.incomplete'],
      [18, 'skdTotal:skd.totalMismatch'],
      [19, 'formasiCode:formasi.unknown'],
      [
        20,
        'nik:nik.length',
        'jenisKelamin:gender.unknown',
        'ipk:number.outOfRange',
        'formasiCode:formasi.unknown',
      ],
      [21, 'nomorPeserta:value.tooLong'],
      [24, 'tanggalLahir:date.invalid'],
    ]);
    const params = new Map(
      checked.invalid.map((row) => [row.line, row.problems.map((p) => p.params)]),
    );
    expect(params.get(4)).toEqual([{ length: 15 }]);
    expect(params.get(5)).toEqual([{ value: '3,31501E+15' }]);
    expect(params.get(7)).toEqual([{ code: '99' }]);
    expect(params.get(9)).toEqual([{ code: '120394', nikDate: '12-03-94', rowDate: '13-03-94' }]);
    expect(params.get(10)).toEqual([{ code: '60', nikGender: 'P', gender: 'L' }]);
    expect(params.get(15)).toEqual([{ value: '4,5', min: 0, max: 4 }, { value: 'abc' }]);
    expect(params.get(17)).toEqual([{ missing: 'TKP' }]);
    expect(params.get(18)).toEqual([{ total: 400, sum: 390 }]);
    expect(params.get(21)).toEqual([{ length: 52, max: 50 }]);
    const line3 = checked.invalid.find((row) => row.line === 3);
    expect(line3).toMatchObject({ nomorPeserta: '24331500000102', nama: null });
  });

  it('refuses every copy of a duplicate, pointing each copy at the other lines', async () => {
    const checked = await checkFixture('peserta-ganda.csv');
    expect(checked.valid.map((row) => row.line)).toEqual([9]);
    expect(checked.invalid.map((row) => [row.line, row.problems])).toEqual([
      [
        2,
        [
          {
            field: 'nomorPeserta',
            code: 'duplicate.inFileFirst',
            params: { value: '24331500000201', lines: '4, 6' },
          },
        ],
      ],
      [
        3,
        [
          {
            field: 'nik',
            code: 'duplicate.inFileFirst',
            params: { value: '3315050204910002', lines: '5' },
          },
        ],
      ],
      [
        4,
        [
          {
            field: 'nomorPeserta',
            code: 'duplicate.inFile',
            params: { value: '24331500000201', line: 2 },
          },
        ],
      ],
      [
        5,
        [
          {
            field: 'nik',
            code: 'duplicate.inFile',
            params: { value: '3315050204910002', line: 3 },
          },
        ],
      ],
      [
        6,
        [
          {
            field: 'nomorPeserta',
            code: 'duplicate.inFile',
            params: { value: '24331500000201', line: 2 },
          },
        ],
      ],
      [
        7,
        [
          {
            field: 'nomorPeserta',
            code: 'duplicate.inSelection',
            params: { value: '24331500009999' },
          },
        ],
      ],
      [8, [{ field: 'nik', code: 'duplicate.inSelection', params: { value: '3315050704910007' } }]],
    ]);
  });

  it('skips rows with nothing in the columns it reads, such as numbered template rows', () => {
    const checked = checkCandidateRows(
      table(
        ['No', ...HEADINGS],
        [
          [1, ...GOOD],
          [2, ...HEADINGS.map(() => '')],
          [3, ...HEADINGS.map(() => null)],
        ],
      ),
      fixtureContext(),
    );
    expect(checked.totalRows).toBe(1);
    expect(checked.valid.map((row) => row.line)).toEqual([2]);
  });

  it('splits one IPK/Nilai Ijazah column at 4 and checks it against 0–100', () => {
    const headings = [...HEADINGS.slice(0, 6), 'IPK/Nilai Ijazah', 'Kode Formasi'];
    // Different nomor peserta and NIK serials, so the rows are not duplicates of each other.
    const row = (value: string | number, i: number) => [
      `2433150000000${i}`,
      `331501120394000${i}`,
      ...GOOD.slice(2, 6),
      value,
      'GKS-01',
    ];
    const rows = [row(4, 1), row('4,01', 2), row(101, 3), row('', 4)];
    const checked = checkCandidateRows(table(headings, rows), fixtureContext());
    expect(checked.valid.map((r) => [r.line, r.fields.ipk, r.fields.nilaiIjazah])).toEqual([
      [2, 4, null],
      [3, null, 4.01],
      [5, null, null],
    ]);
    expect(checked.invalid).toEqual([
      {
        line: 4,
        nomorPeserta: '24331500000003',
        nama: 'Agus Setiawan',
        problems: [
          {
            field: 'ipkAtauIjazah',
            code: 'number.outOfRange',
            params: { value: '101', min: 0, max: 100 },
          },
        ],
      },
    ]);
  });

  it('refuses a Total SKD without its three parts', () => {
    const cells = [...GOOD.slice(0, 9), '', '', '', '410'];
    const checked = checkCandidateRows(table(HEADINGS, [cells]), fixtureContext());
    expect(checked.invalid[0]?.problems).toEqual([
      { field: 'skd', code: 'skd.incomplete', params: { missing: 'TWK, TIU, TKP' } },
    ]);
  });

  it('reads workbook cells: numeric NIK and nomor peserta, date cells, serial numbers', () => {
    const cells = [
      24331500000001,
      3315011203940017,
      'Agus Setiawan',
      new Date('1994-03-12T00:00:00Z'),
      'L',
      'S-1 Pendidikan Guru Sekolah Dasar',
      3.45,
      null,
      'GKS-01',
      110,
      120,
      180,
      410,
    ];
    const serial = [...cells];
    serial[0] = '24331500000002';
    serial[1] = '3315011203940018';
    serial[3] = 34405; // 12/03/1994
    const checked = checkCandidateRows(table(HEADINGS, [cells, serial]), fixtureContext());
    expect(checked.invalid).toEqual([]);
    expect(
      checked.valid.map((r) => [r.fields.nomorPeserta, r.fields.nik, r.fields.tanggalLahir]),
    ).toEqual([
      ['24331500000001', '3315011203940017', '1994-03-12'],
      ['24331500000002', '3315011203940018', '1994-03-12'],
    ]);
  });

  it('never throws for bad cells, only for a bad heading row', () => {
    const junk = HEADINGS.map(() => '???');
    expect(checkCandidateRows(table(HEADINGS, [junk]), fixtureContext()).invalid).toHaveLength(1);
    expect(() => checkCandidateRows(table(['Nama', 'NIK'], [junk]), fixtureContext())).toThrow(
      expect.objectContaining({ code: 'import.missingColumns' }),
    );
  });
});
