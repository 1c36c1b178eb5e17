import { describe, expect, it } from 'vitest';
import { cellText, identifierText } from '../../../../src/main/core/import/cell-text';
import { excelSerialToIso } from '../../../../src/main/core/import/excel-serial';
import { parseDate } from '../../../../src/main/core/import/parse-date';
import { parseGender } from '../../../../src/main/core/import/parse-gender';
import { parseNumber } from '../../../../src/main/core/import/parse-number';

describe('parseDate', () => {
  it.each([
    ['05/08/1990', '1990-08-05'],
    ['5/8/1990', '1990-08-05'],
    ['05-08-1990', '1990-08-05'],
    ['05.08.1990', '1990-08-05'],
    ['1990-08-05', '1990-08-05'],
    ['1990-8-5', '1990-08-05'],
    ['1990-08-05 00:00:00', '1990-08-05'],
    ['1990-08-05T00:00:00.000Z', '1990-08-05'],
    ['5 Agustus 1990', '1990-08-05'],
    ['05-Agu-1990', '1990-08-05'],
    ['17 Aug 1945', '1945-08-17'],
    ["'05/08/1990", '1990-08-05'],
    ['29/02/2000', '2000-02-29'],
    ['33090', '1990-08-05'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDate(text, 1900)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['31/02/1995', 'date.notInCalendar'],
    ['29/02/1900', 'date.notInCalendar'],
    ['29/02/2023', 'date.notInCalendar'],
    ['00/01/1990', 'date.notInCalendar'],
    ['12/13/1990', 'date.notInCalendar'],
    ['05/08/90', 'date.twoDigitYear'],
    ['05/08-1990', 'date.invalid'],
    ['1990', 'date.invalid'],
    ['kemarin', 'date.invalid'],
    ['05/08/1850', 'date.yearOutOfRange'],
  ])('refuses %j with %s', (text, code) => {
    expect(parseDate(text, 1900)).toMatchObject({ ok: false, code, params: { value: text } });
  });

  it('reads Excel date cells by their UTC date and serial numbers in either date system', () => {
    expect(parseDate(new Date('1992-04-17T00:00:00Z'), 1900)).toEqual({
      ok: true,
      value: '1992-04-17',
    });
    expect(parseDate(33090, 1900)).toEqual({ ok: true, value: '1990-08-05' });
    expect(parseDate(33090.75, 1900)).toEqual({ ok: true, value: '1990-08-05' });
    expect(parseDate(31628, 1904)).toEqual({ ok: true, value: '1990-08-05' });
  });
});

describe('excelSerialToIso', () => {
  it('follows Excel, including its phantom 29 February 1900', () => {
    expect(excelSerialToIso(1, 1900)).toBe('1900-01-01');
    expect(excelSerialToIso(59, 1900)).toBe('1900-02-28');
    expect(excelSerialToIso(60, 1900)).toBeNull();
    expect(excelSerialToIso(61, 1900)).toBe('1900-03-01');
    expect(excelSerialToIso(25569, 1900)).toBe('1970-01-01');
    expect(excelSerialToIso(35000, 1900)).toBe('1995-10-28');
    expect(excelSerialToIso(0, 1900)).toBeNull();
    expect(excelSerialToIso(0, 1904)).toBe('1904-01-01');
    expect(excelSerialToIso(2_958_466, 1900)).toBeNull();
  });
});

describe('parseNumber', () => {
  it.each([
    ['3,45', 3.45],
    ['3.45', 3.45],
    [' 3,45 ', 3.45],
    ['87', 87],
    ['0,5', 0.5],
    [',5', 0.5],
    ['-2', -2],
    ['1.234.567', 1234567],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1 234', 1234],
    ["'3,45", 3.45],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  it.each(['abc', '3,4,5', '3.45.6,7', '3,', '1e3', '#N/A', ''])('refuses %j', (text) => {
    expect(parseNumber(text)).toMatchObject({ ok: false, code: 'number.invalid' });
  });

  it('takes numbers from a workbook as they are', () => {
    expect(parseNumber(3.41)).toEqual({ ok: true, value: 3.41 });
    expect(parseNumber(new Date(0))).toMatchObject({ ok: false, code: 'number.invalid' });
  });
});

describe('parseGender', () => {
  it.each([
    ['L', 'L'],
    ['l', 'L'],
    ['Laki-laki', 'L'],
    ['LAKI LAKI', 'L'],
    ['Pria', 'L'],
    ['M', 'L'],
    ['Lk', 'L'],
    ['P', 'P'],
    ['Perempuan', 'P'],
    ['wanita', 'P'],
    ['F', 'P'],
    [' Pr. ', 'P'],
  ])('reads %j as %s', (text, gender) => {
    expect(parseGender(text)).toEqual({ ok: true, value: gender });
  });

  it('refuses anything else, showing what was written', () => {
    expect(parseGender('X')).toEqual({ ok: false, code: 'gender.unknown', params: { value: 'X' } });
    expect(parseGender('1')).toMatchObject({ ok: false, code: 'gender.unknown' });
  });
});

describe('cellText and identifierText', () => {
  it("trims, collapses spaces and drops Excel's leading apostrophe", () => {
    expect(cellText("  '3315011203940017 ")).toBe('3315011203940017');
    expect(cellText("Siti\u00a0 Nur'aini")).toBe("Siti Nur'aini");
    expect(cellText(24331500000032)).toBe('24331500000032');
    expect(cellText(null)).toBe('');
  });

  it('keeps a 16-digit number that Excel cannot have rounded', () => {
    expect(identifierText(3315091704920023)).toEqual({ ok: true, value: '3315091704920023' });
    expect(identifierText(24331500000030)).toEqual({ ok: true, value: '24331500000030' });
  });

  it('refuses numbers whose digits may be lost', () => {
    // 16 digits ending in 0: Excel keeps 15 significant digits and fills the rest with 0.
    expect(identifierText(3315145008920010)).toEqual({
      ok: false,
      code: 'value.storedAsNumber',
      params: { value: '3315145008920010' },
    });
    // Above 2^53 not even the stored double is exact.
    expect(identifierText(9471014508920012)).toMatchObject({
      ok: false,
      code: 'value.storedAsNumber',
    });
    expect(identifierText('3,51514E+15')).toEqual({
      ok: false,
      code: 'value.scientific',
      params: { value: '3,51514E+15' },
    });
    expect(identifierText('3.51514e15')).toMatchObject({ ok: false, code: 'value.scientific' });
  });
});
