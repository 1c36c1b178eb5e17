/**
 * Checks every row of one operator's file against the selection: the candidate, component,
 * assessor and session it names, the rules of score entry (panel, conflicts, attendance, status)
 * and the rubric's scale and required notes. Every problem of every row is listed; nothing is
 * written.
 */
import type { Database } from 'better-sqlite3';
import type { PaperProblem } from '../../../shared/domain/paper-report';
import { MAX_NOTE, type SheetEntry } from '../../../shared/domain/sheet';
import { isAppError } from '../../../shared/errors';
import { isLevelOf, noteRequired } from '../../../shared/rubric/score';
import { assertMayAssess, sessionRubric } from '../scoring/rules';
import { scoreEntry } from '../scoring/sheet-scores';
import { findRubricComponent } from '../sessions/component';
import { getSession } from '../sessions/queries';
import { aspectNoteColumn, KEY_COLUMNS, NOTE_COLUMN, type KeyColumn } from './columns';
import { assessorByNipOrId, candidateByNomor, sessionOfCandidate } from './lookups';
import type { PaperFile, PaperRow } from './read-paper-file';

/** A row that passed every check: the sheet it becomes. */
export interface ResolvedSheet {
  candidateId: string;
  nama: string;
  sessionId: string;
  componentKey: string;
  assessorId: string;
  assessorNama: string;
  entry: SheetEntry;
  /** The 0–100 total, for reading. */
  total: number;
}

/** One row with its problems and, when it has none, its sheet. */
export interface CheckedPaperRow {
  row: PaperRow;
  /** Pairs the row with the other file's: resolved ids when known, else the text as written. */
  matchKey: string;
  problems: PaperProblem[];
  sheet: ResolvedSheet | null;
  nama: string | null;
  assessorNama: string | null;
}

// The score-entry refusals, said of the sheet on paper rather than of "you", with the column to fix.
const RULE_PROBLEMS: Record<string, { code: string; column: KeyColumn }> = {
  'sheet.notOnPanel': { code: 'paper.notOnPanel', column: 'nip_penguji' },
  'assessor.conflicted': { code: 'paper.conflicted', column: 'nip_penguji' },
  'assessor.observerReadOnly': { code: 'paper.observerAssessor', column: 'nip_penguji' },
  'session.notScheduled': { code: 'paper.notScheduled', column: 'nomor_peserta' },
  'attendance.absent': { code: 'paper.absent', column: 'nomor_peserta' },
  'attendance.notCheckedIn': { code: 'paper.notCheckedIn', column: 'nomor_peserta' },
  'candidate.withdrawn': { code: 'paper.withdrawn', column: 'nomor_peserta' },
  'candidate.disqualified': { code: 'paper.disqualified', column: 'nomor_peserta' },
};

/** Checks every row of `file` (a file that could not be read has none). */
export function checkPaperRows(
  db: Database,
  selectionId: string,
  file: PaperFile,
): CheckedPaperRow[] {
  const checked = file.rows.map((row) => checkRow(db, selectionId, file, row));
  markDuplicates(file, checked);
  return checked;
}

function checkRow(
  db: Database,
  selectionId: string,
  file: PaperFile,
  row: PaperRow,
): CheckedPaperRow {
  const problems: PaperProblem[] = [];
  const add = (column: string | null, code: string, params: PaperProblem['params'] = {}) =>
    problems.push({
      side: file.side,
      fileName: file.fileName,
      line: row.line,
      column: column === null ? null : (file.headings.get(column) ?? column),
      code,
      params,
    });
  const { nomor_peserta: nomor, komponen, nip_penguji: nip } = row.key;
  for (const { column, value } of row.keyProblems)
    add(column, 'paper.identifierAsNumber', { value });
  for (const column of KEY_COLUMNS) {
    if (row.key[column] === '' && !row.keyProblems.some((p) => p.column === column)) {
      add(column, 'paper.missingValue', { column: file.headings.get(column) ?? column });
    }
  }
  const unread = new Set(row.keyProblems.map((p) => p.column));
  const candidate =
    nomor && !unread.has('nomor_peserta') ? candidateByNomor(db, selectionId, nomor) : null;
  if (nomor && !unread.has('nomor_peserta') && !candidate) {
    add('nomor_peserta', 'paper.unknownCandidate', { value: nomor });
  }
  const assessor =
    nip && !unread.has('nip_penguji') ? assessorByNipOrId(db, selectionId, nip) : null;
  if (nip && !unread.has('nip_penguji') && !assessor) {
    add('nip_penguji', 'paper.unknownAssessor', { value: nip });
  }
  let sessionId: string | null = null;
  if (candidate && komponen) {
    if (!findRubricComponent(db, candidate.formasiId, komponen)) {
      add('komponen', 'paper.unknownComponent', { value: komponen, nomor });
    } else {
      sessionId = sessionOfCandidate(db, candidate.id, komponen);
      if (!sessionId) add('nomor_peserta', 'paper.notScheduled', { nomor, komponen });
    }
  }
  if (sessionId && assessor) {
    try {
      assertMayAssess(db, assessor.id, sessionId, candidate!.id);
    } catch (error) {
      if (!isAppError(error)) throw error;
      const mapped = RULE_PROBLEMS[error.code];
      const params = { assessor: assessor.nama, nomor, komponen };
      if (mapped) add(mapped.column, mapped.code, params);
      else add(null, error.code, { ...error.params, ...params });
    }
  }
  const entry = sessionId ? checkValues(db, sessionId, file, row, add) : null;
  const matchKey =
    candidate && assessor && komponen
      ? `${candidate.id}|${komponen}|${assessor.id}`
      : `?|${nomor}|${komponen}|${nip}`;
  const base = {
    row,
    matchKey,
    problems,
    nama: candidate?.nama ?? null,
    assessorNama: assessor?.nama ?? null,
  };
  if (problems.length > 0 || !entry || !candidate || !assessor || !sessionId) {
    return { ...base, sheet: null };
  }
  return {
    ...base,
    sheet: {
      candidateId: candidate.id,
      nama: candidate.nama,
      sessionId,
      componentKey: komponen,
      assessorId: assessor.id,
      assessorNama: assessor.nama,
      entry: entry.entry,
      total: entry.total,
    },
  };
}

type AddProblem = (column: string | null, code: string, params?: PaperProblem['params']) => void;

/** Checks levels and notes against the session's rubric; returns the entry and its total. */
function checkValues(
  db: Database,
  sessionId: string,
  file: PaperFile,
  row: PaperRow,
  add: AddProblem,
): { entry: SheetEntry; total: number } | null {
  const komponen = row.key.komponen;
  let rubric;
  try {
    rubric = sessionRubric(db, getSession(db, sessionId));
  } catch (error) {
    if (!isAppError(error)) throw error;
    add('komponen', 'paper.noRubric', { komponen });
    return null;
  }
  const { aspects } = rubric.content;
  let count = 0;
  const counted: AddProblem = (...args) => {
    count += 1;
    add(...args);
  };
  const levels: Record<string, number> = {};
  const notes: Record<string, string> = {};
  const inRubric = new Set<string>([NOTE_COLUMN]);
  for (const aspect of aspects) {
    inRubric.add(aspect.code).add(aspectNoteColumn(aspect.code));
    const text = row.values.get(aspect.code) ?? '';
    const note = row.values.get(aspectNoteColumn(aspect.code)) ?? '';
    const level = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (text === '') counted(aspect.code, 'paper.levelMissing', { aspect: aspect.code });
    else if (!isLevelOf(aspect, level)) {
      counted(aspect.code, 'paper.levelInvalid', {
        aspect: aspect.code,
        value: text,
        min: aspect.scale.min,
        max: aspect.scale.max,
      });
    } else {
      levels[aspect.code] = level;
      if (noteRequired(aspect, level) && note === '') {
        counted(aspectNoteColumn(aspect.code), 'paper.noteRequired', { aspect: aspect.code });
      }
    }
    if (note.length > MAX_NOTE) {
      counted(aspectNoteColumn(aspect.code), 'paper.noteTooLong', { max: MAX_NOTE });
    }
    notes[aspect.code] = note;
  }
  const note = row.values.get(NOTE_COLUMN) ?? '';
  if (note.length > MAX_NOTE) counted(NOTE_COLUMN, 'paper.noteTooLong', { max: MAX_NOTE });
  for (const [name, value] of row.values) {
    if (value === '' || inRubric.has(name)) continue;
    const aspect =
      file.kinds.get(name) === 'aspectNote' ? name.slice(NOTE_COLUMN.length + 1) : name;
    counted(name, 'paper.aspectNotInRubric', { aspect, komponen });
  }
  if (count > 0) return null;
  const entry: SheetEntry = { levels, notes, note };
  try {
    // The same scoring the applier repeats; after the checks above it cannot refuse.
    const { total } = scoreEntry(rubric.content, entry);
    return { entry, total: total.numerator / total.denominator };
  } catch (error) {
    if (!isAppError(error)) throw error;
    add(null, error.code, error.params);
    return null;
  }
}

/**
 * Flags a sheet typed twice in one file. Every such row is refused, since which one is right
 * cannot be known: the first names the later lines, each later one names the first.
 */
function markDuplicates(file: PaperFile, checked: CheckedPaperRow[]): void {
  const byKey = new Map<string, CheckedPaperRow[]>();
  for (const row of checked) byKey.set(row.matchKey, [...(byKey.get(row.matchKey) ?? []), row]);
  for (const rows of byKey.values()) {
    if (rows.length < 2) continue;
    const [first, ...later] = rows as [CheckedPaperRow, ...CheckedPaperRow[]];
    const problem = (line: number, code: string, params: PaperProblem['params']) => ({
      side: file.side,
      fileName: file.fileName,
      line,
      column: null,
      code,
      params,
    });
    first.problems.push(
      problem(first.row.line, 'paper.duplicateRowFirst', {
        lines: later.map((r) => r.row.line).join(', '),
      }),
    );
    first.sheet = null;
    for (const row of later) {
      row.problems.push(problem(row.row.line, 'paper.duplicateRow', { line: first.row.line }));
      row.sheet = null;
    }
  }
}
