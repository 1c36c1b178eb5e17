import { describe, expect, it } from 'vitest';
import { lockDurationMs } from '../../../../src/main/core/assessors/pin-attempts';
import { getAssessor } from '../../../../src/main/core/assessors/queries';
import { unlockPrivateKey, verifyAssessorPin } from '../../../../src/main/core/assessors/unlock';
import { appErrorOf } from '../../../helpers/app-error';
import { panel, PIN } from './fixtures';

const MINUTE = 60_000;
const start = Date.parse('2024-11-05T02:00:00.000Z');
const at = (ms: number) => new Date(start + ms);

describe('PIN lock-out', () => {
  it('locks for 1, 2, 4, 8 … minutes, at most 60', () => {
    expect([1, 4, 5, 6, 7, 8, 10, 11, 12, 40].map((n) => lockDurationMs(n) / MINUTE)).toEqual([
      0, 0, 1, 2, 4, 8, 32, 60, 60, 60,
    ]);
  });

  it('locks after five wrong PINs, refuses even the right PIN while locked, doubles, and resets on success', async () => {
    const { store, penguji } = await panel();
    const { db } = store;
    const id = penguji.id;
    for (let i = 1; i <= 4; i += 1) {
      const error = appErrorOf(() => verifyAssessorPin(db, id, '000111', at(i * 1000)));
      expect([error.code, error.params]).toEqual(['assessor.wrongPin', { remaining: 5 - i }]);
    }
    const fifth = appErrorOf(() => verifyAssessorPin(db, id, '000111', at(5000)));
    expect(fifth.code).toBe('assessor.lockedOut');
    expect(fifth.params).toEqual({ until: at(5000 + MINUTE).toISOString() });
    expect(getAssessor(db, id).lockedUntil).toBe(at(5000 + MINUTE).toISOString());

    // During the lock-out the PIN is not even checked: the right one is refused as well.
    // Proof that it is not looked at: with the stored hash unreadable, the answer is the same.
    const hash = db.prepare('SELECT pin_hash FROM assessor_secrets WHERE assessor_id = ?');
    const setHash = db.prepare('UPDATE assessor_secrets SET pin_hash = ? WHERE assessor_id = ?');
    const stored = hash.pluck().get(id) as string;
    setHash.run('unreadable', id);
    for (const run of [
      () => verifyAssessorPin(db, id, PIN.penguji, at(30_000)),
      () => unlockPrivateKey(db, id, PIN.penguji, at(40_000)),
    ]) {
      expect(appErrorOf(run).code).toBe('assessor.lockedOut');
    }
    setHash.run(stored, id);
    expect(getAssessor(db, id).lockedUntil).toBe(at(5000 + MINUTE).toISOString());

    // After it ends, each further wrong PIN locks twice as long.
    const sixth = appErrorOf(() => verifyAssessorPin(db, id, '000111', at(5000 + MINUTE)));
    expect(sixth.params).toEqual({ until: at(5000 + 3 * MINUTE).toISOString() });
    const seventh = appErrorOf(() => verifyAssessorPin(db, id, '000111', at(5000 + 3 * MINUTE)));
    expect(seventh.params).toEqual({ until: at(5000 + 7 * MINUTE).toISOString() });

    // The right PIN after the lock-out opens and starts the count over.
    expect(verifyAssessorPin(db, id, PIN.penguji, at(5000 + 7 * MINUTE)).lockedUntil).toBeNull();
    const again = appErrorOf(() => verifyAssessorPin(db, id, '000111', at(10 * MINUTE)));
    expect(again.params).toEqual({ remaining: 4 });
  });

  it('keeps each assessor’s count to themselves', async () => {
    const { store, penguji, ketua } = await panel();
    for (let i = 0; i < 5; i += 1) {
      appErrorOf(() => verifyAssessorPin(store.db, penguji.id, '000111', at(i)));
    }
    expect(verifyAssessorPin(store.db, ketua.id, PIN.ketua, at(10)).id).toBe(ketua.id);
  });
});
