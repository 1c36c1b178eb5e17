/**
 * The JSON results export (docs/results-format.md): the selection, the configuration, every
 * input in canonical order with its SHA-256, and every output. Serialised as canonical JSON and
 * built from nothing but the store, so the same database always gives the same bytes: no clock,
 * no row order, no float formatting decides anything here.
 */
import type { Database } from 'better-sqlite3';
import { canonicalJson } from '../../../shared/canonical-json';
import type { Selection } from '../../../shared/domain/selection';
import type { ResultsConfig, ResultsInput } from '../../../shared/results/input';
import { computeResults } from '../../../shared/results/compute';
import type { ALGORITHM_VERSION } from '../../../shared/results/output';
import {
  type CandidateResult,
  type ComponentResult,
  type ResultsOutput,
} from '../../../shared/results/output';
import type { ScoringPlan } from '../../../shared/plan/plan';
import { getSelection } from '../selections/queries';
import { exactScore, type ExactScore } from './exact-score';
import { gatherResultsInput } from './gather-input';
import { canonicalResultsInput, hashResultsInput } from './results-hash';

/** The name and version of this file format; changes only when a field changes meaning. */
export const RESULTS_FORMAT = 'panitia.results-export.v1';

/** The selection the export is of. */
export interface DocumentSelection {
  id: string;
  name: string;
  year: number;
  type: Selection['type'];
  instansi: string;
}

/** One component of one candidate in the export. */
export interface DocumentComponent {
  key: string;
  source: ComponentResult['source'];
  score: ExactScore | null;
  problem: ComponentResult['problem'];
  /** The ids of the sheet versions counted, one per assessor. */
  countedSheetIds: string[];
  spread: ExactScore | null;
  disagreement: boolean;
  belowThreshold: boolean;
  gate: ComponentResult['gate'];
}

/** One candidate's outputs. */
export interface DocumentCandidate {
  candidateId: string;
  nomorPeserta: string;
  nama: string;
  components: DocumentComponent[];
  final: ExactScore | null;
  rank: number | null;
  tied: boolean;
  decidedBy: CandidateResult['decidedBy'];
  status: CandidateResult['status'];
  statusLabel: string | null;
  flags: string[];
}

/** The whole export. */
export interface ResultsDocument {
  format: typeof RESULTS_FORMAT;
  algorithmVersion: typeof ALGORITHM_VERSION;
  selection: DocumentSelection;
  configuration: {
    results: ResultsConfig;
    formasi: { id: string; code: string; quota: number; plan: ScoringPlan }[];
  };
  inputsHash: string;
  inputs: ResultsInput;
  outputs: {
    formasi: {
      formasiId: string;
      code: string;
      quota: number;
      provisional: boolean;
      needsDecision: boolean;
      counts: Record<CandidateResult['status'], number>;
      candidates: DocumentCandidate[];
    }[];
  };
}

/** A selection's results: its input in canonical order and what computeResults made of it. */
export interface ComputedResults {
  selection: DocumentSelection;
  inputs: ResultsInput;
  output: ResultsOutput;
}

/** Computes the results of `input` for `selection` (the input is put in canonical order first). */
export function computeForExport(
  selection: DocumentSelection,
  input: ResultsInput,
): ComputedResults {
  const inputs = canonicalResultsInput(input);
  return { selection, inputs, output: computeResults(inputs) };
}

/** The results of `selectionId` as the store holds them now. */
export function computeStoredResults(db: Database, selectionId: string): ComputedResults {
  return computeForExport(getSelection(db, selectionId), gatherResultsInput(db, selectionId));
}

/** The export object of `computed` (outputs in ranked order per formasi). */
export function buildResultsDocument({
  selection,
  inputs,
  output,
}: ComputedResults): ResultsDocument {
  return {
    format: RESULTS_FORMAT,
    algorithmVersion: output.algorithmVersion,
    selection: {
      id: selection.id,
      name: selection.name,
      year: selection.year,
      type: selection.type,
      instansi: selection.instansi,
    },
    configuration: {
      results: inputs.config,
      formasi: inputs.formasi.map(({ id, code, quota, plan }) => ({ id, code, quota, plan })),
    },
    inputsHash: hashResultsInput(inputs),
    inputs,
    outputs: {
      formasi: output.formasi.map((f) => ({
        formasiId: f.formasiId,
        code: f.code,
        quota: f.quota,
        provisional: f.provisional,
        needsDecision: f.needsDecision,
        counts: f.counts,
        candidates: f.candidates.map(documentCandidate),
      })),
    },
  };
}

function documentCandidate(c: CandidateResult): DocumentCandidate {
  return {
    candidateId: c.candidate.id,
    nomorPeserta: c.candidate.nomorPeserta,
    nama: c.candidate.nama,
    components: c.components.map((k) => ({
      key: k.key,
      source: k.source,
      score: exactScore(k.score),
      problem: k.problem,
      countedSheetIds: k.sheets.map((s) => s.id),
      spread: exactScore(k.spread),
      disagreement: k.disagreement,
      belowThreshold: k.belowThreshold,
      gate: k.gate,
    })),
    final: exactScore(c.final),
    rank: c.rank,
    tied: c.tied,
    decidedBy: c.decidedBy,
    status: c.status,
    statusLabel: c.statusLabel,
    flags: [...c.flags],
  };
}

/** The export as canonical JSON bytes (UTF-8), no trailing newline: the file is exactly the canonical form. */
export function resultsJson(document: ResultsDocument): Buffer {
  return Buffer.from(canonicalJson(document), 'utf8');
}
