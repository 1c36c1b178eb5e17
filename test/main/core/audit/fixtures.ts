/** A scoring-day journal for the audit tests, with a hand-made score sheet entry in it. */
import { recordAttendance } from '../../../../src/main/core/attendance/commands';
import { declareConflict } from '../../../../src/main/core/assessors/commands';
import { appendEntry } from '../../../../src/main/core/journal/append';
import { assignPanel } from '../../../../src/main/core/sessions/commands';
import type { Store } from '../../../../src/main/core/store/open-store';
import { PIN } from '../assessors/fixtures';
import { scheduledSession } from '../sessions/fixtures';

/** Words and numbers of the sheet that the audit view must never show. */
export const SECRET_NOTE = 'jawaban-rahasia-kandidat';
export const SECRET_TOTAL = 87.125;

/**
 * Appends a `sheet.submitted`-like entry as the score sheet branch will write it (there is no
 * applier for it in this build, so it goes straight onto the chain).
 */
export function appendSheet(
  store: Store,
  ids: { sessionId: string; candidateId: string; assessorId: string },
  kind = 'sheet.submitted',
) {
  return appendEntry(store.db, store.deviceId, store.now(), kind, {
    sheet: {
      id: '5b0c0d5e-8f1a-4c1b-9d7e-2a6f7e9b1c01',
      sessionId: ids.sessionId,
      candidateId: ids.candidateId,
      assessorId: ids.assessorId,
      componentKey: 'wawancara',
      version: 1,
      levels: { A: 4, B: 3 },
      scores: { A: 80.25, B: 93.75 },
      notes: { A: SECRET_NOTE },
      total: SECRET_TOTAL,
    },
    signerId: ids.assessorId,
    keyVersion: 1,
    signature: 'c2lnbmF0dXJlLW9mLXRoZS1zaGVldA==',
  });
}

/**
 * The scheduled session fixture plus a panel, two check-ins (one absent), a conflict and a
 * submitted sheet of the present candidate by the penguji.
 */
export async function auditDay() {
  const day = await scheduledSession();
  const { store, session, scheduled, ketua, penguji, penguji2 } = day;
  const [present, absent, third] = scheduled as [string, string, string];
  assignPanel(store, session.id, [ketua.id, penguji.id, penguji2.id]);
  recordAttendance(store, session.id, present, {
    status: 'hadir',
    identityChecked: true,
    document: 'ktp_el',
  });
  recordAttendance(store, session.id, absent, {
    status: 'tidak_hadir',
    identityChecked: false,
    document: null,
  });
  declareConflict(store, penguji.id, PIN.penguji, third, 'keluarga', 'adik ipar');
  const sheet = appendSheet(store, {
    sessionId: session.id,
    candidateId: present,
    assessorId: penguji.id,
  });
  return { ...day, present, absent, third, sheet };
}

/** Every row of the journal, oldest first, as the test needs them. */
export function journalRows(store: Store) {
  return store.db
    .prepare('SELECT device_id AS device, seq, kind, payload, hash FROM journal ORDER BY seq')
    .all() as Array<{ device: string; seq: number; kind: string; payload: string; hash: string }>;
}
