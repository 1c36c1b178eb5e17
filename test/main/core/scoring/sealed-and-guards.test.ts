import { describe, expect, it } from 'vitest';
import { declareConflict } from '../../../../src/main/core/assessors/commands';
import { recordAttendance } from '../../../../src/main/core/attendance/commands';
import { saveDraft, submitSheet } from '../../../../src/main/core/scoring/commands';
import { assessorQueue, ownSheet, panelSheets } from '../../../../src/main/core/scoring/queries';
import { appErrorOf } from '../../../helpers/app-error';
import { PIN } from '../assessors/fixtures';
import { PIN_PENGUJI_2 } from '../sessions/fixtures';
import { entry, scoringSession } from './fixtures';

describe('sealed scoring and who may score, in the main process', () => {
  it("does not return another assessor's scores before the caller has submitted", async () => {
    const { store, sittings, s1, s2, target, penguji, penguji2, session, scheduled } =
      await scoringSession();
    const candidate = scheduled[0]!;
    submitSheet(store, sittings, target(s1), PIN.penguji, entry(5, 4, 'Sangat baik'));
    // The second assessor has a draft only: the first one's sheet stays sealed to them.
    saveDraft(store, sittings, target(s2), entry(2, 2));
    expect(appErrorOf(() => panelSheets(store.db, penguji2.id, session.id, candidate)).code).toBe(
      'sheet.sealed',
    );
    // Their own reads never include anyone else's sheet or draft.
    const own = ownSheet(store.db, {
      sessionId: session.id,
      candidateId: candidate,
      assessorId: penguji2.id,
    });
    expect(own.current).toBeNull();
    expect(own.draft?.levels).toEqual({ A: 2, B: 2 });
    expect(JSON.stringify(own)).not.toContain('Sangat baik');
    submitSheet(store, sittings, target(s2), PIN_PENGUJI_2, entry(2, 2));
    const visible = panelSheets(store.db, penguji2.id, session.id, candidate);
    expect(visible.map((s) => s.content.assessorId).sort()).toEqual(
      [penguji.id, penguji2.id].sort(),
    );
  });

  it('refuses a conflicted assessor: no draft, no submission, not in their queue', async () => {
    const { store, sittings, s1, target, penguji, session, scheduled } = await scoringSession();
    const candidate = scheduled[1]!;
    declareConflict(store, penguji.id, PIN.penguji, candidate, 'keluarga', 'Sepupu');
    expect(
      appErrorOf(() => saveDraft(store, sittings, target(s1, candidate), entry(3, 3))).code,
    ).toBe('assessor.conflicted');
    expect(
      appErrorOf(() =>
        submitSheet(store, sittings, target(s1, candidate), PIN.penguji, entry(3, 3)),
      ).code,
    ).toBe('assessor.conflicted');
    const queue = assessorQueue(store.db, penguji.id, session.id).map((q) => q.candidateId);
    expect(queue).not.toContain(candidate);
    expect(queue).toHaveLength(scheduled.length - 1);
  });

  it('refuses a sheet of an absent candidate', async () => {
    const { store, sittings, s1, target, session, scheduled } = await scoringSession();
    const candidate = scheduled[2]!;
    recordAttendance(store, session.id, candidate, {
      status: 'tidak_hadir',
      identityChecked: false,
      document: null,
      at: '2024-11-12T01:30:00.000Z',
    });
    expect(
      appErrorOf(() => saveDraft(store, sittings, target(s1, candidate), entry(3, 3))).code,
    ).toBe('attendance.absent');
    expect(
      appErrorOf(() =>
        submitSheet(store, sittings, target(s1, candidate), PIN.penguji, entry(3, 3)),
      ).code,
    ).toBe('attendance.absent');
  });

  it('refuses someone not on the panel, and an observer cannot even open a sitting', async () => {
    const { store, sittings, session, pengamat } = await scoringSession();
    expect(
      appErrorOf(() => sittings.open(store.db, pengamat.id, PIN.pengamat, store.now())).code,
    ).toBe('assessor.observerReadOnly');
    expect(appErrorOf(() => assessorQueue(store.db, pengamat.id, session.id)).code).toBe(
      'sheet.notOnPanel',
    );
  });

  it('shows each assessor where their own sheet stands in the queue', async () => {
    const { store, sittings, s1, target, penguji, session, scheduled } = await scoringSession();
    submitSheet(store, sittings, target(s1, scheduled[0]), PIN.penguji, entry(3, 3));
    saveDraft(store, sittings, target(s1, scheduled[1]), { levels: { A: 2 }, notes: {}, note: '' });
    const queue = assessorQueue(store.db, penguji.id, session.id);
    expect(queue.map((q) => [q.own, q.version])).toEqual([
      ['terkirim', 1],
      ['draf', null],
      ['kosong', null],
    ]);
  });
});
