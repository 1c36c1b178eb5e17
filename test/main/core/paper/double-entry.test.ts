import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyCanonical } from '../../../../src/main/core/crypto/sign';
import { rebuildState } from '../../../../src/main/core/journal/rebuild';
import { checkPaper, importPaper } from '../../../../src/main/core/paper/import-paper';
import { submitSheet } from '../../../../src/main/core/scoring/commands';
import { currentSheet } from '../../../../src/main/core/scoring/sheet-rows';
import { asyncAppErrorOf } from '../../../helpers/app-error';
import { stateSnapshot } from '../../../helpers/state-snapshot';
import { journalLength, PIN } from '../assessors/fixtures';
import { entry } from '../scoring/fixtures';
import { COMPONENT } from '../sessions/fixtures';
import { paperCsv, paperDay, paperFile, sheetCount, type PaperLine } from './fixtures';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Operator B's copy with exactly three cells typed differently, on sheets 1 and 4. */
function withThreeDifferences(lines: readonly PaperLine[]): PaperLine[] {
  const copy = lines.map((line) => ({ ...line }));
  copy[0]!.A = '5';
  copy[0]!.catatan_A = 'Jawaban runtut, contoh kongkrit';
  copy[3]!.B = '2';
  return copy;
}

describe('double entry of paper sheets', () => {
  it('reports exactly the three differing cells and imports only the agreeing sheets', async () => {
    const day = await paperDay();
    const { store, lines, operatorA, operatorB, pinB, scheduled, penguji, penguji2 } = day;
    const textA = paperCsv(lines);
    const textB = paperCsv(withThreeDifferences(lines));
    const request = day.request(paperFile('operator-a.csv', textA), paperFile('b.csv', textB));

    const journalBefore = journalLength(store);
    const check = await checkPaper(store, request);
    expect(check.problems).toEqual([]);
    expect(check.oneSided).toEqual([]);
    expect(check.mismatches).toEqual([
      {
        key: { nomorPeserta: lines[0]!.nomor_peserta, komponen: COMPONENT, nipPenguji: penguji.id },
        column: 'A',
        valueA: '2',
        valueB: '5',
        lineA: 2,
        lineB: 2,
      },
      {
        key: { nomorPeserta: lines[0]!.nomor_peserta, komponen: COMPONENT, nipPenguji: penguji.id },
        column: 'catatan_A',
        valueA: 'Jawaban runtut, contoh konkret',
        valueB: 'Jawaban runtut, contoh kongkrit',
        lineA: 2,
        lineB: 2,
      },
      {
        key: {
          nomorPeserta: lines[3]!.nomor_peserta,
          komponen: COMPONENT,
          nipPenguji: penguji2.id,
        },
        column: 'B',
        valueA: '3',
        valueB: '2',
        lineA: 5,
        lineB: 5,
      },
    ]);
    expect(check.matched.map((m) => m.status)).toEqual(['siap', 'siap', 'siap', 'siap']);
    expect(check.fileA).toEqual({ fileName: 'operator-a.csv', sha256: sha256(textA), rows: 6 });
    // A check writes nothing.
    expect(sheetCount(store)).toBe(0);
    expect(journalLength(store)).toBe(journalBefore);

    const report = await importPaper(store, { ...request, pin: pinB });
    expect(report.mode).toBe('import');
    expect(report.imported).toBe(4);
    expect(report.matched.every((m) => m.status === 'diimpor' && m.sheetId)).toBe(true);
    expect(sheetCount(store)).toBe(4);
    const kinds = store.db
      .prepare("SELECT count(*) FROM journal WHERE kind = 'sheet.transcribed'")
      .pluck()
      .get();
    expect(kinds).toBe(4);
    // The two sheets with differences were not imported.
    const session = day.session.id;
    expect(
      currentSheet(store.db, {
        sessionId: session,
        candidateId: scheduled[0]!,
        assessorId: penguji.id,
      }),
    ).toBeNull();
    expect(
      currentSheet(store.db, {
        sessionId: session,
        candidateId: scheduled[1]!,
        assessorId: penguji2.id,
      }),
    ).toBeNull();
    const sheet = currentSheet(store.db, {
      sessionId: session,
      candidateId: scheduled[0]!,
      assessorId: penguji2.id,
    })!;
    expect(sheet.content).toMatchObject({
      origin: 'transkripsi',
      assessorId: penguji2.id,
      signedBy: operatorB.id,
      keyVersion: operatorB.keyVersion,
      version: 1,
      transcription: {
        enteredBy: operatorA.id,
        verifiedBy: operatorB.id,
        sources: [sha256(textA), sha256(textB)],
      },
      scores: [
        { aspect: 'A', level: 3, note: 'Jawaban runtut, contoh konkret' },
        { aspect: 'B', level: 3, note: '' },
      ],
    });
    expect(sheet.total).toBe(60);
    for (const matched of report.matched) {
      const stored = store.db
        .prepare('SELECT content_json, signature FROM score_sheets WHERE id = ?')
        .get(matched.sheetId) as { content_json: string; signature: string };
      expect(
        verifyCanonical(operatorB.publicKey, JSON.parse(stored.content_json), stored.signature),
      ).toBe(true);
    }
    expect(readdirSync(store.backupDir).some((n) => n.endsWith('before-paper-import.db'))).toBe(
      true,
    );
    // The appliers accept the transcribed sheets again on a replay.
    const state = stateSnapshot(store.db);
    rebuildState(store.db);
    expect(stateSnapshot(store.db)).toEqual(state);
  });

  it('lists a sheet only one operator typed and does not import it', async () => {
    const day = await paperDay();
    const { store, lines, pinB } = day;
    const request = day.request(
      paperFile('a.csv', paperCsv(lines)),
      paperFile('b.csv', paperCsv(lines.slice(0, 5))),
    );
    const report = await importPaper(store, { ...request, pin: pinB });
    expect(report.oneSided).toEqual([
      {
        key: {
          nomorPeserta: lines[5]!.nomor_peserta,
          komponen: COMPONENT,
          nipPenguji: lines[5]!.nip_penguji,
        },
        presentIn: 'A',
        line: 7,
      },
    ]);
    expect(report.imported).toBe(5);
    expect(sheetCount(store)).toBe(5);
  });

  it('reports a sheet that was already submitted and does not import it again', async () => {
    const day = await paperDay();
    const { store, lines, pinB, sittings, s1, target } = day;
    const typed = submitSheet(store, sittings, target(s1), PIN.penguji, entry(4, 4));
    const request = day.request(
      paperFile('a.csv', paperCsv(lines)),
      paperFile('b.csv', paperCsv(lines, undefined, ';')),
    );
    const report = await importPaper(store, { ...request, pin: pinB });
    expect(report.matched[0]).toMatchObject({ status: 'sudahAda', sheetId: null });
    expect(report.imported).toBe(5);
    expect(currentSheet(store.db, { ...target(s1), assessorId: day.penguji.id })?.content.id).toBe(
      typed.content.id,
    );
  });

  it('refuses the import with a wrong PIN and writes nothing', async () => {
    const day = await paperDay();
    const { store, lines } = day;
    const request = day.request(
      paperFile('a.csv', paperCsv(lines)),
      paperFile('b.csv', paperCsv(lines, undefined, ';')),
    );
    const before = journalLength(store);
    const error = await asyncAppErrorOf(() => importPaper(store, { ...request, pin: '999999' }));
    expect(error.code).toBe('assessor.wrongPin');
    expect(sheetCount(store)).toBe(0);
    expect(journalLength(store)).toBe(before);
  });

  it('refuses the same operator twice, an observer, and one file given twice', async () => {
    const day = await paperDay();
    const { store, lines, operatorA, pengamat } = day;
    const a = paperFile('a.csv', paperCsv(lines));
    const b = paperFile('b.csv', paperCsv(lines, undefined, ';'));
    const same = await asyncAppErrorOf(() =>
      checkPaper(store, { ...day.request(a, b), operatorBId: operatorA.id }),
    );
    expect(same.code).toBe('paper.sameOperator');
    const observer = await asyncAppErrorOf(() =>
      checkPaper(store, { ...day.request(a, b), operatorBId: pengamat.id }),
    );
    expect(observer.code).toBe('paper.operatorObserver');
    const twice = await asyncAppErrorOf(() => checkPaper(store, day.request(a, { ...a })));
    expect(twice.code).toBe('paper.sameFile');
  });
});
