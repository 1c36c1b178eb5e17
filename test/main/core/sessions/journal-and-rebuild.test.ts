import { describe, expect, it } from 'vitest';
import { declareConflict } from '../../../../src/main/core/assessors/commands';
import {
  changeCandidateStatus,
  recordAttendance,
} from '../../../../src/main/core/attendance/commands';
import { rebuildState } from '../../../../src/main/core/journal/rebuild';
import { STATE_TABLES } from '../../../../src/main/core/journal/state-tables';
import {
  assignPanel,
  createSession,
  drawPanel,
  scheduleCandidates,
} from '../../../../src/main/core/sessions/commands';
import { sessionDetail } from '../../../../src/main/core/sessions/detail';
import { stateSnapshot } from '../../../helpers/state-snapshot';
import { PIN } from '../assessors/fixtures';
import { COMPONENT, FIELDS, scheduledSession } from './fixtures';

/** A scoring day after every session and attendance entry kind, corrections included. */
async function busyDay() {
  const day = await scheduledSession();
  const { store, session, scheduled, formasiId, formasiCandidates, ketua, penguji, penguji2 } = day;
  assignPanel(store, session.id, [ketua.id, penguji.id]);
  const afternoon = createSession(store, formasiId, COMPONENT, { ...FIELDS, startTime: '13:00' });
  scheduleCandidates(store, afternoon.id, formasiCandidates.slice(3));
  drawPanel(store, afternoon.id, [ketua.id, penguji.id, penguji2.id], 2);
  declareConflict(store, penguji.id, PIN.penguji, scheduled[1]!, 'pekerjaan', 'Rekan satu kantor.');
  const [a, b, c] = scheduled as [string, string, string];
  recordAttendance(store, session.id, a, {
    status: 'tidak_hadir',
    identityChecked: false,
    document: null,
  });
  recordAttendance(store, session.id, a, {
    status: 'terlambat',
    identityChecked: true,
    document: 'ktp_el',
  });
  recordAttendance(store, session.id, b, {
    status: 'tidak_hadir',
    identityChecked: false,
    document: null,
  });
  recordAttendance(store, session.id, c, {
    status: 'hadir',
    identityChecked: true,
    document: 'lainnya',
  });
  changeCandidateStatus(store, c, 'DIS', 'Terbukti menggunakan joki.');
  changeCandidateStatus(store, formasiCandidates[3]!, 'APS', null);
  changeCandidateStatus(store, formasiCandidates[3]!, 'aktif', 'Surat APS ditarik kembali.');
  return { ...day, afternoon };
}

describe('sessions and attendance in the journal', () => {
  it('projects into state tables that a rebuild empties', () => {
    expect(STATE_TABLES).toEqual(
      expect.arrayContaining([
        'sessions',
        'session_candidates',
        'session_panel',
        'attendance',
        'candidate_status_changes',
      ]),
    );
  });

  it('rebuilds exactly the live state', async () => {
    const { store, session, afternoon } = await busyDay();
    const live = stateSnapshot(store.db);
    expect(live.sessions).toHaveLength(2);
    expect(live.session_candidates).toHaveLength(5);
    expect(live.session_panel).toHaveLength(4);
    expect(live.attendance).toHaveLength(4);
    expect(live.candidate_status_changes).toHaveLength(3);
    const views = [sessionDetail(store.db, session.id), sessionDetail(store.db, afternoon.id)];

    rebuildState(store.db);

    expect(stateSnapshot(store.db)).toEqual(live);
    expect([sessionDetail(store.db, session.id), sessionDetail(store.db, afternoon.id)]).toEqual(
      views,
    );
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
  });
});
