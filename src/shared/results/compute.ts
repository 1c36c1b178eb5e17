/**
 * `computeResults`: aggregation, integration, ranking and status for every formasi of a
 * selection, exactly and in a fixed order (docs/results-computation.md). Pure: the app, the CLI
 * and a central office computing from the same export get the same output.
 */
import { finishCandidate, NO_FLAGS } from './candidate-output';
import { prepareComponent, scoreComponent } from './component-score';
import type { ResultCandidate, ResultFormasi, ResultsInput, StatusLabels } from './input';
import { coefficients, integrate } from './integrate';
import { anyAmendment, compareText } from './latest-sheets';
import {
  ALGORITHM_VERSION,
  type CandidateResult,
  type FormasiResult,
  type ResultsOutput,
} from './output';
import { rankSubjects } from './rank';
import { fromDecimal, type Rational } from './rational';
import { statusOf } from './status';
import { resolveChain } from './tie-break';

/**
 * Computes the results of `input`. Throws a RangeError on input the store can never produce
 * (a candidate of an unknown formasi, a sheet of a component that is not scored on a rubric, a
 * formasi listed twice): that is a bug to fix, not a result to show.
 */
export function computeResults(input: ResultsInput): ResultsOutput {
  const disagreement = fromDecimal(input.config.disagreementThreshold);
  const candidatesOf = new Map<string, ResultCandidate[]>();
  for (const formasi of input.formasi) {
    if (candidatesOf.has(formasi.id)) throw new RangeError(`formasi ${formasi.id} listed twice`);
    candidatesOf.set(formasi.id, []);
  }
  for (const candidate of input.candidates) {
    const list = candidatesOf.get(candidate.formasiId);
    if (!list) throw new RangeError(`candidate ${candidate.id}: unknown formasi`);
    list.push(candidate);
  }
  const formasi = [...input.formasi].sort(
    (a, b) => compareText(a.code, b.code) || compareText(a.id, b.id),
  );
  return {
    algorithmVersion: ALGORITHM_VERSION,
    formasi: formasi.map((f) =>
      formasiResults(f, candidatesOf.get(f.id) ?? [], disagreement, input.config.statusLabels),
    ),
  };
}

function formasiResults(
  formasi: ResultFormasi,
  candidates: readonly ResultCandidate[],
  disagreement: Rational,
  labels: StatusLabels,
): FormasiResult {
  const { plan } = formasi;
  const prepared = plan.components.map(prepareComponent);
  const weights = coefficients(plan);
  const chain = resolveChain(plan.tieBreak, plan.components);
  const rubricKeys = plan.components.filter((c) => c.source.type === 'rubric').map((c) => c.key);

  // Unranked candidates get their status at once; the ranked ones once ranked.
  const eligible: CandidateResult[] = [];
  const unranked: CandidateResult[] = [];
  for (const candidate of candidates) {
    checkSheets(candidate, rubricKeys);
    const amended = anyAmendment(candidate.sheets);
    let failed = false;
    let incomplete = false;
    const components = prepared.map((p) => {
      const result = scoreComponent(p, candidate, amended, disagreement);
      if (result.belowThreshold || result.gate === 'TMS') failed = true;
      if (result.problem !== null) incomplete = true;
      return result;
    });
    const final = integrate(components, weights);
    if (final === null) incomplete = true;
    const result: CandidateResult = {
      candidate,
      components,
      final,
      rank: null,
      tied: false,
      decidedBy: null,
      status: 'belum_lengkap',
      statusLabel: null,
      flags: NO_FLAGS,
    };
    if (candidate.attendance === 'hadir' && !failed && !incomplete) eligible.push(result);
    else {
      const status = statusOf(candidate.attendance, failed, incomplete, null, formasi.quota);
      finishCandidate(result, status, incomplete, labels);
      unranked.push(result);
    }
  }
  unranked.sort(
    (a, b) =>
      compareText(a.candidate.nomorPeserta, b.candidate.nomorPeserta) ||
      compareText(a.candidate.id, b.candidate.id),
  );
  const ordered: CandidateResult[] = [];
  for (const p of rankSubjects(eligible, chain)) {
    const result = p.subject;
    result.rank = p.rank;
    result.tied = p.tied;
    result.decidedBy = p.decidedBy;
    finishCandidate(result, statusOf('hadir', false, false, p, formasi.quota), false, labels);
    ordered.push(result);
  }
  for (const result of unranked) ordered.push(result);

  const counts: FormasiResult['counts'] = {
    lulus: 0,
    tidak_lulus: 0,
    seri_kuota: 0,
    belum_lengkap: 0,
    TMS: 0,
    tidak_hadir: 0,
    APS: 0,
    DIS: 0,
  };
  for (const result of ordered) counts[result.status] += 1;
  return {
    formasiId: formasi.id,
    code: formasi.code,
    quota: formasi.quota,
    candidates: ordered,
    counts,
    provisional: counts.belum_lengkap > 0,
    needsDecision: counts.seri_kuota > 0,
  };
}

/** Refuses a sheet of a component that is not scored on a rubric in this formasi's plan. */
function checkSheets(candidate: ResultCandidate, rubricKeys: readonly string[]): void {
  for (const sheet of candidate.sheets) {
    if (!rubricKeys.includes(sheet.componentKey)) {
      throw new RangeError(
        `sheet ${sheet.id}: component ${sheet.componentKey} is not scored on a rubric`,
      );
    }
  }
}
