import { describe, expect, it } from 'vitest';
import { readTable } from '../../../../src/main/core/import/read-table';
import { MAX_IMPORT_BYTES } from '../../../../src/shared/contract/contract';
import { fixture, HEADER, utf8 } from './fixtures';

describe('readTable: CSV', () => {
  it('reads a clean UTF-8 comma file with CRLF line ends', async () => {
    const table = await readTable(fixture('peserta-bersih.csv'), 'peserta-bersih.csv');
    expect(table).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 1,
    });
    expect(table.headers).toEqual(HEADER.split(','));
    expect(table.rows.map((row) => row.line)).toEqual([2, 3, 4, 5, 6]);
    expect(table.rows[1]?.cells.slice(0, 4)).toEqual([
      '24331500000002',
      '3315086511970042',
      'Dewi Lestari, S.Pd.',
      '25/11/1997',
    ]);
  });

  it('reads what Excel writes in the Indonesian locale: Windows-1252, semicolons, a blank line', async () => {
    const table = await readTable(
      fixture('peserta-excel-indonesia.csv'),
      'peserta-excel-indonesia.csv',
    );
    expect(table).toMatchObject({
      format: 'csv',
      encoding: 'windows-1252',
      delimiter: ';',
      headerLine: 1,
    });
    // Line 4 is blank: it is skipped but still counted, as Excel shows it.
    expect(table.rows.map((row) => row.line)).toEqual([2, 3, 5, 6]);
    expect(table.rows.map((row) => row.cells[2])).toEqual([
      "Siti Nur'aini",
      'Agnès Wulandari',
      // 0x92 in Windows-1252 is a right single quotation mark, not a control character.
      'Ma\u2019ruf Hidayat',
      'Yohanes Dwi Prasetyo; S.Kom',
    ]);
    expect(table.rows[0]?.cells[6]).toBe('3,58');
  });

  it('drops a UTF-8 byte-order mark so the first heading is still recognised', async () => {
    const table = await readTable(fixture('peserta-bom.csv'), 'peserta-bom.csv');
    expect(table).toMatchObject({ encoding: 'utf-8-bom', delimiter: ',' });
    expect(table.headers[0]).toBe('no_peserta');
    expect(table.rows.map((row) => row.line)).toEqual([2, 3]);
  });

  it('reads UTF-16 tab-separated text (Excel "Unicode Text")', async () => {
    const text = 'Nomor Peserta\tNIK\tNama\r\n24331500000001\t3315011203940017\tAgus Setiawan\r\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    const table = await readTable(bytes, 'peserta.txt');
    expect(table).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(table.rows[0]?.cells).toEqual(['24331500000001', '3315011203940017', 'Agus Setiawan']);
  });

  it('finds the heading row below a title and counts a multi-line cell as one row', async () => {
    const text = [
      'DAFTAR PESERTA SELEKSI CPNS KABUPATEN GROBOGAN 2024;;;',
      ';;;',
      'Nomor Peserta;NIK;Nama;Alamat',
      '24331500000001;3315011203940017;Agus Setiawan;"Jl. Pemuda No. 5',
      'Purwodadi"',
      '24331500000002;3315086511970042;Dewi Lestari;Toroh',
    ].join('\r\n');
    const table = await readTable(utf8(text), 'peserta.csv');
    expect(table).toMatchObject({ delimiter: ';', headerLine: 3 });
    // The quoted address spans two text lines but is one spreadsheet row (row 4).
    expect(table.rows.map((row) => row.line)).toEqual([4, 5]);
    expect(table.rows[0]?.cells[3]).toBe('Jl. Pemuda No. 5\r\nPurwodadi');
  });

  it('picks the separator that makes headings, not the one that occurs most', async () => {
    // Two commas in a heading, three semicolons between headings.
    const text =
      'Nomor Peserta;NIK;Nama (lengkap, dengan gelar, tanpa singkatan);Pendidikan\r\n1;2;3;4\r\n';
    expect((await readTable(utf8(text), 'a.csv')).delimiter).toBe(';');
  });

  it('refuses a quotation mark that is never closed, naming its line', async () => {
    const text = `${HEADER}\r\n24331500000001,3315011203940017,Agus\r\n24331500000002,"Dewi,3315086511970042\r\n`;
    await expect(readTable(utf8(text), 'peserta.csv')).rejects.toMatchObject({
      code: 'import.unclosedQuote',
      params: { line: 3 },
    });
  });

  it('returns no rows for a heading-only file and refuses an empty one', async () => {
    expect((await readTable(utf8(`${HEADER}\r\n`), 'a.csv')).rows).toEqual([]);
    await expect(readTable(utf8(''), 'a.csv')).rejects.toMatchObject({ code: 'import.emptyFile' });
    await expect(readTable(utf8('\r\n ,, \r\n'), 'a.csv')).rejects.toMatchObject({
      code: 'import.emptyFile',
    });
  });
});

describe('readTable: XLSX', () => {
  it('reads the first visible sheet with date cells, serial numbers, numbers and rich text', async () => {
    const table = await readTable(fixture('peserta.xlsx'), 'peserta.xlsx');
    expect(table).toMatchObject({
      format: 'xlsx',
      encoding: null,
      delimiter: null,
      dateSystem: 1900,
    });
    // Row 1 is the title, row 2 is empty, row 3 has the headings.
    expect(table.headerLine).toBe(3);
    expect(table.headers.slice(0, 5)).toEqual(['No', 'Nomor Peserta', 'NIK', 'Nama', 'Tgl Lahir']);
    expect(table.rows.map((row) => row.line)).toEqual([4, 5, 6, 8, 9]);
    const [first, second] = table.rows;
    expect(first?.cells[2]).toBe(3315091704920023);
    expect(first?.cells[4]).toEqual(new Date('1992-04-17T00:00:00Z'));
    expect(first?.cells[12]).toBe(425);
    expect(second?.cells[1]).toBe(24331500000032);
    expect(second?.cells[3]).toBe('Ratna Dewi');
    expect(second?.cells[4]).toBe(35000);
  });

  it('reads a workbook even when it was saved with a .csv name', async () => {
    expect((await readTable(fixture('peserta.xlsx'), 'peserta.csv')).format).toBe('xlsx');
  });

  it('refuses files it cannot read, with the reason', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readTable(ole, 'peserta.xls')).rejects.toMatchObject({
      code: 'import.unsupportedFormat',
    });
    await expect(readTable(ole, 'peserta.xlsx')).rejects.toMatchObject({
      code: 'import.unsupportedFormat',
    });
    await expect(readTable(utf8(HEADER), 'peserta.pdf')).rejects.toMatchObject({
      code: 'import.unsupportedFormat',
      params: { file: 'peserta.pdf' },
    });
    await expect(readTable(utf8(HEADER), 'peserta.xlsx')).rejects.toMatchObject({
      code: 'import.unreadableFile',
    });
    const brokenZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    await expect(readTable(brokenZip, 'peserta.xlsx')).rejects.toMatchObject({
      code: 'import.unreadableFile',
      params: { file: 'peserta.xlsx' },
    });
  });
});

describe('readTable: size', () => {
  it('refuses a file over the limit before reading it', async () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1);
    await expect(readTable(bytes, 'peserta.csv')).rejects.toMatchObject({
      code: 'import.tooLarge',
      params: { size: 32, limit: 32 },
    });
  });
});
