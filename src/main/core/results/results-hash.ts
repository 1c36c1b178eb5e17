/**
 * The results hash: SHA-256 of the canonical JSON of a selection's results input, sorted so
 * that the order rows were written in never shows (docs/results-computation.md). Every document
 * and export carries it, so a printed page can be matched to the data it came from.
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { canonicalJson } from '../../../shared/canonical-json';
import type { ResultSheet, ResultsInput } from '../../../shared/results/input';
import { gatherResultsInput } from './gather-input';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function bySheet(a: ResultSheet, b: ResultSheet): number {
  return (
    byText(a.componentKey, b.componentKey) ||
    byText(a.assessorId, b.assessorId) ||
    a.version - b.version ||
    byText(a.id, b.id)
  );
}

/** `input` in its one canonical order: formasi by code, candidates by nomor, sheets by key. */
export function canonicalResultsInput(input: ResultsInput): ResultsInput {
  return {
    config: input.config,
    formasi: [...input.formasi].sort((a, b) => byText(a.code, b.code) || byText(a.id, b.id)),
    candidates: [...input.candidates]
      .sort((a, b) => byText(a.nomorPeserta, b.nomorPeserta) || byText(a.id, b.id))
      .map((candidate) => ({ ...candidate, sheets: [...candidate.sheets].sort(bySheet) })),
  };
}

/** SHA-256 (hex) of the canonical JSON of `input` in canonical order. */
export function hashResultsInput(input: ResultsInput): string {
  return createHash('sha256')
    .update(canonicalJson(canonicalResultsInput(input)), 'utf8')
    .digest('hex');
}

/** The results hash of `selectionId` as the store holds it now. */
export function resultsHash(db: Database, selectionId: string): string {
  return hashResultsInput(gatherResultsInput(db, selectionId));
}
