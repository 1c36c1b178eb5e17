import { describe, expect, it } from 'vitest';
import { declareConflict } from '../../../../src/main/core/assessors/commands';
import { assignPanel } from '../../../../src/main/core/sessions/commands';
import { sessionDetail } from '../../../../src/main/core/sessions/detail';
import {
  candidatesBelowMinimum,
  isPanelIncomplete,
  panelFor,
} from '../../../../src/main/core/sessions/panel';
import { panelIds } from '../../../../src/main/core/sessions/queries';
import { appErrorOf } from '../../../helpers/app-error';
import { enrol, journalLength, PIN, selectionWithCandidates } from '../assessors/fixtures';
import { scheduledSession } from './fixtures';

describe('panels by hand', () => {
  it('seats chairs, secretaries and assessors, in the order given', async () => {
    const { store, session, ketua, penguji, penguji2 } = await scheduledSession();
    const after = assignPanel(store, session.id, [penguji.id, ketua.id, penguji2.id]);
    expect(after).toMatchObject({ panelMethod: 'manual', panelSeed: null, panelSize: 3 });
    expect(panelIds(store.db, session.id)).toEqual([penguji.id, ketua.id, penguji2.id]);
    // A new panel replaces the old one.
    assignPanel(store, session.id, [penguji2.id, penguji.id]);
    expect(panelIds(store.db, session.id)).toEqual([penguji2.id, penguji.id]);
    expect(isPanelIncomplete(store.db, session.id)).toBe(false);
  });

  it('refuses an observer, a repeated assessor and an assessor of another selection', async () => {
    const { store, session, penguji, pengamat } = await scheduledSession();
    const before = journalLength(store);
    expect(appErrorOf(() => assignPanel(store, session.id, [penguji.id, pengamat.id])).code).toBe(
      'assessor.observerReadOnly',
    );
    expect(appErrorOf(() => assignPanel(store, session.id, [penguji.id, penguji.id])).code).toBe(
      'panel.duplicateAssessor',
    );
    const other = await selectionWithCandidates(store, 2, 9);
    const stranger = enrol(store, other.selectionId, 'penguji', PIN.penguji);
    const refused = journalLength(store);
    expect(appErrorOf(() => assignPanel(store, session.id, [stranger.id])).code).toBe(
      'panel.assessorOtherSelection',
    );
    expect(journalLength(store)).toBe(refused);
    expect(refused).toBeGreaterThan(before);
    expect(panelIds(store.db, session.id)).toEqual([]);
  });

  it('saves a panel below the minimum but reports it as incomplete', async () => {
    const { store, session, penguji, scheduled } = await scheduledSession();
    assignPanel(store, session.id, [penguji.id]);
    expect(isPanelIncomplete(store.db, session.id)).toBe(true);
    expect(candidatesBelowMinimum(store.db, session.id).map((s) => s.candidateId)).toEqual(
      [...scheduled].sort(),
    );
    expect(sessionDetail(store.db, session.id).panelIncomplete).toBe(true);
  });

  it('removes a conflicted assessor from that candidate’s panel only', async () => {
    const { store, session, ketua, penguji, penguji2, scheduled } = await scheduledSession();
    assignPanel(store, session.id, [ketua.id, penguji.id]);
    expect(candidatesBelowMinimum(store.db, session.id)).toEqual([]);
    const [conflicted, other] = scheduled as [string, string];
    declareConflict(store, penguji.id, PIN.penguji, conflicted, 'keluarga', 'Sepupu saya.');

    expect(panelFor(store.db, session.id, conflicted).map((a) => a.id)).toEqual([ketua.id]);
    expect(panelFor(store.db, session.id, other).map((a) => a.id)).toEqual([ketua.id, penguji.id]);
    expect(candidatesBelowMinimum(store.db, session.id)).toEqual([
      { candidateId: conflicted, effectivePanelSize: 1, minAssessors: 2 },
    ]);
    const detail = sessionDetail(store.db, session.id);
    const row = detail.candidates.find((c) => c.candidateId === conflicted);
    expect(row).toMatchObject({ effectivePanelSize: 1, belowMinimum: true });
    expect(detail.panelIncomplete).toBe(false);

    // A third assessor brings the conflicted candidate's panel back to the minimum.
    assignPanel(store, session.id, [ketua.id, penguji.id, penguji2.id]);
    expect(candidatesBelowMinimum(store.db, session.id)).toEqual([]);
  });

  it('refuses the panel of a candidate not scheduled in the session', async () => {
    const { store, session, otherCandidate } = await scheduledSession();
    expect(appErrorOf(() => panelFor(store.db, session.id, otherCandidate)).code).toBe(
      'session.notScheduled',
    );
  });
});
