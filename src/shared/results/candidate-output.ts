/**
 * The last fields of a candidate's result: status, its announcement code, and the flags in a
 * fixed order. A result with no flag shares one frozen empty list: output is read, never
 * mutated, and 200,000 empty arrays are not free.
 */
import type { StatusLabels } from './input';
import type { CandidateResult, ResultFlag, ResultStatus } from './output';

/** The flags of a result without any. */
export const NO_FLAGS: readonly ResultFlag[] = Object.freeze([]);

/**
 * Sets `status`, its label and the flags of `result`; `incomplete` says whether a component
 * has a problem (output.ts ComponentProblem).
 */
export function finishCandidate(
  result: CandidateResult,
  status: ResultStatus,
  incomplete: boolean,
  labels: StatusLabels,
): void {
  result.status = status;
  result.statusLabel =
    status === 'belum_lengkap' || status === 'seri_kuota' ? null : labels[status];
  result.flags = flagsOf(result, incomplete);
}

function flagsOf(result: CandidateResult, incomplete: boolean): readonly ResultFlag[] {
  let disagreement = false;
  let threshold = false;
  let gate = false;
  for (const c of result.components) {
    if (c.disagreement) disagreement = true;
    if (c.belowThreshold) threshold = true;
    if (c.gate === 'TMS') gate = true;
  }
  // An absent, withdrawn or disqualified candidate's missing scores are explained by that.
  const present = incomplete && result.candidate.attendance === 'hadir';
  const quotaTie = result.status === 'seri_kuota';
  if (!present && !disagreement && !result.tied && !threshold && !gate && !quotaTie) {
    return NO_FLAGS;
  }
  const flags: ResultFlag[] = [];
  if (present) flags.push('incomplete');
  if (disagreement) flags.push('disagreement');
  if (result.tied) flags.push('tie');
  if (threshold) flags.push('threshold');
  if (gate) flags.push('gate');
  if (quotaTie) flags.push('quotaTie');
  return flags;
}
