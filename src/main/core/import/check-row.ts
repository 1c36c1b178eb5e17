/** Checks one data row and collects every problem it has, not just the first. */
import type { CandidateFields, Gender, SkdScores } from '../../../shared/domain/candidate';
import type { RowProblem } from '../../../shared/domain/import-report';
import { checkNik } from '../../../shared/domain/nik';
import {
  IMPORT_FIELDS,
  type ImportField,
  type ImportProblemCode,
} from '../../../shared/i18n/import-problems';
import { cellText, identifierText } from './cell-text';
import type { CheckContext } from './check-context';
import type { ColumnField, ColumnMap } from './columns';
import { normaliseFormasiCode } from './formasi-code';
import { parseDate } from './parse-date';
import { parseGender } from './parse-gender';
import { parseNumber } from './parse-number';
import { ok, type Parsed } from './parsed';
import { isBlankCell, type RawCell, type RawRow } from './raw-table';

/** One checked row; `candidate` is set only when the row has no problem of its own. */
export interface RowCheck {
  line: number;
  nomorPeserta: string | null;
  nama: string | null;
  nik: string | null;
  problems: RowProblem[];
  candidate: { fields: CandidateFields; formasiId: string } | null;
}

// Longest values the store accepts (see CandidateFields).
const MAX_IDENTIFIER = 50;
const MAX_TEXT = 200;
const IPK_MAX = 4;
const IJAZAH_MAX = 100;
const SKD_PARTS = ['twk', 'tiu', 'tkp'] as const;
const SKD_MAX = { twk: 150, tiu: 175, tkp: 225 } as const;
const SKD_TOTAL_MAX = SKD_MAX.twk + SKD_MAX.tiu + SKD_MAX.tkp;
const SPACES = /\s/g;
const FIELD_ORDER = new Map<string, number>(IMPORT_FIELDS.map((field, i) => [field, i]));

/*
 * The helpers below take the row being checked instead of closing over it: one closure per
 * helper per row was a third of the time for 20,000 rows.
 */
interface Row {
  cells: readonly RawCell[];
  index: ColumnMap['index'];
  problems: RowProblem[];
}

/** Checks `row` against the column map and the selection. */
export function checkRow(
  raw: RawRow,
  index: ColumnMap['index'],
  context: CheckContext,
  dateSystem: 1900 | 1904,
): RowCheck {
  const row: Row = { cells: raw.cells, index, problems: [] };
  const nomorPeserta = limited(
    row,
    'nomorPeserta',
    required(row, 'nomorPeserta', identifierText),
    MAX_IDENTIFIER,
  );
  const nikRead = required(row, 'nik', identifierText);
  // "3315 1405 0868 0001" is a NIK written in groups to be readable, not a different number.
  const nik = nikRead === null ? null : nikRead.replace(SPACES, '');
  const nama = limited(row, 'nama', required(row, 'nama', textOf), MAX_TEXT);
  const tanggalLahir = required(row, 'tanggalLahir', dateSystem === 1904 ? dateOf1904 : dateOf1900);
  const jenisKelamin: Gender | null = required(row, 'jenisKelamin', parseGender);
  if (nik !== null) {
    for (const problem of checkNik(nik, { tanggalLahir, jenisKelamin })) {
      report(row, 'nik', problem.code, problem.params);
    }
  }
  const pendidikan = limited(row, 'pendidikan', required(row, 'pendidikan', textOf), MAX_TEXT);

  let ipk = bounded(row, 'ipk', IPK_MAX, false);
  let nilaiIjazah = bounded(row, 'nilaiIjazah', IJAZAH_MAX, false);
  // One column for both: an IPK is at most 4, an ijazah average is on a 0–100 scale.
  const either = bounded(row, 'ipkAtauIjazah', IJAZAH_MAX, false);
  if (either !== null) {
    if (either <= IPK_MAX) ipk ??= either;
    else nilaiIjazah ??= either;
  }

  const formasiCode = limited(
    row,
    'formasiCode',
    required(row, 'formasiCode', identifierText),
    MAX_IDENTIFIER,
  );
  const formasi =
    formasiCode === null ? undefined : context.formasiByCode.get(normaliseFormasiCode(formasiCode));
  if (formasiCode !== null && !formasi)
    report(row, 'formasiCode', 'formasi.unknown', { code: formasiCode });

  const skd = checkSkd(row);

  if (nomorPeserta !== null && context.existingNomorPeserta.has(nomorPeserta)) {
    report(row, 'nomorPeserta', 'duplicate.inSelection', { value: nomorPeserta });
  }
  if (nik !== null && context.existingNik.has(nik)) {
    report(row, 'nik', 'duplicate.inSelection', { value: nik });
  }

  // The NIK is checked after the date and sex it depends on; list problems in field order anyway.
  if (row.problems.length > 1) row.problems.sort(byFieldOrder);

  // Every missing value was reported, so no problem means every required value is there.
  const complete =
    row.problems.length === 0 &&
    nomorPeserta !== null &&
    nik !== null &&
    nama !== null &&
    tanggalLahir !== null &&
    jenisKelamin !== null &&
    pendidikan !== null &&
    formasiCode !== null;
  return {
    line: raw.line,
    nomorPeserta: nomorPeserta || null,
    nama: nama || null,
    nik: nik || null,
    problems: row.problems,
    candidate:
      complete && formasi
        ? {
            fields: {
              nomorPeserta,
              nik,
              nama,
              tanggalLahir,
              jenisKelamin,
              pendidikan,
              ipk,
              nilaiIjazah,
              formasiCode,
              skd,
            },
            formasiId: formasi.id,
          }
        : null,
  };
}

function byFieldOrder(a: RowProblem, b: RowProblem): number {
  return (FIELD_ORDER.get(a.field) ?? 0) - (FIELD_ORDER.get(b.field) ?? 0);
}

function report(
  row: Row,
  field: ImportField,
  code: ImportProblemCode,
  params: RowProblem['params'] = {},
): void {
  row.problems.push({ field, code, params });
}

function cellOf(row: Row, field: ColumnField): RawCell {
  const i = row.index[field];
  return i === undefined ? null : (row.cells[i] ?? null);
}

/** The value of a required cell, or null after reporting why there is none. */
function required<T>(row: Row, field: ColumnField, read: (cell: RawCell) => Parsed<T>): T | null {
  const cell = cellOf(row, field);
  if (isBlankCell(cell)) {
    report(row, field, 'value.required');
    return null;
  }
  const parsed = read(cell);
  if (parsed.ok) return parsed.value;
  report(row, field, parsed.code, parsed.params);
  return null;
}

function limited(row: Row, field: ColumnField, value: string | null, max: number): string | null {
  if (value !== null && value.length > max) {
    report(row, field, 'value.tooLong', { length: value.length, max });
    return null;
  }
  return value;
}

/** An optional number in [0, max]; null when blank or refused (the refusal is reported). */
function bounded(row: Row, field: ColumnField, max: number, integer: boolean): number | null {
  const cell = cellOf(row, field);
  if (isBlankCell(cell)) return null;
  const parsed = parseNumber(cell);
  if (!parsed.ok) {
    report(row, field, parsed.code, parsed.params);
    return null;
  }
  const value = parsed.value;
  if (integer && !Number.isInteger(value)) {
    report(row, field, 'number.notInteger', { value: cellText(cell) });
    return null;
  }
  if (value < 0 || value > max) {
    report(row, field, 'number.outOfRange', { value: cellText(cell), min: 0, max });
    return null;
  }
  return value;
}

/** TWK, TIU and TKP: all three or none, each in range, and equal to Total SKD when it is given. */
function checkSkd(row: Row): SkdScores | null {
  const blank = SKD_PARTS.filter((part) => isBlankCell(cellOf(row, part)));
  const totalGiven = !isBlankCell(cellOf(row, 'skdTotal'));
  if (
    (blank.length > 0 && blank.length < SKD_PARTS.length) ||
    (blank.length === SKD_PARTS.length && totalGiven)
  ) {
    report(row, 'skd', 'skd.incomplete', {
      missing: blank.map((part) => part.toUpperCase()).join(', '),
    });
  }
  const twk = bounded(row, 'twk', SKD_MAX.twk, true);
  const tiu = bounded(row, 'tiu', SKD_MAX.tiu, true);
  const tkp = bounded(row, 'tkp', SKD_MAX.tkp, true);
  const total = bounded(row, 'skdTotal', SKD_TOTAL_MAX, true);
  if (twk === null || tiu === null || tkp === null) return null;
  if (total !== null && total !== twk + tiu + tkp) {
    report(row, 'skdTotal', 'skd.totalMismatch', { total, sum: twk + tiu + tkp });
  }
  return { twk, tiu, tkp };
}

function textOf(cell: RawCell): Parsed<string> {
  return ok(cellText(cell));
}

function dateOf1900(cell: RawCell): Parsed<string> {
  return parseDate(cell, 1900);
}

function dateOf1904(cell: RawCell): Parsed<string> {
  return parseDate(cell, 1904);
}
