import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  acceptIntegrity,
  declareConflict,
  resetAssessorPin,
} from '../../../../src/main/core/assessors/commands';
import { listAssessors } from '../../../../src/main/core/assessors/queries';
import { unlockPrivateKey, verifyAssessorPin } from '../../../../src/main/core/assessors/unlock';
import { rebuildState } from '../../../../src/main/core/journal/rebuild';
import { record } from '../../../../src/main/core/journal/record';
import { STATE_TABLES } from '../../../../src/main/core/journal/state-tables';
import { appErrorOf } from '../../../helpers/app-error';
import { stateSnapshot } from '../../../helpers/state-snapshot';
import { FAST_KDF, panel, PIN } from './fixtures';

const T = new Date('2024-11-05T02:00:00.000Z');

/** A panel after every assessor entry kind: enrolments, a reset, integrity, a conflict. */
async function busyPanel() {
  const context = await panel();
  const { store, ketua, penguji, pengamat, candidateIds } = context;
  acceptIntegrity(store, ketua.id, PIN.ketua);
  acceptIntegrity(store, pengamat.id, PIN.pengamat);
  declareConflict(store, penguji.id, PIN.penguji, candidateIds[3]!, 'pekerjaan', 'Bawahan saya.');
  resetAssessorPin(store, ketua.id, PIN.ketua, penguji.id, '406281', FAST_KDF);
  acceptIntegrity(store, penguji.id, '406281');
  // A lock-out in progress: local state that a rebuild must neither forgive nor invent.
  for (let i = 0; i < 5; i += 1) {
    appErrorOf(() => verifyAssessorPin(store.db, pengamat.id, '000111', T));
  }
  return context;
}

function secrets(db: Database) {
  return {
    secrets: db.prepare('SELECT * FROM assessor_secrets ORDER BY assessor_id').all(),
    attempts: db.prepare('SELECT * FROM pin_attempts ORDER BY assessor_id').all(),
  };
}

describe('assessors in the journal', () => {
  it('never puts a PIN hash or a sealed key into a journal payload', async () => {
    const { store } = await busyPanel();
    const rows = store.db
      .prepare('SELECT pin_hash AS pinHash, sealed_key AS sealedKey FROM assessor_secrets')
      .all() as Array<{ pinHash: string; sealedKey: string }>;
    expect(rows).toHaveLength(3);
    const payloads = store.db.prepare('SELECT payload FROM journal').pluck().all() as string[];
    const text = payloads.join('\n');
    expect(text).not.toContain('scrypt$');
    expect(text).not.toContain('aes-256-gcm');
    for (const { pinHash, sealedKey } of rows) {
      for (const part of [...pinHash.split('$').slice(4), ...sealedKey.split('$').slice(5)]) {
        expect(text).not.toContain(part);
      }
    }
    // Including the secrets of the key replaced by the reset.
    const kinds = store.db.prepare('SELECT DISTINCT kind FROM journal').pluck().all();
    expect(kinds).toEqual(expect.arrayContaining(['assessor.enrolled', 'assessor.keyReset']));
  });

  it('keeps secrets and PIN attempts out of the projection', () => {
    expect(STATE_TABLES).not.toContain('assessor_secrets');
    expect(STATE_TABLES).not.toContain('pin_attempts');
    expect(STATE_TABLES).toEqual(
      expect.arrayContaining(['assessors', 'assessor_keys', 'integrity_statements', 'conflicts']),
    );
  });

  it('rebuilds exactly the live state, and the secrets and lock-outs survive the rebuild', async () => {
    const { store, selectionId, penguji } = await busyPanel();
    const live = stateSnapshot(store.db);
    expect(live.assessors).toHaveLength(3);
    expect(live.assessor_keys).toHaveLength(4);
    expect(live.integrity_statements).toHaveLength(3);
    expect(live.conflicts).toHaveLength(1);
    const local = secrets(store.db);
    const view = listAssessors(store.db, selectionId);

    rebuildState(store.db);

    expect(stateSnapshot(store.db)).toEqual(live);
    expect(secrets(store.db)).toEqual(local);
    expect(listAssessors(store.db, selectionId)).toEqual(view);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
    expect(unlockPrivateKey(store.db, penguji.id, '406281', T)).toBeDefined();
  });

  it('cannot use a key whose enrolment or last reset happened on another device', async () => {
    const { store, penguji } = await panel();
    // As after a merge: the journal knows the assessor, this device holds no secrets for them.
    store.db.prepare('DELETE FROM assessor_secrets WHERE assessor_id = ?').run(penguji.id);
    expect(appErrorOf(() => verifyAssessorPin(store.db, penguji.id, PIN.penguji, T)).code).toBe(
      'assessor.keyUnavailable',
    );
  });

  it('refuses a replayed reset by a non-chair or out of key order', async () => {
    const { store, ketua, penguji, pengamat } = await panel();
    const reset = resetAssessorPin(store, ketua.id, PIN.ketua, penguji.id, '406281', FAST_KDF);
    const payload = {
      assessorId: penguji.id,
      publicKey: reset.publicKey,
      fingerprint: reset.fingerprint,
      keyVersion: 3,
      resetBy: pengamat.id,
    };
    expect(appErrorOf(() => record(store, 'assessor.keyReset', payload)).code).toBe(
      'assessor.notChair',
    );
    expect(
      appErrorOf(() =>
        record(store, 'assessor.keyReset', { ...payload, resetBy: ketua.id, keyVersion: 2 }),
      ).code,
    ).toBe('assessor.keyVersionConflict');
    expect(
      appErrorOf(() =>
        record(store, 'assessor.keyReset', {
          ...payload,
          resetBy: ketua.id,
          fingerprint: penguji.fingerprint,
        }),
      ).code,
    ).toBe('journal.invalidPayload');
  });
});
