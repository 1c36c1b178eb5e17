import { describe, expect, it } from 'vitest';
import { resetAssessorPin } from '../../../../src/main/core/assessors/commands';
import { readAttempts } from '../../../../src/main/core/assessors/pin-attempts';
import { submitSheet } from '../../../../src/main/core/scoring/commands';
import { Sittings } from '../../../../src/main/core/scoring/sittings';
import { appErrorOf } from '../../../helpers/app-error';
import { FAST_KDF, PIN } from '../assessors/fixtures';
import { entry, scoringSession } from './fixtures';

describe('sittings and the PIN on submit', () => {
  it('locks out after five wrong PINs on submit, and the sitting closes', async () => {
    const { store, sittings, s1, target, penguji } = await scoringSession();
    for (let i = 1; i <= 4; i += 1) {
      const error = appErrorOf(() =>
        submitSheet(store, sittings, target(s1), '999999', entry(3, 3)),
      );
      expect(error.code).toBe('assessor.wrongPin');
      expect(error.params).toEqual({ remaining: 5 - i });
    }
    expect(
      appErrorOf(() => submitSheet(store, sittings, target(s1), '999999', entry(3, 3))).code,
    ).toBe('assessor.lockedOut');
    expect(readAttempts(store.db, penguji.id).lockedUntil).not.toBeNull();
    // Even the right PIN does not bring the sitting back: it has to be opened again after the lock.
    expect(
      appErrorOf(() => submitSheet(store, sittings, target(s1), PIN.penguji, entry(3, 3))).code,
    ).toBe('sitting.expired');
    expect(
      appErrorOf(() => sittings.open(store.db, penguji.id, PIN.penguji, store.now())).code,
    ).toBe('assessor.lockedOut');
    expect(
      store.db.prepare("SELECT count(*) FROM journal WHERE kind LIKE 'sheet.%'").pluck().get(),
    ).toBe(0);
  });

  it('a right PIN on submit clears earlier wrong ones', async () => {
    const { store, sittings, s1, target, penguji } = await scoringSession();
    appErrorOf(() => submitSheet(store, sittings, target(s1), '999999', entry(3, 3)));
    expect(readAttempts(store.db, penguji.id).failures).toBe(1);
    submitSheet(store, sittings, target(s1), PIN.penguji, entry(3, 3));
    expect(readAttempts(store.db, penguji.id).failures).toBe(0);
  });

  it('expires an idle sitting and one whose key was reset by the chair', async () => {
    const { store, penguji, ketua, target } = await scoringSession();
    let clock = Date.parse('2024-11-12T02:00:00.000Z');
    const sittings = new Sittings(60_000);
    const id = sittings.open(store.db, penguji.id, PIN.penguji, new Date(clock)).sittingId;
    clock += 61_000;
    expect(appErrorOf(() => sittings.use(store.db, id, new Date(clock))).code).toBe(
      'sitting.expired',
    );
    const again = sittings.open(store.db, penguji.id, PIN.penguji, new Date(clock)).sittingId;
    resetAssessorPin(store, ketua.id, PIN.ketua, penguji.id, '470391', FAST_KDF);
    expect(appErrorOf(() => sittings.use(store.db, again, new Date(clock))).code).toBe(
      'sitting.expired',
    );
    expect(
      appErrorOf(() => submitSheet(store, sittings, target(again), '470391', entry(3, 3))).code,
    ).toBe('sitting.expired');
  });

  it('an unknown sitting id is refused', async () => {
    const { store, sittings, target } = await scoringSession();
    expect(
      appErrorOf(() =>
        submitSheet(store, sittings, target('f'.repeat(64)), PIN.penguji, entry(3, 3)),
      ).code,
    ).toBe('sitting.expired');
  });
});
