/**
 * Double entry: two operators typed the same paper sheets independently. Sheets are paired by
 * (nomor_peserta, komponen, nip_penguji); every cell on which a pair differs is listed, and so is
 * every sheet only one file holds. Only pairs that agree in every cell may be imported.
 */
import type {
  PaperMismatch,
  PaperOneSided,
  PaperSheetKey,
} from '../../../shared/domain/paper-report';
import type { CheckedPaperRow } from './check-rows';

/** The pairs that agree everywhere, and what keeps the others apart. */
export interface Comparison {
  agreed: Array<{ a: CheckedPaperRow; b: CheckedPaperRow }>;
  mismatches: PaperMismatch[];
  oneSided: PaperOneSided[];
}

/** The key of a row as the operator wrote it. */
export function sheetKeyOf(row: CheckedPaperRow): PaperSheetKey {
  const { key } = row.row;
  return { nomorPeserta: key.nomor_peserta, komponen: key.komponen, nipPenguji: key.nip_penguji };
}

function firstByKey(rows: readonly CheckedPaperRow[]): Map<string, CheckedPaperRow> {
  const map = new Map<string, CheckedPaperRow>();
  // A key typed twice in one file is already refused as a duplicate; its first row stands for it.
  for (const row of rows) if (!map.has(row.matchKey)) map.set(row.matchKey, row);
  return map;
}

/** Compares operator A's rows with operator B's, in A's order, then B's sheets A lacks. */
export function compareRows(
  rowsA: readonly CheckedPaperRow[],
  rowsB: readonly CheckedPaperRow[],
): Comparison {
  const a = firstByKey(rowsA);
  const b = firstByKey(rowsB);
  const result: Comparison = { agreed: [], mismatches: [], oneSided: [] };
  for (const [key, rowA] of a) {
    const rowB = b.get(key);
    if (!rowB) {
      result.oneSided.push({ key: sheetKeyOf(rowA), presentIn: 'A', line: rowA.row.line });
      continue;
    }
    const columns = new Set([...rowA.row.values.keys(), ...rowB.row.values.keys()]);
    const differing = [...columns].filter(
      (column) => (rowA.row.values.get(column) ?? '') !== (rowB.row.values.get(column) ?? ''),
    );
    for (const column of differing) {
      result.mismatches.push({
        key: sheetKeyOf(rowA),
        column,
        valueA: rowA.row.values.get(column) ?? '',
        valueB: rowB.row.values.get(column) ?? '',
        lineA: rowA.row.line,
        lineB: rowB.row.line,
      });
    }
    if (differing.length === 0) result.agreed.push({ a: rowA, b: rowB });
  }
  for (const [key, rowB] of b) {
    if (!a.has(key)) {
      result.oneSided.push({ key: sheetKeyOf(rowB), presentIn: 'B', line: rowB.row.line });
    }
  }
  return result;
}
