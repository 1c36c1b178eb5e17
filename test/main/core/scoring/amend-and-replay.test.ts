import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { rebuildState } from '../../../../src/main/core/journal/rebuild';
import { applyEntry } from '../../../../src/main/core/journal/apply';
import {
  amendSheet,
  saveDraft,
  submitSheet,
  unlockSheet,
} from '../../../../src/main/core/scoring/commands';
import { ownSheet, sheetForAmendment } from '../../../../src/main/core/scoring/queries';
import { verifyJournal } from '../../../../src/main/core/journal/verify';
import type { JournalEntry } from '../../../../src/shared/journal/entry';
import { appErrorOf } from '../../../helpers/app-error';
import { stateSnapshot } from '../../../helpers/state-snapshot';
import { PIN } from '../assessors/fixtures';
import { PIN_PENGUJI_2 } from '../sessions/fixtures';
import { entry, scoringSession } from './fixtures';

function lastEntry(db: Database): JournalEntry {
  const row = db.prepare('SELECT * FROM journal ORDER BY seq DESC LIMIT 1').get() as {
    device_id: string;
    seq: number;
    prev_hash: string;
    ts: string;
    kind: string;
    payload: string;
    hash: string;
  };
  return {
    device: row.device_id,
    seq: row.seq,
    prev: row.prev_hash,
    ts: row.ts,
    kind: row.kind,
    payload: JSON.parse(row.payload),
    hash: row.hash,
  };
}

describe('amendments and replay', () => {
  it('an amendment is a new signed version with its reason; the old one stays', async () => {
    const { store, sittings, s1, target, penguji } = await scoringSession();
    const first = submitSheet(store, sittings, target(s1), PIN.penguji, entry(4, 3));
    expect(
      appErrorOf(() =>
        amendSheet(store, sittings, {
          sittingId: s1,
          pin: PIN.penguji,
          sheetId: first.content.id,
          entry: entry(4, 4),
          reason: ' ',
        }),
      ).code,
    ).toBe('sheet.reasonRequired');
    const second = amendSheet(store, sittings, {
      sittingId: s1,
      pin: PIN.penguji,
      sheetId: first.content.id,
      entry: entry(4, 4),
      reason: 'Salah klik pada aspek B',
    });
    expect(second.content).toMatchObject({
      version: 2,
      supersedes: first.content.id,
      reason: 'Salah klik pada aspek B',
    });
    const own = ownSheet(store.db, { ...target(s1), assessorId: penguji.id });
    expect(own.versions.map((v) => [v.content.version, v.current, v.signatureValid])).toEqual([
      [1, false, true],
      [2, true, true],
    ]);
    // Amending the old version again is refused: it is no longer current.
    expect(
      appErrorOf(() =>
        amendSheet(store, sittings, {
          sittingId: s1,
          pin: PIN.penguji,
          sheetId: first.content.id,
          entry: entry(1, 1),
          reason: 'x',
        }),
      ).code,
    ).toBe('sheet.notCurrent');
  });

  it("the chair amends another assessor's sheet only after unlocking it, and others cannot", async () => {
    const { store, sittings, s1, s2, chair, target, ketua } = await scoringSession();
    const sheet = submitSheet(store, sittings, target(s1), PIN.penguji, entry(4, 3));
    const amend = (sittingId: string, pin: string) =>
      amendSheet(store, sittings, {
        sittingId,
        pin,
        sheetId: sheet.content.id,
        entry: entry(4, 4),
        reason: 'Koreksi',
      });
    expect(appErrorOf(() => amend(chair, PIN.ketua)).code).toBe('sheet.locked');
    expect(appErrorOf(() => amend(s2, PIN_PENGUJI_2)).code).toBe('sheet.locked');
    expect(
      appErrorOf(() =>
        unlockSheet(store, sittings, {
          sittingId: s2,
          pin: PIN_PENGUJI_2,
          sheetId: sheet.content.id,
          reason: 'x',
        }),
      ).code,
    ).toBe('assessor.notChair');
    expect(appErrorOf(() => sheetForAmendment(store.db, ketua.id, sheet.content.id)).code).toBe(
      'sheet.sealed',
    );
    unlockSheet(store, sittings, {
      sittingId: chair,
      pin: PIN.ketua,
      sheetId: sheet.content.id,
      reason: 'Penguji salah menyalin dari catatan',
    });
    const amended = amend(chair, PIN.ketua);
    expect(amended.content.version).toBe(2);
    expect(amended.content.signedBy).not.toBe(amended.content.assessorId);
    expect(amended.signatureValid).toBe(true);
  });

  it('rebuilding from the journal gives the same sheets, and drafts survive it', async () => {
    const { store, sittings, s1, s2, target, scheduled } = await scoringSession();
    const first = submitSheet(store, sittings, target(s1), PIN.penguji, entry(4, 3));
    amendSheet(store, sittings, {
      sittingId: s1,
      pin: PIN.penguji,
      sheetId: first.content.id,
      entry: entry(5, 3),
      reason: 'Koreksi',
    });
    submitSheet(store, sittings, target(s2), PIN_PENGUJI_2, entry(2, 3));
    saveDraft(store, sittings, target(s1, scheduled[1]), entry(1, 1));
    const before = stateSnapshot(store.db);
    const drafts = store.db.prepare('SELECT * FROM sheet_drafts').all();
    rebuildState(store.db);
    expect(stateSnapshot(store.db)).toEqual(before);
    expect(store.db.prepare('SELECT * FROM sheet_drafts').all()).toEqual(drafts);
    expect(verifyJournal(store.db).ok).toBe(true);
  });

  it('the applier refuses a sheet whose scores were changed after signing', async () => {
    const { store, sittings, s1, target } = await scoringSession();
    submitSheet(store, sittings, target(s1), PIN.penguji, entry(4, 3));
    const entryRow = lastEntry(store.db);
    const payload = structuredClone(entryRow.payload) as {
      sheet: { scores: Array<{ level: number }> };
    };
    payload.sheet.scores[1]!.level = 5;
    const db = store.db;
    db.prepare("INSERT INTO meta (key, value) VALUES ('rebuilding', 'x')").run();
    db.prepare('DELETE FROM journal_refs').run();
    db.prepare('DELETE FROM score_sheets').run();
    db.prepare("DELETE FROM meta WHERE key = 'rebuilding'").run();
    expect(appErrorOf(() => applyEntry(db, { ...entryRow, payload })).code).toBe(
      'sheet.badSignature',
    );
    // The untouched entry applies.
    applyEntry(db, entryRow);
    expect(db.prepare('SELECT count(*) FROM score_sheets').pluck().get()).toBe(1);
  });
});
