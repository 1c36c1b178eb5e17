/** What the dashboard derives from the progress rows: the totals, the filter and the formasi list. */
import type { SessionProgress } from '../../../shared/contract/scoring-contract';

/** The totals over the sessions shown. */
export interface ProgressTotals {
  sessions: number;
  completeSessions: number;
  expected: number;
  submitted: number;
  missing: number;
  drafts: number;
  absent: number;
  conflicts: number;
}

/** How the chair narrows the table. */
export interface ProgressFilter {
  /** One formasi, or null for all. */
  formasiId: string | null;
  incompleteOnly: boolean;
}

/** Adds up the rows. */
export function totalsOf(rows: readonly SessionProgress[]): ProgressTotals {
  const totals: ProgressTotals = {
    sessions: rows.length,
    completeSessions: 0,
    expected: 0,
    submitted: 0,
    missing: 0,
    drafts: 0,
    absent: 0,
    conflicts: 0,
  };
  for (const row of rows) {
    if (row.complete) totals.completeSessions += 1;
    totals.expected += row.expected;
    totals.submitted += row.submitted;
    totals.missing += row.missing;
    totals.drafts += row.drafts;
    totals.absent += row.absent;
    totals.conflicts += row.conflicts;
  }
  return totals;
}

/** The rows the filter keeps, in the order of the day (date, start time, room). */
export function filterRows(
  rows: readonly SessionProgress[],
  filter: ProgressFilter,
): SessionProgress[] {
  return rows
    .filter((row) => filter.formasiId === null || row.session.formasiId === filter.formasiId)
    .filter((row) => !filter.incompleteOnly || !row.complete)
    .sort((a, b) => dayKey(a).localeCompare(dayKey(b)));
}

function dayKey(row: SessionProgress): string {
  const { date, startTime, room } = row.session;
  return `${date} ${startTime} ${room}`;
}

/** The formasi that have sessions, by code, for the filter. */
export function formasiOf(rows: readonly SessionProgress[]): Array<{ id: string; code: string }> {
  const byId = new Map(rows.map((row) => [row.session.formasiId, row.formasiCode]));
  return [...byId].map(([id, code]) => ({ id, code })).sort((a, b) => a.code.localeCompare(b.code));
}

/** The share of expected sheets submitted, 0–1; null when nothing is expected. */
export function submittedShare(
  totals: Pick<ProgressTotals, 'expected' | 'submitted'>,
): number | null {
  return totals.expected === 0 ? null : totals.submitted / totals.expected;
}
