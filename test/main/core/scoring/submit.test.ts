import { describe, expect, it } from 'vitest';
import { verifyCanonical } from '../../../../src/main/core/crypto/sign';
import { findPlan } from '../../../../src/main/core/plans/queries';
import { saveDraft, submitSheet } from '../../../../src/main/core/scoring/commands';
import { readDraft } from '../../../../src/main/core/scoring/drafts';
import { ownSheet } from '../../../../src/main/core/scoring/queries';
import { appErrorOf } from '../../../helpers/app-error';
import { panelIds } from '../../../../src/main/core/sessions/queries';
import { assignPanel } from '../../../../src/main/core/sessions/commands';
import { enrol, PIN } from '../assessors/fixtures';
import { entry, scoringSession } from './fixtures';

describe('submitting a sheet', () => {
  it('signs the canonical content with the assessor key, journals it and drops the draft', async () => {
    const { store, sittings, s1, target, penguji, rubric } = await scoringSession();
    saveDraft(store, sittings, target(s1), { levels: { A: 4 }, notes: {}, note: '' });
    const key = { ...target(s1), assessorId: penguji.id };
    expect(readDraft(store.db, key)?.levels).toEqual({ A: 4 });
    const sheet = submitSheet(store, sittings, target(s1), PIN.penguji, entry(4, 3));
    expect(sheet.content).toMatchObject({
      assessorId: penguji.id,
      signedBy: penguji.id,
      version: 1,
      origin: 'langsung',
      rubricVersionId: rubric.id,
      rubricHash: rubric.contentHash,
      scores: [
        { aspect: 'A', level: 4, note: '' },
        { aspect: 'B', level: 3, note: '' },
      ],
    });
    // (4/5·50 + 3/5·50) = 70
    expect(sheet.total).toBe(70);
    expect(sheet.signatureValid).toBe(true);
    expect(verifyCanonical(penguji.publicKey, sheet.content, sheet.signature)).toBe(true);
    const kinds = store.db
      .prepare('SELECT kind FROM journal ORDER BY seq DESC LIMIT 2')
      .pluck()
      .all();
    expect(kinds).toEqual(['sheet.submitted', 'plan.locked']);
    expect(readDraft(store.db, key)).toBeNull();
    expect(ownSheet(store.db, key).current?.content.id).toBe(sheet.content.id);
  });

  it('locks the formasi plan with the first sheet', async () => {
    const { store, sittings, s1, s2, target, formasiId } = await scoringSession();
    expect(findPlan(store.db, formasiId)?.lockedAt).toBeNull();
    submitSheet(store, sittings, target(s1), PIN.penguji, entry(4, 3));
    expect(findPlan(store.db, formasiId)?.lockedAt).not.toBeNull();
    const before = store.db
      .prepare("SELECT count(*) FROM journal WHERE kind = 'plan.locked'")
      .pluck()
      .get();
    submitSheet(store, sittings, target(s2, target(s2).candidateId), '815240', entry(2, 2));
    const after = store.db
      .prepare("SELECT count(*) FROM journal WHERE kind = 'plan.locked'")
      .pluck()
      .get();
    expect(after).toBe(before);
  });

  it('refuses an incomplete sheet, an out-of-scale level and a missing required note', async () => {
    const { store, sittings, s1, target } = await scoringSession();
    const journal = () => store.db.prepare('SELECT count(*) FROM journal').pluck().get();
    const before = journal();
    const incomplete = appErrorOf(() =>
      submitSheet(store, sittings, target(s1), PIN.penguji, {
        levels: { A: 3 },
        notes: {},
        note: '',
      }),
    );
    expect(incomplete.code).toBe('sheet.incomplete');
    expect(incomplete.params).toMatchObject({ count: 1, aspects: 'B' });
    expect(
      appErrorOf(() => submitSheet(store, sittings, target(s1), PIN.penguji, entry(6, 3))).code,
    ).toBe('sheet.invalidLevel');
    expect(
      appErrorOf(() =>
        submitSheet(store, sittings, target(s1), PIN.penguji, {
          levels: { A: 3, B: 3, Z: 1 },
          notes: {},
          note: '',
        }),
      ).code,
    ).toBe('sheet.unknownAspect');
    expect(journal()).toBe(before);
  });

  it('refuses a second first version: a submitted sheet changes only by amendment', async () => {
    const { store, sittings, s1, target } = await scoringSession();
    submitSheet(store, sittings, target(s1), PIN.penguji, entry(4, 3));
    expect(
      appErrorOf(() => submitSheet(store, sittings, target(s1), PIN.penguji, entry(5, 5))).code,
    ).toBe('sheet.alreadySubmitted');
    expect(appErrorOf(() => saveDraft(store, sittings, target(s1), entry(5, 5))).code).toBe(
      'sheet.alreadySubmitted',
    );
  });

  it('the database itself refuses to change or delete a submitted version', async () => {
    const { store, sittings, s1, target } = await scoringSession();
    const sheet = submitSheet(store, sittings, target(s1), PIN.penguji, entry(4, 3));
    expect(() =>
      store.db.prepare('UPDATE score_sheets SET total = 100 WHERE id = ?').run(sheet.content.id),
    ).toThrow(/cannot change/);
    expect(() =>
      store.db.prepare('DELETE FROM score_sheets WHERE id = ?').run(sheet.content.id),
    ).toThrow(/cannot be deleted/);
  });

  it('requires the integrity statement before a submission', async () => {
    const { store, sittings, target, scheduled, session } = await scoringSession();
    // A fourth assessor on the panel who never accepted the statement.
    const late = enrol(store, session.selectionId, 'penguji', '602817', 'Penguji Baru');
    assignPanel(store, session.id, [...panelIds(store.db, session.id), late.id]);
    const sitting = sittings.open(store.db, late.id, '602817', store.now()).sittingId;
    saveDraft(store, sittings, target(sitting, scheduled[1]), entry(3, 3));
    expect(
      appErrorOf(() =>
        submitSheet(store, sittings, target(sitting, scheduled[1]), '602817', entry(3, 3)),
      ).code,
    ).toBe('sheet.integrityRequired');
  });
});
