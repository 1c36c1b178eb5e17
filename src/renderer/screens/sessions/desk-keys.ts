/**
 * What a key or button at the attendance desk records for a candidate, worked out from the
 * check-in that counts now. Pure, so the rules are the same for the keyboard and the mouse.
 */
import type { IdentityDocument } from '../../../shared/domain/attendance';
import type { SessionCandidateView } from '../../../shared/domain/session-views';
import type { CheckIn } from '../../state/session-store';

/** What the desk can do to a row. */
export type DeskAction = 'hadir' | 'terlambat' | 'tidak_hadir' | 'identity';

/** Why a desk action records nothing (keys under `sessions.desk`). */
export type DeskRefusal = 'outOfSelection' | 'needCheckIn' | 'absentNoIdentity';

/** The desk's keys: H hadir, T terlambat, A tidak hadir (absent), K identitas diperiksa. */
export function deskActionOfKey(key: string): DeskAction | null {
  switch (key.toLowerCase()) {
    case 'h':
      return 'hadir';
    case 't':
      return 'terlambat';
    case 'a':
      return 'tidak_hadir';
    case 'k':
      return 'identity';
    default:
      return null;
  }
}

/**
 * The check-in `action` records for `candidate`, `unchanged` when it would repeat the current
 * one, or why it is refused. Marking present or late keeps an identity check already made (and
 * the arrival time, when it corrects one present status to another); absence clears both. The
 * identity key toggles the check on the current record, on `document`.
 */
export function checkInFor(
  candidate: SessionCandidateView,
  action: DeskAction,
  document: IdentityDocument,
): { record: CheckIn } | { unchanged: true } | { refused: DeskRefusal } {
  const { attendance: latest, candidateStatus } = candidate;
  if (candidateStatus.status !== 'aktif') return { refused: 'outOfSelection' };
  const present = latest !== null && latest.status !== 'tidak_hadir';
  if (action === 'identity') {
    if (latest === null) return { refused: 'needCheckIn' };
    if (!present) return { refused: 'absentNoIdentity' };
    const identityChecked = !latest.identityChecked;
    return {
      record: {
        status: latest.status,
        identityChecked,
        document: identityChecked ? document : null,
        at: latest.at,
      },
    };
  }
  if (latest?.status === action) return { unchanged: true };
  if (action === 'tidak_hadir') {
    return { record: { status: action, identityChecked: false, document: null } };
  }
  return {
    record: {
      status: action,
      identityChecked: present ? latest.identityChecked : false,
      document: present ? latest.document : null,
      ...(present ? { at: latest.at } : {}),
    },
  };
}
