import { describe, expect, it } from 'vitest';
import { declareConflict } from '../../../../src/main/core/assessors/commands';
import {
  changeCandidateStatus,
  recordAttendance,
} from '../../../../src/main/core/attendance/commands';
import { saveDraft, submitSheet } from '../../../../src/main/core/scoring/commands';
import { missingSheets } from '../../../../src/main/core/scoring/missing';
import { selectionProgress } from '../../../../src/main/core/scoring/progress';
import { scheduleCandidates } from '../../../../src/main/core/sessions/commands';
import { appErrorOf } from '../../../helpers/app-error';
import { PIN } from '../assessors/fixtures';
import { PIN_PENGUJI_2 } from '../sessions/fixtures';
import { entry, scoringSession } from './fixtures';

describe('the sheets a session still owes', () => {
  it('names every candidate and panel member without a sheet, by nomor and panel order', async () => {
    const { store, session, scheduled, penguji, penguji2, ketua } = await scoringSession();
    const owed = missingSheets(store.db, session.id);
    expect(owed).toHaveLength(9);
    const nomor = (id: string) =>
      store.db.prepare('SELECT nomor_peserta FROM candidates WHERE id = ?').pluck().get(id);
    expect(owed.slice(0, 3).map((sheet) => sheet.assessorId)).toEqual([
      penguji.id,
      penguji2.id,
      ketua.id,
    ]);
    expect(owed.map((sheet) => sheet.candidateId)).toEqual(scheduled.flatMap((id) => [id, id, id]));
    expect(owed[0]).toMatchObject({
      nomorPeserta: nomor(scheduled[0]!),
      status: 'hadir',
      assessorNama: penguji.nama,
      hasDraft: false,
    });
  });

  it('marks a started draft and drops a submitted sheet, never showing what was entered', async () => {
    const { store, sittings, s1, s2, target, session, penguji, penguji2 } = await scoringSession();
    saveDraft(store, sittings, target(s1), entry(5, 4, 'catatan rahasia'));
    const drafted = missingSheets(store.db, session.id);
    expect(drafted.find((sheet) => sheet.assessorId === penguji.id)?.hasDraft).toBe(true);
    expect(drafted.filter((sheet) => sheet.hasDraft)).toHaveLength(1);
    expect(JSON.stringify(drafted)).not.toContain('catatan rahasia');
    for (const sheet of drafted) {
      expect(Object.keys(sheet).sort()).toEqual([
        'assessorId',
        'assessorNama',
        'candidateId',
        'hasDraft',
        'nama',
        'nomorPeserta',
        'status',
      ]);
    }
    submitSheet(store, sittings, target(s1), PIN.penguji, entry(5, 4, 'catatan rahasia'));
    submitSheet(store, sittings, target(s2), PIN_PENGUJI_2, entry(3, 3));
    const after = missingSheets(store.db, session.id);
    expect(after).toHaveLength(7);
    expect(
      after.some(
        (sheet) =>
          sheet.candidateId === target(s1).candidateId &&
          [penguji.id, penguji2.id].includes(sheet.assessorId),
      ),
    ).toBe(false);
  });

  it('owes nothing for absent, withdrawn or conflicted pairs, and lists candidates not yet in', async () => {
    const day = await scoringSession();
    const { store, session, scheduled, penguji2, formasiCandidates } = day;
    recordAttendance(store, session.id, scheduled[0]!, {
      status: 'tidak_hadir',
      identityChecked: false,
      document: null,
    });
    changeCandidateStatus(store, scheduled[1]!, 'APS', null);
    declareConflict(store, penguji2.id, PIN_PENGUJI_2, scheduled[2]!, 'keluarga', 'sepupu');
    const late = formasiCandidates[3]!;
    scheduleCandidates(store, session.id, [late]);
    const owed = missingSheets(store.db, session.id);
    const byCandidate = (id: string) => owed.filter((sheet) => sheet.candidateId === id);
    expect(byCandidate(scheduled[0]!)).toEqual([]);
    expect(byCandidate(scheduled[1]!)).toEqual([]);
    expect(byCandidate(scheduled[2]!).map((sheet) => sheet.assessorId)).not.toContain(penguji2.id);
    expect(byCandidate(scheduled[2]!)).toHaveLength(2);
    expect(byCandidate(late).map((sheet) => sheet.status)).toEqual(['belum', 'belum', 'belum']);
  });

  it('refuses an unknown session', async () => {
    const { store } = await scoringSession();
    expect(appErrorOf(() => missingSheets(store.db, crypto.randomUUID())).code).toBe(
      'session.notFound',
    );
  });
});

describe('progress agrees with the list of missing sheets', () => {
  it('counts a withdrawn candidate’s sheets out of what is owed, so a session is not complete early', async () => {
    const { store, sittings, s1, s2, chair, target, session, scheduled, selectionId } =
      await scoringSession();
    const progress = () => selectionProgress(store.db, selectionId)[0]!;
    for (const candidateId of scheduled.slice(0, 2)) {
      submitSheet(store, sittings, target(s1, candidateId), PIN.penguji, entry(4, 4));
      submitSheet(store, sittings, target(s2, candidateId), PIN_PENGUJI_2, entry(4, 3));
      submitSheet(store, sittings, target(chair, candidateId), PIN.ketua, entry(3, 4));
    }
    expect(progress()).toMatchObject({ expected: 9, submitted: 6, missing: 3, complete: false });
    // The first candidate withdraws after being scored: the third still owes all three sheets.
    changeCandidateStatus(store, scheduled[0]!, 'APS', null);
    expect(progress()).toMatchObject({
      out: 1,
      expected: 6,
      submitted: 3,
      missing: 3,
      complete: false,
    });
    expect(missingSheets(store.db, session.id)).toHaveLength(progress().missing);
    for (const sittingId of [s1, s2]) {
      saveDraft(store, sittings, target(sittingId, scheduled[2]!), entry(2, 2));
    }
    expect(progress().drafts).toBe(2);
    submitSheet(store, sittings, target(s1, scheduled[2]!), PIN.penguji, entry(2, 2));
    submitSheet(store, sittings, target(s2, scheduled[2]!), PIN_PENGUJI_2, entry(2, 2));
    submitSheet(store, sittings, target(chair, scheduled[2]!), PIN.ketua, entry(2, 2));
    expect(progress()).toMatchObject({ drafts: 0, submitted: 6, missing: 0, complete: true });
    expect(missingSheets(store.db, session.id)).toEqual([]);
  });
});
