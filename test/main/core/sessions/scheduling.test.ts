import { describe, expect, it } from 'vitest';
import { createSession, scheduleCandidates } from '../../../../src/main/core/sessions/commands';
import { getSession, sessionsOf } from '../../../../src/main/core/sessions/queries';
import { appErrorOf } from '../../../helpers/app-error';
import { journalLength } from '../assessors/fixtures';
import { COMPONENT, FIELDS, scheduledSession, scoringDay } from './fixtures';

describe('sessions and scheduling', () => {
  it('opens a session of a rubric component of the plan and lists it', async () => {
    const { store, selectionId, formasiId } = await scoringDay();
    const later = createSession(store, formasiId, COMPONENT, { ...FIELDS, startTime: '13:00' });
    const first = createSession(store, formasiId, COMPONENT, FIELDS);
    expect(first).toMatchObject({ ...FIELDS, formasiId, selectionId, componentKey: COMPONENT });
    expect(first).toMatchObject({ panelMethod: null, panelSize: 0, minAssessors: 2 });
    expect(sessionsOf(store.db, selectionId).map((s) => s.id)).toEqual([first.id, later.id]);
  });

  it('refuses a component the plan lacks or does not score on a rubric, and bad fields', async () => {
    const { store, formasiId, selectionId } = await scoringDay();
    const before = journalLength(store);
    for (const key of ['skb_cat', 'praktik']) {
      expect(appErrorOf(() => createSession(store, formasiId, key, FIELDS)).code).toBe(
        'session.componentNotScored',
      );
    }
    const unplanned = store.db
      .prepare('SELECT id FROM formasi WHERE selection_id = ? AND id <> ? LIMIT 1')
      .pluck()
      .get(selectionId, formasiId) as string;
    expect(appErrorOf(() => createSession(store, unplanned, COMPONENT, FIELDS)).code).toBe(
      'session.componentNotScored',
    );
    for (const bad of [{ startTime: '24:00' }, { date: '2024-13-01' }, { room: ' ' }]) {
      expect(
        appErrorOf(() => createSession(store, formasiId, COMPONENT, { ...FIELDS, ...bad })).code,
      ).toBe('journal.invalidPayload');
    }
    expect(journalLength(store)).toBe(before);
  });

  it('schedules candidates of the session formasi only, each once per component', async () => {
    const { store, session, scheduled, formasiCandidates, otherCandidate, formasiId } =
      await scheduledSession();
    expect(getSession(store.db, session.id).candidateCount).toBe(3);
    const rest = formasiCandidates[3]!;
    expect(
      appErrorOf(() => scheduleCandidates(store, session.id, [rest, otherCandidate])).code,
    ).toBe('session.candidateOtherFormasi');
    // All or none: the valid candidate of the refused list was not scheduled either.
    expect(getSession(store.db, session.id).candidateCount).toBe(3);
    const afternoon = createSession(store, formasiId, COMPONENT, { ...FIELDS, startTime: '13:00' });
    const again = appErrorOf(() => scheduleCandidates(store, afternoon.id, [rest, scheduled[0]!]));
    expect(again.code).toBe('session.alreadyScheduled');
    expect(again.params.nomor).toMatch(/\d/);
    expect(appErrorOf(() => scheduleCandidates(store, afternoon.id, [rest, rest])).code).toBe(
      'session.duplicateCandidate',
    );
    scheduleCandidates(store, afternoon.id, [rest]);
    expect(getSession(store.db, afternoon.id).candidateCount).toBe(1);
  });
});
