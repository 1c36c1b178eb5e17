import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../../../src/main/core/crypto/sealed-key';
import { rebuildState } from '../../../../src/main/core/journal/rebuild';
import { listTrust, pinKey, revokeKey, trustOf } from '../../../../src/main/core/trust/registry';
import { appErrorOf } from '../../../helpers/app-error';
import { testKey } from '../../../helpers/bundle-fixtures';
import { tempStore } from '../../../helpers/temp-store';

const central = testKey(1).publicKey;
const office = testKey(2).publicKey;

/** Asserts that `run` throws the AppError `code`. */
function expectAppError(run: () => unknown, code: string): void {
  expect(appErrorOf(run).code).toBe(code);
}

describe('trust registry', () => {
  it('pins a key, says it is trusted, and does not know other keys', async () => {
    const store = await tempStore();
    const entry = pinKey(store, { publicKey: central, label: ' BKN Pusat ', role: 'central' });
    expect(entry).toMatchObject({
      fingerprint: fingerprintOf(central),
      publicKey: central,
      label: 'BKN Pusat',
      role: 'central',
      revokedAt: null,
      revokeReason: null,
    });
    expect(trustOf(store.db, fingerprintOf(central))).toEqual({ status: 'trusted', entry });
    expect(trustOf(store.db, fingerprintOf(office))).toEqual({ status: 'unknown', entry: null });
  });

  it('revokes with a reason, keeps the key listed, and rebuilds the same from the journal', async () => {
    const store = await tempStore();
    pinKey(store, { publicKey: central, label: 'Pusat', role: 'central' });
    pinKey(store, { publicKey: office, label: 'Kantor Regional I', role: 'office' });
    // A fingerprint typed without spaces and in capitals is the same fingerprint.
    const typed = fingerprintOf(office).replace(/ /g, '').toUpperCase();
    const revoked = revokeKey(store, typed, 'laptop hilang');
    expect(revoked.revokeReason).toBe('laptop hilang');
    expect(revoked.revokedAt).not.toBeNull();
    expect(trustOf(store.db, fingerprintOf(office)).status).toBe('revoked');
    const before = listTrust(store.db);
    expect(before.map((e) => e.label)).toEqual(['Pusat', 'Kantor Regional I']);
    const kinds = store.db.prepare('SELECT kind FROM journal ORDER BY seq').pluck().all();
    expect(kinds.filter((k) => String(k).startsWith('trust.'))).toEqual([
      'trust.pinned',
      'trust.pinned',
      'trust.revoked',
    ]);
    rebuildState(store.db);
    expect(listTrust(store.db)).toEqual(before);
  });

  it('refuses a bad key, an empty label or reason, a second pin and a second revocation', async () => {
    const store = await tempStore();
    expectAppError(
      () => pinKey(store, { publicKey: 'abc', label: 'X', role: 'office' }),
      'trust.badPublicKey',
    );
    expectAppError(
      () => pinKey(store, { publicKey: office, label: '  ', role: 'office' }),
      'trust.labelMissing',
    );
    expectAppError(
      () => pinKey(store, { publicKey: office, label: 'X', role: 'boss' as 'office' }),
      'trust.badRole',
    );
    expectAppError(() => revokeKey(store, fingerprintOf(office), 'r'), 'trust.notPinned');
    pinKey(store, { publicKey: office, label: 'Kantor', role: 'office' });
    expectAppError(
      () => pinKey(store, { publicKey: office, label: 'Lagi', role: 'office' }),
      'trust.alreadyPinned',
    );
    expectAppError(() => revokeKey(store, fingerprintOf(office), ' '), 'trust.reasonMissing');
    revokeKey(store, fingerprintOf(office), 'dicabut');
    expectAppError(() => revokeKey(store, fingerprintOf(office), 'lagi'), 'trust.alreadyRevoked');
    // A revoked key is not trusted again by pinning it anew.
    expectAppError(
      () => pinKey(store, { publicKey: office, label: 'Baru', role: 'office' }),
      'trust.alreadyPinned',
    );
    expect(listTrust(store.db)).toHaveLength(1);
  });
});
