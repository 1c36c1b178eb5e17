/** A session ready to score: two assessors on the panel, statement accepted, candidates checked in. */
import { acceptIntegrity } from '../../../../src/main/core/assessors/commands';
import { recordAttendance } from '../../../../src/main/core/attendance/commands';
import { Sittings } from '../../../../src/main/core/scoring/sittings';
import { assignPanel } from '../../../../src/main/core/sessions/commands';
import type { SheetEntry } from '../../../../src/shared/domain/sheet';
import { PIN } from '../assessors/fixtures';
import { PIN_PENGUJI_2, scheduledSession } from '../sessions/fixtures';

/** A complete entry on the fixture rubric (aspects A and B, 1–5). */
export function entry(a: number, b: number, note = ''): SheetEntry {
  return { levels: { A: a, B: b }, notes: {}, note };
}

/** Checked in at the desk with the KTP-el seen. */
export const PRESENT = {
  status: 'hadir',
  identityChecked: true,
  document: 'ktp_el',
  at: '2024-11-12T01:00:00.000Z',
} as const;

/**
 * The scheduled session with the chair and two penguji on the panel, all three having accepted
 * the integrity statement, every scheduled candidate checked in, and a sitting open for each.
 */
export async function scoringSession() {
  const day = await scheduledSession();
  const { store, session, scheduled, ketua, penguji, penguji2 } = day;
  assignPanel(store, session.id, [penguji.id, penguji2.id, ketua.id]);
  acceptIntegrity(store, penguji.id, PIN.penguji);
  acceptIntegrity(store, penguji2.id, PIN_PENGUJI_2);
  acceptIntegrity(store, ketua.id, PIN.ketua);
  for (const candidateId of scheduled) recordAttendance(store, session.id, candidateId, PRESENT);
  const sittings = new Sittings();
  const now = store.now();
  const s1 = sittings.open(store.db, penguji.id, PIN.penguji, now).sittingId;
  const s2 = sittings.open(store.db, penguji2.id, PIN_PENGUJI_2, now).sittingId;
  const chair = sittings.open(store.db, ketua.id, PIN.ketua, now).sittingId;
  const target = (sittingId: string, candidateId = scheduled[0]!) => ({
    sittingId,
    sessionId: session.id,
    candidateId,
  });
  return { ...day, sittings, s1, s2, chair, target };
}
