/**
 * `computeResults`: aggregation, integration, ranking and status for every formasi of a
 * selection, exactly and in a fixed order (docs/results-computation.md). Pure: the app, the CLI
 * and a central office computing from the same export get the same output.
 */
import { candidateOutput, type WorkedCandidate } from './candidate-output';
import { prepareComponent, scoreComponent } from './component-score';
import type { ResultCandidate, ResultFormasi, ResultsInput, StatusLabels } from './input';
import { coefficients, integrate } from './integrate';
import { anyAmendment, compareText } from './latest-sheets';
import {
  ALGORITHM_VERSION,
  type ComponentResult,
  type FormasiResult,
  type ResultsOutput,
} from './output';
import { rankSubjects, type RankSubject } from './rank';
import { fromDecimal, type Rational } from './rational';
import { statusOf } from './status';
import { resolveChain } from './tie-break';

/** A candidate while its formasi is computed. */
interface Work extends RankSubject, WorkedCandidate {
  components: ComponentResult[];
  failed: boolean;
}

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
  const external = plan.components.filter((c) => c.source.type.startsWith('external_'));

  const work = candidates.map((candidate): Work => {
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
    return {
      candidate,
      components,
      final,
      failed,
      incomplete: incomplete || final === null,
      rank: null,
      tied: false,
      decidedBy: null,
      status: 'belum_lengkap',
    };
  });

  const eligible = work.filter(
    (w) => w.candidate.attendance === 'hadir' && !w.failed && !w.incomplete,
  );
  const placements = rankSubjects(eligible, chain);
  const ordered: Work[] = [];
  for (const p of placements) {
    const w = p.subject;
    w.rank = p.rank;
    w.tied = p.tied;
    w.decidedBy = p.decidedBy;
    w.status = statusOf(w.candidate.attendance, w.failed, w.incomplete, p, formasi.quota);
    ordered.push(w);
  }
  const unranked = work
    .filter((w) => w.rank === null)
    .sort(
      (a, b) =>
        compareText(a.candidate.nomorPeserta, b.candidate.nomorPeserta) ||
        compareText(a.candidate.id, b.candidate.id),
    );
  for (const w of unranked) {
    w.status = statusOf(w.candidate.attendance, w.failed, w.incomplete, null, formasi.quota);
    ordered.push(w);
  }

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
  const results = ordered.map((w) => {
    counts[w.status] += 1;
    return candidateOutput(w, labels, external);
  });
  return {
    formasiId: formasi.id,
    code: formasi.code,
    quota: formasi.quota,
    candidates: results,
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
