/**
 * Turns a candidate's worked result into output: flags in a fixed order, status label, and the
 * inputs used. Shared empty lists keep 200,000
 * results from allocating 200,000 empty arrays; output is read, never mutated.
 */
import type { PlanComponent } from '../plan/plan';
import type { ResultCandidate, StatusLabels } from './input';
import type {
  CandidateInputsUsed,
  CandidateResult,
  ComponentResult,
  ResultFlag,
  ResultStatus,
} from './output';
import type { Rational } from './rational';

/** What compute.ts has worked out for one candidate; components are already output. */
export interface WorkedCandidate {
  candidate: ResultCandidate;
  components: ComponentResult[];
  final: Rational | null;
  rank: number | null;
  tied: boolean;
  decidedBy: CandidateResult['decidedBy'];
  status: ResultStatus;
  /** A component has a problem (output.ts ComponentProblem). */
  incomplete: boolean;
}

const NO_FLAGS: readonly ResultFlag[] = Object.freeze([]);
const NO_EXTERNAL: CandidateInputsUsed['external'] = Object.freeze({});

/** The output of one candidate; `external` lists the plan's imported components. */
export function candidateOutput(
  w: WorkedCandidate,
  labels: StatusLabels,
  external: readonly PlanComponent[],
): CandidateResult {
  const { candidate, components, status } = w;
  let flags = NO_FLAGS;
  // An absent, withdrawn or disqualified candidate's missing scores are explained by that.
  if (candidate.attendance === 'hadir' && w.incomplete) flags = ['incomplete'];
  let disagreement = false;
  let threshold = false;
  let gate = false;
  for (const c of components) {
    if (c.disagreement) disagreement = true;
    if (c.belowThreshold) threshold = true;
    if (c.gate === 'TMS') gate = true;
  }
  if (disagreement || w.tied || threshold || gate || status === 'seri_kuota') {
    const list: ResultFlag[] = [...flags];
    if (disagreement) list.push('disagreement');
    if (w.tied) list.push('tie');
    if (threshold) list.push('threshold');
    if (gate) list.push('gate');
    if (status === 'seri_kuota') list.push('quotaTie');
    flags = list;
  }
  return {
    candidateId: candidate.id,
    nomorPeserta: candidate.nomorPeserta,
    nama: candidate.nama,
    components,
    final: w.final,
    rank: w.rank,
    tied: w.tied,
    decidedBy: w.decidedBy,
    status,
    statusLabel: status === 'belum_lengkap' || status === 'seri_kuota' ? null : labels[status],
    flags,
    inputs: inputsUsed(candidate, external),
  };
}

function inputsUsed(
  candidate: ResultCandidate,
  externalComponents: readonly PlanComponent[],
): CandidateInputsUsed {
  let external = NO_EXTERNAL;
  if (externalComponents.length > 0) {
    external = {};
    for (const c of externalComponents) external[c.key] = candidate.external[c.key] ?? null;
  }
  return {
    attendance: candidate.attendance,
    tanggalLahir: candidate.tanggalLahir,
    ipk: candidate.ipk,
    nilaiIjazah: candidate.nilaiIjazah,
    skd: candidate.skd,
    catPppk: candidate.catPppk ?? null,
    external,
  };
}
