/**
 * Checks every row of an external-score file against the selection: the candidate, the component
 * of that candidate's formasi plan and its source, and the value's range. Every problem of every
 * row is listed; nothing is written.
 */
import {
  CAT_PPPK_PART_MAX,
  type ExternalProblem,
  type ExternalScoreValue,
  type MsTms,
} from '../../../shared/domain/external-score';
import { CAT_PPPK_MAX, type PlanComponent } from '../../../shared/plan/plan';
import { cellText, identifierText } from '../import/cell-text';
import { parseNumber } from '../import/parse-number';
import { isBlankCell, type RawCell, type RawTable } from '../import/raw-table';
import { CAT_COLUMNS, type ExternalColumn, type ExternalColumns } from './columns';

/** What the checker needs to know about the selection. */
export interface ExternalContext {
  /** Nomor peserta → the candidate and the code of their formasi. */
  candidates: ReadonlyMap<string, { id: string; formasiId: string; formasiCode: string }>;
  /** Formasi id → its plan's components by key; absent when the formasi has no plan. */
  plans: ReadonlyMap<string, ReadonlyMap<string, PlanComponent>>;
}

/** One checked row; `value` is set only when the row has no problem. */
export interface CheckedExternalRow {
  line: number;
  /** `candidateId|componentKey` when both are known, else the text as written. */
  key: string;
  problems: ExternalProblem[];
  value: ExternalScoreValue | null;
}

const HASIL = new Map<string, MsTms>([
  ['ms', 'MS'],
  ['memenuhisyarat', 'MS'],
  ['tms', 'TMS'],
  ['tidakmemenuhisyarat', 'TMS'],
]);
const NOT_LETTERS = /[^a-z]/g;
const SPACES = /\s+/g;
const CAT_MAX: Record<(typeof CAT_COLUMNS)[number], number> = {
  teknis: CAT_PPPK_PART_MAX.teknis,
  manajerial_sk: CAT_PPPK_PART_MAX.manajerialSk,
  wawancara: CAT_PPPK_PART_MAX.wawancara,
};
/** Which value columns each external source reads. */
const COLUMNS_OF: Record<ExternalScoreValue['source'], readonly ExternalColumn[]> = {
  external_score: ['nilai'],
  cat_pppk: CAT_COLUMNS,
  external_ms_tms: ['hasil'],
};
const ALL_VALUE_COLUMNS: readonly ExternalColumn[] = ['nilai', ...CAT_COLUMNS, 'hasil'];

/** Checks every non-blank row of `table`, then marks rows naming one candidate and component twice. */
export function checkExternalRows(
  table: RawTable,
  columns: ExternalColumns,
  context: ExternalContext,
): CheckedExternalRow[] {
  const used = Object.values(columns.index);
  const checked: CheckedExternalRow[] = [];
  for (const raw of table.rows) {
    // Templates come with numbered empty rows: a row with nothing in the columns read is no score.
    if (used.every((i) => isBlankCell(raw.cells[i]))) continue;
    checked.push(checkRow(raw.line, raw.cells, columns, context));
  }
  markDuplicates(checked);
  return checked;
}

function checkRow(
  line: number,
  cells: readonly RawCell[],
  columns: ExternalColumns,
  context: ExternalContext,
): CheckedExternalRow {
  const problems: ExternalProblem[] = [];
  const heading = (column: ExternalColumn) => columns.headings.get(column) ?? column;
  const add = (column: ExternalColumn | null, code: string, params: ExternalProblem['params']) =>
    problems.push({ line, column: column === null ? null : heading(column), code, params });
  const cellOf = (column: ExternalColumn): RawCell => {
    const i = columns.index[column];
    return i === undefined ? null : (cells[i] ?? null);
  };

  let nomor = '';
  const nomorCell = cellOf('nomor_peserta');
  if (isBlankCell(nomorCell))
    add('nomor_peserta', 'external.missingValue', { column: heading('nomor_peserta') });
  else {
    const read = identifierText(nomorCell);
    if (read.ok) nomor = read.value.replace(SPACES, '');
    else
      add('nomor_peserta', 'external.identifierAsNumber', {
        value: String(read.params.value ?? cellText(nomorCell)),
      });
  }
  const komponen = cellText(cellOf('komponen')).toLowerCase();
  if (komponen === '') add('komponen', 'external.missingValue', { column: heading('komponen') });

  const candidate = nomor ? context.candidates.get(nomor) : undefined;
  if (nomor && !candidate) add('nomor_peserta', 'external.unknownCandidate', { value: nomor });
  let component: PlanComponent | undefined;
  if (candidate && komponen) {
    const plan = context.plans.get(candidate.formasiId);
    const params = { komponen, formasi: candidate.formasiCode, nomor };
    component = plan?.get(komponen);
    if (!plan) add('nomor_peserta', 'external.noPlan', params);
    else if (!component) add('komponen', 'external.componentNotInPlan', params);
    else if (!(component.source.type in COLUMNS_OF)) {
      add('komponen', 'external.notExternal', { ...params, source: component.source.type });
      component = undefined;
    }
  }
  const key = candidate && komponen ? `${candidate.id}|${komponen}` : `?|${nomor}|${komponen}`;
  if (!candidate || !component) return { line, key, problems, value: null };

  const source = component.source.type as ExternalScoreValue['source'];
  const reads = COLUMNS_OF[source];
  for (const column of ALL_VALUE_COLUMNS) {
    if (!reads.includes(column) && !isBlankCell(cellOf(column))) {
      add(column, 'external.unexpectedValue', { column: heading(column), komponen });
    }
  }
  const number = (column: ExternalColumn, max: number, integer: boolean): number | null => {
    if (columns.index[column] === undefined) {
      add(null, 'external.columnMissing', { column, komponen });
      return null;
    }
    const cell = cellOf(column);
    const shown = cellText(cell);
    if (isBlankCell(cell)) {
      add(column, 'external.missingValue', { column: heading(column) });
      return null;
    }
    const parsed = parseNumber(cell);
    const params = { column: heading(column), value: shown, komponen, min: 0, max };
    if (!parsed.ok) add(column, 'external.notANumber', params);
    else if (integer && !Number.isInteger(parsed.value)) add(column, 'external.notInteger', params);
    else if (parsed.value < 0 || parsed.value > max) add(column, 'external.outOfRange', params);
    else return parsed.value;
    return null;
  };

  let value: ExternalScoreValue | null = null;
  const base = { candidateId: candidate.id, componentKey: komponen };
  if (component.source.type === 'external_score') {
    const score = number('nilai', component.source.maxScore, false);
    if (score !== null) value = { ...base, source: 'external_score', score };
  } else if (source === 'cat_pppk') {
    const teknis = number('teknis', CAT_MAX.teknis, true);
    const manajerialSk = number('manajerial_sk', CAT_MAX.manajerial_sk, true);
    const wawancara = number('wawancara', CAT_MAX.wawancara, true);
    if (teknis !== null && manajerialSk !== null && wawancara !== null) {
      const total = teknis + manajerialSk + wawancara;
      // The sub-score maxima add up to 670 today; the total is checked on its own in case they change.
      if (total > CAT_PPPK_MAX) add(null, 'external.catTotal', { total, max: CAT_PPPK_MAX });
      else value = { ...base, source: 'cat_pppk', teknis, manajerialSk, wawancara };
    }
  } else if (columns.index.hasil === undefined) {
    add(null, 'external.columnMissing', { column: 'hasil', komponen });
  } else {
    const cell = cellOf('hasil');
    const result = HASIL.get(cellText(cell).toLowerCase().replace(NOT_LETTERS, ''));
    if (isBlankCell(cell)) add('hasil', 'external.missingValue', { column: heading('hasil') });
    else if (!result) add('hasil', 'external.msTmsInvalid', { value: cellText(cell) });
    else value = { ...base, source: 'external_ms_tms', result };
  }
  return { line, key, problems, value: problems.length === 0 ? value : null };
}

/**
 * Flags a candidate and component named twice. Every such row is refused, since which one is
 * right cannot be known: the first names the later lines, each later one names the first.
 */
function markDuplicates(checked: CheckedExternalRow[]): void {
  const byKey = new Map<string, CheckedExternalRow[]>();
  for (const row of checked) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  for (const rows of byKey.values()) {
    if (rows.length < 2) continue;
    const [first, ...later] = rows as [CheckedExternalRow, ...CheckedExternalRow[]];
    const lines = later.map((r) => r.line).join(', ');
    first.problems.push({
      line: first.line,
      column: null,
      code: 'external.duplicateRowFirst',
      params: { lines },
    });
    first.value = null;
    for (const row of later) {
      row.problems.push({
        line: row.line,
        column: null,
        code: 'external.duplicateRow',
        params: { line: first.line },
      });
      row.value = null;
    }
  }
}
