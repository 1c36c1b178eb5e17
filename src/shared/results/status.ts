/**
 * A candidate's status (docs/results-computation.md), first rule that applies:
 * DIS, APS, absent (P/TH), a failed threshold or gate (TMS-1), an incomplete component
 * (belum lengkap, not ranked), then by rank: within the quota P/L, beyond it P/TL — except a
 * group tied after the whole chain that straddles the quota line, which is `seri_kuota` for all
 * of its members: more than the quota cannot pass, and no rule says which of them should.
 */
import type { ResultAttendance } from './input';
import type { ResultStatus } from './output';

/** The rank of a ranked candidate and how many share it. */
export interface StatusPlacement {
  rank: number;
  sharedBy: number;
}

/**
 * The status of a candidate: `failed` a threshold or gate, `incomplete` a component, and their
 * `placement` in a formasi with `quota` places (null when not ranked).
 */
export function statusOf(
  attendance: ResultAttendance,
  failed: boolean,
  incomplete: boolean,
  placement: StatusPlacement | null,
  quota: number,
): ResultStatus {
  if (attendance === 'DIS') return 'DIS';
  if (attendance === 'APS') return 'APS';
  if (attendance === 'TH') return 'tidak_hadir';
  if (failed) return 'TMS';
  if (incomplete || placement === null) return 'belum_lengkap';
  const { rank, sharedBy } = placement;
  if (rank > quota) return 'tidak_lulus';
  return rank + sharedBy - 1 > quota ? 'seri_kuota' : 'lulus';
}
