/**
 * The NIK (Nomor Induk Kependudukan) rule, shared by the importer and the renderer's forms.
 * Layout `PP KK CC DDMMYY NNNN`: province, regency, district, birth date (day + 40 for women),
 * serial. Checking it against the row's own birth date and sex catches most typing errors.
 */
import type { Gender } from './candidate';

/**
 * Province codes used in NIKs. 91–97 are all accepted: Papua was split into new provinces in
 * 2022 and people keep the NIK of the province they were first registered in, so both the old
 * Kemendagri codes (91 Papua Barat, 94 Papua) and the newer ones occur.
 */
// prettier-ignore
export const NIK_PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21',
  '31', '32', '33', '34', '35', '36', '51', '52', '53',
  '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82',
  '91', '92', '93', '94', '95', '96', '97',
]);

/** A reason a NIK is refused; each code has a message in i18n/import-problems.ts. */
export type NikProblemCode =
  | 'nik.length'
  | 'nik.notDigits'
  | 'nik.province'
  | 'nik.birthDate'
  | 'nik.birthDateMismatch'
  | 'nik.genderMismatch'
  | 'nik.serial';

/** One refused aspect of a NIK, with the values its message shows. */
export interface NikProblem {
  code: NikProblemCode;
  params: Record<string, string | number>;
}

/** What the row says about the person, to compare with the NIK; unknown parts are skipped. */
export interface NikExpectation {
  /** ISO date yyyy-mm-dd. */
  tanggalLahir?: string | null;
  jenisKelamin?: Gender | null;
}

/** The parts of a NIK's birth-date block. */
export interface NikBirth {
  day: number;
  month: number;
  /** Last two digits of the birth year; the century is not in the NIK. */
  yy: number;
  jenisKelamin: Gender;
}

const SIXTEEN_DIGITS = /^\d{16}$/;
const DIGITS = /^\d*$/;
const SIX_DIGITS = /^\d{6}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The birth block (digits 7–12) of a 16-digit NIK, or null when it is not a possible date. */
export function nikBirth(nik: string): NikBirth | null {
  const dd = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const female = dd > 40;
  const day = female ? dd - 40 : dd;
  if (month < 1 || month > 12 || day < 1) return null;
  // The century is unknown, so 29 February is allowed in every year divisible by four.
  const maxDay = month === 2 && yy % 4 !== 0 ? 28 : (DAYS_IN_MONTH[month - 1] as number);
  if (day > maxDay) return null;
  return { day, month, yy, jenisKelamin: female ? 'P' : 'L' };
}

/** Every problem of `nik`, checked on its own and against the row's birth date and sex. */
export function checkNik(nik: string, expected: NikExpectation = {}): NikProblem[] {
  if (!DIGITS.test(nik)) return [{ code: 'nik.notDigits', params: { value: nik } }];
  if (!SIXTEEN_DIGITS.test(nik)) return [{ code: 'nik.length', params: { length: nik.length } }];
  const problems: NikProblem[] = [];
  const province = nik.slice(0, 2);
  if (!NIK_PROVINCE_CODES.has(province)) {
    problems.push({ code: 'nik.province', params: { code: province } });
  }
  const block = nik.slice(6, 12);
  const birth = nikBirth(nik);
  if (!birth) {
    problems.push({ code: 'nik.birthDate', params: { code: block } });
  } else {
    const date = expected.tanggalLahir ? isoParts(expected.tanggalLahir) : null;
    if (
      date &&
      (date.day !== birth.day || date.month !== birth.month || date.year % 100 !== birth.yy)
    ) {
      problems.push({
        code: 'nik.birthDateMismatch',
        params: {
          code: block,
          nikDate: ddmmyy(birth),
          rowDate: ddmmyy({ ...date, yy: date.year % 100 }),
        },
      });
    }
    if (expected.jenisKelamin && expected.jenisKelamin !== birth.jenisKelamin) {
      problems.push({
        code: 'nik.genderMismatch',
        params: {
          code: block.slice(0, 2),
          nikGender: birth.jenisKelamin,
          gender: expected.jenisKelamin,
        },
      });
    }
  }
  if (nik.endsWith('0000')) problems.push({ code: 'nik.serial', params: {} });
  return problems;
}

/** The parts a NIK is built from; `region` is the 6-digit province–regency–district code. */
export interface NikParts {
  region: string;
  tanggalLahir: string;
  jenisKelamin: Gender;
  serial: number;
}

/** Builds the NIK of a person (for demo data and tests); the inverse of {@link checkNik}. */
export function makeNik({ region, tanggalLahir, jenisKelamin, serial }: NikParts): string {
  const date = isoParts(tanggalLahir);
  if (!SIX_DIGITS.test(region) || !date || serial < 1 || serial > 9999) {
    throw new RangeError(`cannot build a NIK from ${region} ${tanggalLahir} ${serial}`);
  }
  const day = date.day + (jenisKelamin === 'P' ? 40 : 0);
  return `${region}${two(day)}${two(date.month)}${two(date.year % 100)}${String(serial).padStart(4, '0')}`;
}

function isoParts(iso: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function ddmmyy({ day, month, yy }: { day: number; month: number; yy: number }): string {
  return `${two(day)}-${two(month)}-${two(yy)}`;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}
