import { describe, expect, it } from 'vitest';
import {
  changeCandidateStatus,
  recordAttendance,
} from '../../../../src/main/core/attendance/commands';
import { assertMayBeScored } from '../../../../src/main/core/attendance/guards';
import {
  attendanceHistory,
  candidateStatus,
  componentStatus,
} from '../../../../src/main/core/attendance/queries';
import { sessionDetail } from '../../../../src/main/core/sessions/detail';
import { appErrorOf } from '../../../helpers/app-error';
import { journalLength } from '../assessors/fixtures';
import { scheduledSession } from '../sessions/fixtures';

const PRESENT = { status: 'hadir', identityChecked: true, document: 'ktp_el' } as const;
const ABSENT = { status: 'tidak_hadir', identityChecked: false, document: null } as const;

describe('attendance', () => {
  it('records a check-in, and a correction is a new entry with the history kept', async () => {
    const { store, session, scheduled } = await scheduledSession();
    const candidate = scheduled[0]!;
    const first = recordAttendance(store, session.id, candidate, ABSENT);
    expect(first).toMatchObject({ ...ABSENT, sessionId: session.id, candidateId: candidate });
    expect(componentStatus(store.db, session.id, candidate)).toBe('TH');
    // The candidate turns up late: the desk corrects, with the time they arrived.
    const at = '2024-11-12T01:20:00.000Z';
    const fix = {
      status: 'terlambat',
      identityChecked: true,
      document: 'kartu_peserta',
      at,
    } as const;
    expect(recordAttendance(store, session.id, candidate, fix)).toMatchObject(fix);
    expect(componentStatus(store.db, session.id, candidate)).toBe('terlambat');
    const history = attendanceHistory(store.db, session.id, candidate);
    expect(history.map((a) => a.status)).toEqual(['tidak_hadir', 'terlambat']);
    expect(history[0]!.id).toBe(first.id);
    expect(
      store.db
        .prepare("SELECT count(*) FROM journal WHERE kind = 'attendance.recorded'")
        .pluck()
        .get(),
    ).toBe(2);
    assertMayBeScored(store.db, session.id, candidate);
  });

  it('refuses an unscheduled candidate and inconsistent identity checks', async () => {
    const { store, session, scheduled, otherCandidate } = await scheduledSession();
    const before = journalLength(store);
    expect(
      appErrorOf(() => recordAttendance(store, session.id, otherCandidate, PRESENT)).code,
    ).toBe('session.notScheduled');
    const candidate = scheduled[0]!;
    expect(
      appErrorOf(() =>
        recordAttendance(store, session.id, candidate, { ...PRESENT, document: null }),
      ).code,
    ).toBe('attendance.documentMismatch');
    expect(
      appErrorOf(() =>
        recordAttendance(store, session.id, candidate, { ...ABSENT, document: 'ktp_el' }),
      ).code,
    ).toBe('attendance.documentMismatch');
    expect(
      appErrorOf(() =>
        recordAttendance(store, session.id, candidate, { ...PRESENT, status: 'tidak_hadir' }),
      ).code,
    ).toBe('attendance.absentIdentity');
    expect(journalLength(store)).toBe(before);
  });

  it('lets only a checked-in, present, scheduled candidate be scored', async () => {
    const { store, session, scheduled, formasiCandidates } = await scheduledSession();
    const [present, absent, waiting] = scheduled as [string, string, string];
    recordAttendance(store, session.id, present, PRESENT);
    recordAttendance(store, session.id, absent, ABSENT);
    assertMayBeScored(store.db, session.id, present);
    expect(appErrorOf(() => assertMayBeScored(store.db, session.id, absent)).code).toBe(
      'attendance.absent',
    );
    expect(appErrorOf(() => assertMayBeScored(store.db, session.id, waiting)).code).toBe(
      'attendance.notCheckedIn',
    );
    expect(
      appErrorOf(() => assertMayBeScored(store.db, session.id, formasiCandidates[4]!)).code,
    ).toBe('session.notScheduled');
    expect(
      sessionDetail(store.db, session.id)
        .candidates.map((c) => c.status)
        .sort(),
    ).toEqual(['TH', 'belum', 'hadir']);
  });
});

describe('candidate status (APS, DIS)', () => {
  it('journals a withdrawal and a disqualification, which block scoring selection-wide', async () => {
    const { store, session, scheduled } = await scheduledSession();
    const [withdrawn, disqualified] = scheduled as [string, string];
    recordAttendance(store, session.id, withdrawn, PRESENT);
    recordAttendance(store, session.id, disqualified, PRESENT);

    expect(changeCandidateStatus(store, withdrawn, 'APS', null)).toMatchObject({
      status: 'APS',
      reason: null,
    });
    const dis = changeCandidateStatus(store, disqualified, 'DIS', '  Membawa catatan ke ruang. ');
    expect(dis).toMatchObject({ status: 'DIS', reason: 'Membawa catatan ke ruang.' });
    expect(appErrorOf(() => assertMayBeScored(store.db, session.id, withdrawn)).code).toBe(
      'candidate.withdrawn',
    );
    expect(appErrorOf(() => assertMayBeScored(store.db, session.id, disqualified)).code).toBe(
      'candidate.disqualified',
    );
    const kinds = store.db
      .prepare("SELECT count(*) FROM journal WHERE kind = 'candidate.statusChanged'")
      .pluck()
      .get();
    expect(kinds).toBe(2);
    expect(appErrorOf(() => changeCandidateStatus(store, withdrawn, 'APS', null)).code).toBe(
      'candidate.statusUnchanged',
    );
  });

  it('refuses DIS (and reinstating) without a reason, and reinstates with one', async () => {
    const { store, session, scheduled } = await scheduledSession();
    const candidate = scheduled[0]!;
    recordAttendance(store, session.id, candidate, PRESENT);
    const before = journalLength(store);
    for (const reason of [null, '   ']) {
      const error = appErrorOf(() => changeCandidateStatus(store, candidate, 'DIS', reason));
      expect(error.code).toBe('candidate.reasonRequired');
      expect(error.params).toEqual({ status: 'DIS' });
    }
    expect(journalLength(store)).toBe(before);
    expect(candidateStatus(store.db, candidate).status).toBe('aktif');

    changeCandidateStatus(store, candidate, 'APS', null);
    expect(appErrorOf(() => changeCandidateStatus(store, candidate, 'aktif', null)).code).toBe(
      'candidate.reasonRequired',
    );
    changeCandidateStatus(store, candidate, 'aktif', 'Salah pilih peserta saat menandai APS.');
    assertMayBeScored(store.db, session.id, candidate);
  });
});
