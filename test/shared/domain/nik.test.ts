import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNik, makeNik, NIK_PROVINCE_CODES, nikBirth } from '../../../src/shared/domain/nik';

const codes = (nik: string, expected = {}) =>
  checkNik(nik, expected).map((problem) => problem.code);

describe('checkNik', () => {
  it('accepts the published examples', () => {
    expect(checkNik('3515140508680001', { tanggalLahir: '1968-08-05', jenisKelamin: 'L' })).toEqual(
      [],
    );
    expect(checkNik('3515144508680002', { tanggalLahir: '1968-08-05', jenisKelamin: 'P' })).toEqual(
      [],
    );
    expect(checkNik('3273056010900009', { tanggalLahir: '1990-10-20', jenisKelamin: 'P' })).toEqual(
      [],
    );
  });

  it('says how many digits it read when there are not 16', () => {
    expect(checkNik('351514050868001')).toEqual([{ code: 'nik.length', params: { length: 15 } }]);
    expect(checkNik('35151405086800011')).toEqual([{ code: 'nik.length', params: { length: 17 } }]);
    expect(checkNik('3515-1405-0868-0001')).toEqual([
      { code: 'nik.notDigits', params: { value: '3515-1405-0868-0001' } },
    ]);
  });

  it('knows the province codes, including the new Papua provinces', () => {
    expect(codes('9915140508680001')).toEqual(['nik.province']);
    expect(codes('2015140508680001')).toEqual(['nik.province']);
    for (const province of ['11', '19', '21', '36', '53', '65', '76', '82', '91', '94', '97']) {
      expect(NIK_PROVINCE_CODES.has(province)).toBe(true);
      expect(codes(`${province}15140508680001`)).toEqual([]);
    }
  });

  it('refuses a birth block that is no date, allowing 29 February only in years divisible by four', () => {
    expect(checkNik('3515143208680001')).toEqual([
      { code: 'nik.birthDate', params: { code: '320868' } },
    ]);
    expect(codes('3515147208680001')).toEqual(['nik.birthDate']);
    expect(codes('3515140513680001')).toEqual(['nik.birthDate']);
    expect(codes('3515140000680001')).toEqual(['nik.birthDate']);
    expect(codes('3515142902010001')).toEqual(['nik.birthDate']);
    expect(codes('3515142902000001')).toEqual([]);
    expect(codes('3515146902960001')).toEqual([]);
  });

  it('compares the birth block with the row, day, month and two-digit year', () => {
    expect(checkNik('3515140508680001', { tanggalLahir: '1968-08-06' })).toEqual([
      {
        code: 'nik.birthDateMismatch',
        params: { code: '050868', nikDate: '05-08-68', rowDate: '06-08-68' },
      },
    ]);
    expect(codes('3515140508680001', { tanggalLahir: '1968-09-05' })).toEqual([
      'nik.birthDateMismatch',
    ]);
    expect(codes('3515140508680001', { tanggalLahir: '1969-08-05' })).toEqual([
      'nik.birthDateMismatch',
    ]);
    // The century is not in the NIK.
    expect(codes('3515140508680001', { tanggalLahir: '2068-08-05' })).toEqual([]);
  });

  it('reads +40 on the day as female and compares it with jenis kelamin', () => {
    expect(checkNik('3515144508680002', { jenisKelamin: 'L' })).toEqual([
      { code: 'nik.genderMismatch', params: { code: '45', nikGender: 'P', gender: 'L' } },
    ]);
    expect(codes('3515140508680001', { jenisKelamin: 'P' })).toEqual(['nik.genderMismatch']);
  });

  it('refuses serial 0000 and reports every problem at once', () => {
    expect(codes('3515140508680000')).toEqual(['nik.serial']);
    expect(codes('9915144508680000', { tanggalLahir: '1968-08-06', jenisKelamin: 'L' })).toEqual([
      'nik.province',
      'nik.birthDateMismatch',
      'nik.genderMismatch',
      'nik.serial',
    ]);
  });
});

describe('nikBirth', () => {
  it('decodes day, month, year and sex', () => {
    expect(nikBirth('3273056010900009')).toEqual({ day: 20, month: 10, yy: 90, jenisKelamin: 'P' });
    expect(nikBirth('3515143208680001')).toBeNull();
  });
});

describe('NIK properties', () => {
  const person = fc.record({
    date: fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    jenisKelamin: fc.constantFrom('L' as const, 'P' as const),
    province: fc.constantFrom(...NIK_PROVINCE_CODES),
    district: fc.integer({ min: 0, max: 9999 }),
    serial: fc.integer({ min: 1, max: 9999 }),
  });
  const build = (p: {
    date: Date;
    jenisKelamin: 'L' | 'P';
    province: string;
    district: number;
    serial: number;
  }) => {
    const tanggalLahir = p.date.toISOString().slice(0, 10);
    const region = `${p.province}${String(p.district).padStart(4, '0')}`;
    return {
      tanggalLahir,
      nik: makeNik({ region, tanggalLahir, jenisKelamin: p.jenisKelamin, serial: p.serial }),
    };
  };

  it('accepts the NIK of any valid date, sex, region and serial', () => {
    fc.assert(
      fc.property(person, (p) => {
        const { tanggalLahir, nik } = build(p);
        expect(checkNik(nik, { tanggalLahir, jenisKelamin: p.jenisKelamin })).toEqual([]);
      }),
    );
  });

  it('catches any single-digit change in the birth block', () => {
    fc.assert(
      fc.property(
        person,
        fc.integer({ min: 6, max: 11 }),
        fc.integer({ min: 1, max: 9 }),
        (p, at, shift) => {
          const { tanggalLahir, nik } = build(p);
          const digit = (Number(nik[at]) + shift) % 10;
          const changed = `${nik.slice(0, at)}${digit}${nik.slice(at + 1)}`;
          expect(checkNik(changed, { tanggalLahir, jenisKelamin: p.jenisKelamin })).not.toEqual([]);
        },
      ),
    );
  });
});
