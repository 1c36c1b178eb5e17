import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/shared/i18n/errors';
import {
  describeProblem,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  IMPORT_PROBLEM_MESSAGES,
} from '../../../src/shared/i18n/import-problems';

const placeholders = (message: string) =>
  [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('import problem messages', () => {
  it('has exactly the same codes in Indonesian and English', () => {
    expect(Object.keys(IMPORT_PROBLEM_MESSAGES.en).sort()).toEqual(
      Object.keys(IMPORT_PROBLEM_MESSAGES.id).sort(),
    );
    expect(LANGUAGES).toEqual(['id', 'en']);
  });

  it('uses the same placeholders in both languages', () => {
    for (const [code, message] of Object.entries(IMPORT_PROBLEM_MESSAGES.id)) {
      expect([
        code,
        placeholders(IMPORT_PROBLEM_MESSAGES.en[code as keyof typeof IMPORT_PROBLEM_MESSAGES.en]),
      ]).toEqual([code, placeholders(message)]);
    }
  });

  it('has a label for every field in both languages', () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(IMPORT_FIELD_LABELS[language]).sort()).toEqual([...IMPORT_FIELDS].sort());
    }
  });

  it('describes a problem in Indonesian by default and in English on request', () => {
    const problem = { field: 'nik', code: 'nik.length', params: { length: 15 } };
    expect(describeProblem(problem)).toBe(
      'NIK harus 16 angka (terbaca 15). Periksa apakah ada angka yang hilang atau berlebih.',
    );
    expect(describeProblem(problem, 'en')).toBe(
      'A NIK has 16 digits (read 15). Check for missing or extra digits.',
    );
    expect(
      describeProblem({
        field: 'ipk',
        code: 'number.outOfRange',
        params: { value: '4,5', min: 0, max: 4 },
      }),
    ).toBe('IPK harus antara 0 dan 4 (terbaca 4,5).');
    expect(
      describeProblem({ field: 'tanggalLahir', code: 'value.required', params: {} }, 'en'),
    ).toBe('Date of birth (Tanggal Lahir) is required. Fill in the empty cell.');
  });

  it('shows an unknown code as it is rather than failing', () => {
    expect(describeProblem({ field: 'nama', code: 'future.rule', params: {} })).toBe(
      'Nama: future.rule',
    );
  });
});
