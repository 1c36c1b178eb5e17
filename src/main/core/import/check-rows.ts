/** Checks every data row of a table: all problems of every row, plus duplicates across rows. */
import type { InvalidRow, RowProblem } from '../../../shared/domain/import-report';
import type { CheckContext, CheckedRows, ValidRow } from './check-context';
import { checkRow, type RowCheck } from './check-row';
import { mapColumns } from './columns';
import { isBlankCell, type RawTable } from './raw-table';

/** Sorts the rows of `table` into valid and invalid; throws only for a bad heading row. */
export function checkCandidateRows(table: RawTable, context: CheckContext): CheckedRows {
  const { index, columns } = mapColumns(table.headers);
  const used = Object.values(index);
  const checks: RowCheck[] = [];
  for (const row of table.rows) {
    // A row with nothing in the columns read (only a running "No" or a remark) is not a candidate:
    // templates often come with numbered empty rows.
    if (used.every((i) => isBlankCell(row.cells[i]))) continue;
    checks.push(checkRow(row, index, context, table.dateSystem));
  }
  markDuplicates(checks, 'nomorPeserta', (check) => check.nomorPeserta);
  markDuplicates(checks, 'nik', (check) => check.nik);

  const valid: ValidRow[] = [];
  const invalid: InvalidRow[] = [];
  for (const check of checks) {
    if (check.problems.length === 0 && check.candidate) {
      valid.push({ line: check.line, ...check.candidate });
    } else {
      invalid.push({
        line: check.line,
        nomorPeserta: check.nomorPeserta,
        nama: check.nama,
        problems: check.problems,
      });
    }
  }
  return { columns, totalRows: checks.length, valid, invalid };
}

/**
 * Flags a value used by more than one row. Every such row is refused, since which one is right
 * cannot be known: the first names the later lines, each later one names the first.
 */
function markDuplicates(
  checks: RowCheck[],
  field: 'nomorPeserta' | 'nik',
  key: (check: RowCheck) => string | null,
): void {
  const first = new Map<string, number>();
  const repeats = new Map<number, number[]>();
  checks.forEach((check, i) => {
    const value = key(check);
    if (value === null) return;
    const at = first.get(value);
    if (at === undefined) first.set(value, i);
    else repeats.set(at, [...(repeats.get(at) ?? []), i]);
  });
  for (const [at, later] of repeats) {
    const original = checks[at] as RowCheck;
    const value = key(original) as string;
    const lines = later.map((i) => (checks[i] as RowCheck).line);
    original.problems.push(
      problem(field, 'duplicate.inFileFirst', { value, lines: lines.join(', ') }),
    );
    for (const i of later) {
      (checks[i] as RowCheck).problems.push(
        problem(field, 'duplicate.inFile', { value, line: original.line }),
      );
    }
  }
}

function problem(field: string, code: string, params: RowProblem['params']): RowProblem {
  return { field, code, params };
}
