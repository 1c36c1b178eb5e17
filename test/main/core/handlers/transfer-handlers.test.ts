import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src/main/core/contract/dispatch';
import type { Output } from '../../../../src/shared/contract/contract';
import { asyncAppErrorOf } from '../../../helpers/app-error';
import { testKey } from '../../../helpers/bundle-fixtures';
import { demoSelection } from '../../../helpers/demo-fixtures';
import { handlersOver } from '../../../helpers/handlers';
import { tempStore } from '../../../helpers/temp-store';

async function setup() {
  const store = await tempStore();
  return { store, handlers: handlersOver(store) };
}

describe('trust registry channels through dispatch', () => {
  it('pins, lists and revokes a key, each change in the journal', async () => {
    const { store, handlers } = await setup();
    expect(await dispatch(handlers, 'trust:list', {})).toEqual([]);
    const { publicKey } = testKey(7);
    const pinned = (await dispatch(handlers, 'trust:pin', {
      publicKey: ` ${publicKey} `,
      label: 'BKN Pusat',
      role: 'central',
    })) as Output<'trust:pin'>;
    expect(pinned).toMatchObject({
      publicKey,
      label: 'BKN Pusat',
      role: 'central',
      revokedAt: null,
    });
    expect(pinned.fingerprint).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
    expect(await dispatch(handlers, 'trust:list', {})).toEqual([pinned]);

    const revoked = (await dispatch(handlers, 'trust:revoke', {
      fingerprint: pinned.fingerprint.replace(/ /g, '').toUpperCase(),
      reason: 'Laptop pusat hilang',
    })) as Output<'trust:revoke'>;
    expect(revoked).toMatchObject({
      fingerprint: pinned.fingerprint,
      revokeReason: 'Laptop pusat hilang',
    });
    expect(revoked.revokedAt).not.toBeNull();
    const kinds = store.db
      .prepare("SELECT kind FROM journal WHERE kind LIKE 'trust.%'")
      .pluck()
      .all();
    expect(kinds).toEqual(['trust.pinned', 'trust.revoked']);
  });

  it('refuses a bad key, an unknown role and a revocation without a reason', async () => {
    const { handlers } = await setup();
    const bad = await asyncAppErrorOf(() =>
      dispatch(handlers, 'trust:pin', { publicKey: 'abc', label: 'X', role: 'office' }),
    );
    expect(bad.code).toBe('trust.badPublicKey');
    const role = await asyncAppErrorOf(() =>
      dispatch(handlers, 'trust:pin', {
        publicKey: testKey(8).publicKey,
        label: 'X',
        role: 'boss',
      }),
    );
    expect(role.code).toBe('request.invalid');
    const pinned = (await dispatch(handlers, 'trust:pin', {
      publicKey: testKey(8).publicKey,
      label: 'Kantor Purwodadi',
      role: 'office',
    })) as Output<'trust:pin'>;
    const reason = await asyncAppErrorOf(() =>
      dispatch(handlers, 'trust:revoke', { fingerprint: pinned.fingerprint, reason: ' ' }),
    );
    expect(reason.code).toBe('trust.reasonMissing');
  });
});

describe('setup:contents through dispatch', () => {
  it('shows the selection and the chain figures', async () => {
    const { store, handlers } = await setup();
    const selectionId = demoSelection(store);
    const contents = (await dispatch(handlers, 'setup:contents', {})) as Output<'setup:contents'>;
    expect(contents.selections).toEqual([
      expect.objectContaining({ id: selectionId, formasi: 7, formasiUnlocked: 7, candidates: 0 }),
    ]);
    const entries = store.db.prepare('SELECT count(*) FROM journal').pluck().get();
    expect(contents).toMatchObject({ chains: 1, entries, publishedRubrics: 0 });
  });
});
