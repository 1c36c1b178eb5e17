import { describe, expect, it } from 'vitest';
import { acceptIntegrity, declareConflict } from '../../../../src/main/core/assessors/commands';
import { assertMayWrite, assertNoConflict } from '../../../../src/main/core/assessors/guards';
import { conflictsOf, getAssessor } from '../../../../src/main/core/assessors/queries';
import { sha256Hex } from '../../../../src/main/core/journal/hash';
import { INTEGRITY_STATEMENT } from '../../../../src/shared/domain/integrity-statement';
import { appErrorOf } from '../../../helpers/app-error';
import { panel, PIN, selectionWithCandidates, journalLength } from './fixtures';

describe('acceptIntegrity', () => {
  it('journals the hash of the statement text once, after the PIN', async () => {
    const { store, penguji } = await panel();
    expect(appErrorOf(() => acceptIntegrity(store, penguji.id, '000111')).code).toBe(
      'assessor.wrongPin',
    );
    const accepted = acceptIntegrity(store, penguji.id, PIN.penguji);
    expect(accepted.integrityAcceptedAt).toMatch(/^2024-11-05T/);
    const payload = store.db
      .prepare("SELECT payload FROM journal WHERE kind = 'assessor.integrityAccepted'")
      .pluck()
      .get() as string;
    expect(JSON.parse(payload)).toEqual({
      assessorId: penguji.id,
      statementHash: sha256Hex(INTEGRITY_STATEMENT.text),
      statementVersion: 1,
    });
    const before = journalLength(store);
    expect(acceptIntegrity(store, penguji.id, PIN.penguji)).toEqual(accepted);
    expect(journalLength(store)).toBe(before);
  });

  it('is open to observers: the statement binds them to confidentiality', async () => {
    const { store, pengamat } = await panel();
    expect(acceptIntegrity(store, pengamat.id, PIN.pengamat).integrityAcceptedAt).not.toBeNull();
  });

  it('states the pledges of reference/domain.md §4.3 E in Indonesian', () => {
    for (const phrase of ['keluarga', 'konflik', 'kerahasiaan', 'imbalan', 'berita acara']) {
      expect(INTEGRITY_STATEMENT.text.toLowerCase()).toContain(phrase);
    }
  });
});

describe('declareConflict', () => {
  it('records the conflict and blocks the assessor from that candidate only', async () => {
    const { store, penguji, candidateIds } = await panel();
    const [conflicted, free] = candidateIds as [string, string];
    const conflict = declareConflict(
      store,
      penguji.id,
      PIN.penguji,
      conflicted,
      'keluarga',
      'Keponakan istri saya.',
    );
    expect(conflict).toMatchObject({
      assessorId: penguji.id,
      candidateId: conflicted,
      kind: 'keluarga',
      note: 'Keponakan istri saya.',
    });
    expect(conflictsOf(store.db, penguji.id)).toEqual([conflict]);
    expect(appErrorOf(() => assertNoConflict(store.db, penguji.id, conflicted)).code).toBe(
      'assessor.conflicted',
    );
    expect(() => assertNoConflict(store.db, penguji.id, free)).not.toThrow();
    expect(
      appErrorOf(() => declareConflict(store, penguji.id, PIN.penguji, conflicted, 'lainnya', ''))
        .code,
    ).toBe('assessor.conflictExists');
  });

  it('refuses an observer before their PIN is checked: observers change nothing', async () => {
    const { store, pengamat, penguji, ketua, candidateIds } = await panel();
    expect(appErrorOf(() => assertMayWrite(store.db, pengamat.id)).code).toBe(
      'assessor.observerReadOnly',
    );
    expect(() => assertMayWrite(store.db, penguji.id)).not.toThrow();
    expect(() => assertMayWrite(store.db, ketua.id)).not.toThrow();
    const before = journalLength(store);
    const error = appErrorOf(() =>
      declareConflict(store, pengamat.id, '000111', candidateIds[0]!, 'pekerjaan', 'Rekan kerja.'),
    );
    expect(error.code).toBe('assessor.observerReadOnly');
    expect(getAssessor(store.db, pengamat.id).lockedUntil).toBeNull();
    expect(store.db.prepare('SELECT count(*) FROM pin_attempts').pluck().get()).toBe(0);
    expect(journalLength(store)).toBe(before);
  });

  it('refuses a candidate of another selection and an unknown one', async () => {
    const { store, penguji } = await panel();
    const other = await selectionWithCandidates(store, 5, 11);
    const before = journalLength(store);
    expect(
      appErrorOf(() =>
        declareConflict(store, penguji.id, PIN.penguji, other.candidateIds[0]!, 'lainnya', 'x'),
      ).code,
    ).toBe('assessor.candidateOtherSelection');
    expect(
      appErrorOf(() =>
        declareConflict(
          store,
          penguji.id,
          PIN.penguji,
          '00000000-0000-4000-8000-000000000009',
          'lainnya',
          'x',
        ),
      ).code,
    ).toBe('candidate.notFound');
    expect(journalLength(store)).toBe(before);
  });
});
