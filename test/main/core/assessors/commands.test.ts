import { describe, expect, it } from 'vitest';
import { enrolAssessor, resetAssessorPin } from '../../../../src/main/core/assessors/commands';
import {
  assessorKeys,
  getAssessor,
  listAssessors,
} from '../../../../src/main/core/assessors/queries';
import { unlockPrivateKey, verifyAssessorPin } from '../../../../src/main/core/assessors/unlock';
import { rawPublicKey } from '../../../../src/main/core/crypto/sealed-key';
import { signCanonical, verifyCanonical } from '../../../../src/main/core/crypto/sign';
import { Assessor } from '../../../../src/shared/domain/assessor';
import { appErrorOf } from '../../../helpers/app-error';
import { demoSelection } from '../../../helpers/demo-fixtures';
import { tempStore } from '../../../helpers/temp-store';
import { enrol, FAST_KDF, panel, PIN, journalLength } from './fixtures';

const T = new Date('2024-11-05T02:00:00.000Z');

describe('enrolAssessor', () => {
  it('enrols with a key pair whose private half opens with the PIN only', async () => {
    const store = await tempStore();
    const selectionId = demoSelection(store);
    const assessor = enrolAssessor(
      store,
      selectionId,
      { nama: 'Dra. Sri Wahyuni, M.Si.', nip: '19750312 200003 2 004', role: 'ketua' },
      PIN.ketua,
      FAST_KDF,
    );
    expect(Assessor.parse(assessor)).toEqual(assessor);
    expect(assessor).toMatchObject({
      selectionId,
      nama: 'Dra. Sri Wahyuni, M.Si.',
      nip: '197503122000032004',
      role: 'ketua',
      keyVersion: 1,
      lockedUntil: null,
      integrityAcceptedAt: null,
    });
    // The view carries public parts only.
    expect(Object.keys(assessor).sort()).toEqual(
      [
        'enrolledAt',
        'fingerprint',
        'id',
        'integrityAcceptedAt',
        'keyVersion',
        'lockedUntil',
        'nama',
        'nip',
        'publicKey',
        'role',
        'selectionId',
      ].sort(),
    );
    expect(listAssessors(store.db, selectionId)).toEqual([assessor]);
    expect(verifyAssessorPin(store.db, assessor.id, PIN.ketua, T)).toEqual(assessor);
    const key = unlockPrivateKey(store.db, assessor.id, PIN.ketua, T);
    expect(rawPublicKey(key)).toBe(assessor.publicKey);
    expect(assessorKeys(store.db, assessor.id)).toEqual([
      {
        keyVersion: 1,
        publicKey: assessor.publicKey,
        fingerprint: assessor.fingerprint,
        validFrom: assessor.enrolledAt,
        resetBy: null,
      },
    ]);
  });

  it('refuses a weak PIN, a bad NIP, a second use of a NIP and an unknown selection, changing nothing', async () => {
    const store = await tempStore();
    const selectionId = demoSelection(store);
    const before = journalLength(store);
    const fields = { nama: 'Budi', nip: '198501012010011001', role: 'penguji' as const };
    expect(
      appErrorOf(() => enrolAssessor(store, selectionId, fields, '123456', FAST_KDF)).code,
    ).toBe('assessor.pinTooSimple');
    expect(
      appErrorOf(() =>
        enrolAssessor(store, selectionId, { ...fields, nip: '1985' }, PIN.penguji, FAST_KDF),
      ).code,
    ).toBe('journal.invalidPayload');
    expect(journalLength(store)).toBe(before);
    enrolAssessor(store, selectionId, fields, PIN.penguji, FAST_KDF);
    expect(
      appErrorOf(() => enrolAssessor(store, selectionId, fields, PIN.ketua, FAST_KDF)).code,
    ).toBe('assessor.duplicateNip');
    expect(
      appErrorOf(() =>
        enrolAssessor(store, '00000000-0000-4000-8000-000000000009', fields, PIN.ketua, FAST_KDF),
      ).code,
    ).toBe('selection.notFound');
    expect(journalLength(store)).toBe(before + 1);
    // A refused enrolment leaves no orphaned secrets behind.
    expect(store.db.prepare('SELECT count(*) FROM assessor_secrets').pluck().get()).toBe(1);
  });

  it('lets several assessors without NIP into one selection', async () => {
    const store = await tempStore();
    const selectionId = demoSelection(store);
    enrol(store, selectionId, 'pengamat', PIN.pengamat, 'Perwakilan A');
    enrol(store, selectionId, 'pengamat', PIN.pengamat, 'Perwakilan B');
    expect(listAssessors(store.db, selectionId).map((a) => a.nama)).toEqual([
      'Perwakilan A',
      'Perwakilan B',
    ]);
  });
});

describe('resetAssessorPin', () => {
  it('lets the chair issue a new key; old signatures verify with the old key', async () => {
    const { store, ketua, penguji } = await panel();
    const oldKey = unlockPrivateKey(store.db, penguji.id, PIN.penguji, T);
    const sheet = { candidate: 'x', total: 82.5 };
    const signature = signCanonical(oldKey, sheet);

    const reset = resetAssessorPin(store, ketua.id, PIN.ketua, penguji.id, '406281', FAST_KDF);
    expect(reset.keyVersion).toBe(2);
    expect(reset.publicKey).not.toBe(penguji.publicKey);
    expect(reset.fingerprint).not.toBe(penguji.fingerprint);

    // The new PIN opens the new key; the old PIN opens nothing any more.
    expect(rawPublicKey(unlockPrivateKey(store.db, penguji.id, '406281', T))).toBe(reset.publicKey);
    expect(appErrorOf(() => verifyAssessorPin(store.db, penguji.id, PIN.penguji, T)).code).toBe(
      'assessor.wrongPin',
    );

    const keys = assessorKeys(store.db, penguji.id);
    expect(keys.map((k) => [k.keyVersion, k.resetBy])).toEqual([
      [1, null],
      [2, ketua.id],
    ]);
    expect(verifyCanonical(keys[0]!.publicKey, sheet, signature)).toBe(true);
    expect(verifyCanonical(keys[1]!.publicKey, sheet, signature)).toBe(false);
    const entry = store.db
      .prepare("SELECT payload FROM journal WHERE kind = 'assessor.keyReset'")
      .pluck()
      .get() as string;
    expect(JSON.parse(entry)).toEqual({
      assessorId: penguji.id,
      fingerprint: reset.fingerprint,
      keyVersion: 2,
      publicKey: reset.publicKey,
      resetBy: ketua.id,
    });
  });

  it('refuses anyone but a chair of the same selection, without spending their attempts', async () => {
    const { store, penguji, pengamat } = await panel();
    const error = appErrorOf(() =>
      resetAssessorPin(store, penguji.id, PIN.penguji, pengamat.id, '406281', FAST_KDF),
    );
    expect(error.code).toBe('assessor.notChair');
    const otherSelection = demoSelection(store);
    const otherChair = enrol(store, otherSelection, 'ketua', '918273', 'Ketua lain');
    expect(
      appErrorOf(() =>
        resetAssessorPin(store, otherChair.id, '918273', penguji.id, '406281', FAST_KDF),
      ).code,
    ).toBe('assessor.notChair');
    expect(getAssessor(store.db, penguji.id).keyVersion).toBe(1);
  });

  it('counts a wrong chair PIN against the chair and changes nothing', async () => {
    const { store, ketua, penguji } = await panel();
    const before = journalLength(store);
    const error = appErrorOf(() =>
      resetAssessorPin(store, ketua.id, '000111', penguji.id, '406281', FAST_KDF),
    );
    expect(error.code).toBe('assessor.wrongPin');
    expect(error.params).toEqual({ remaining: 4 });
    expect(
      store.db
        .prepare('SELECT failures FROM pin_attempts WHERE assessor_id = ?')
        .pluck()
        .get(ketua.id),
    ).toBe(1);
    expect(journalLength(store)).toBe(before);
    expect(getAssessor(store.db, penguji.id).keyVersion).toBe(1);
    // A weak new PIN is refused before the chair's PIN is even checked.
    expect(
      appErrorOf(() => resetAssessorPin(store, ketua.id, '000111', penguji.id, '111111', FAST_KDF))
        .code,
    ).toBe('assessor.pinTooSimple');
  });

  it('lifts the assessor’s lock-out, since the chair just set the PIN in person', async () => {
    const { store, ketua, penguji } = await panel();
    for (let i = 0; i < 5; i += 1) {
      appErrorOf(() => verifyAssessorPin(store.db, penguji.id, '000111', new Date()));
    }
    expect(getAssessor(store.db, penguji.id).lockedUntil).not.toBeNull();
    resetAssessorPin(store, ketua.id, PIN.ketua, penguji.id, '406281', FAST_KDF);
    expect(getAssessor(store.db, penguji.id).lockedUntil).toBeNull();
    expect(verifyAssessorPin(store.db, penguji.id, '406281', new Date()).id).toBe(penguji.id);
  });
});
