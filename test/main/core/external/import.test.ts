import { readdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  checkExternalScores,
  importExternalScores,
} from '../../../../src/main/core/external/import-external';
import { externalScoresOf } from '../../../../src/main/core/external/queries';
import { rebuildState } from '../../../../src/main/core/journal/rebuild';
import { verifyJournal } from '../../../../src/main/core/journal/verify';
import { CAT_PPPK_PARTS_TOTAL } from '../../../../src/shared/domain/external-score';
import { errorMessage, type ErrorCode } from '../../../../src/shared/i18n/errors';
import { CAT_PPPK_MAX } from '../../../../src/shared/plan/plan';
import { asyncAppErrorOf } from '../../../helpers/app-error';
import { stateSnapshot } from '../../../helpers/state-snapshot';
import { csv, externalFixture } from './fixtures';

const HEADING = 'nomor_peserta,komponen,nilai,teknis,manajerial_sk,wawancara,hasil';

async function setup() {
  const fixture = await externalFixture();
  const [cpns1, cpns2, cpns3] = fixture.of('GKS-01');
  const [pppk1, pppk2] = fixture.of('PRW-06');
  const [noPlan] = fixture.of('AKB-05');
  const request = (bytes: Uint8Array, fileName = 'nilai.csv') => ({
    selectionId: fixture.selectionId,
    fileName,
    bytes,
  });
  return {
    ...fixture,
    cpns1: cpns1!,
    cpns2: cpns2!,
    cpns3: cpns3!,
    pppk1: pppk1!,
    pppk2: pppk2!,
    noPlan: noPlan!,
    request,
  };
}

describe('importExternalScores', () => {
  it('imports SKB CAT, CAT PPPK sub-scores and MS/TMS gates as one journal entry', async () => {
    const { store, selectionId, cpns1, cpns2, pppk1, request, count } = await setup();
    const entries = count('SELECT count(*) FROM journal');
    const file = csv(HEADING, [
      `${cpns1.nomor},skb_cat,"352,5",,,,`,
      `${cpns2.nomor},SKB_CAT,410.25,,,,`,
      `${pppk1.nomor},cat_pppk,,380,150,32,`,
      `${pppk1.nomor},psikotes,,,,,tms`,
    ]);
    const report = await importExternalScores(store, request(file));
    expect(report).toMatchObject({
      mode: 'import',
      totalRows: 4,
      validRows: 4,
      replacing: 0,
      problems: [],
      importedRows: 4,
    });
    expect(count('SELECT count(*) FROM journal')).toBe(entries + 1);
    expect(
      store.db.prepare('SELECT kind FROM journal ORDER BY seq DESC LIMIT 1').pluck().get(),
    ).toBe('externalScores.imported');
    const scores = externalScoresOf(store.db, selectionId);
    expect(scores[cpns1.id]!.skb_cat).toMatchObject({ source: 'external_score', score: 352.5 });
    expect(scores[cpns2.id]!.skb_cat!.score).toBe(410.25);
    expect(scores[pppk1.id]!.cat_pppk).toMatchObject({
      source: 'cat_pppk',
      score: 562,
      teknis: 380,
      manajerialSk: 150,
      wawancara: 32,
      msTms: null,
      importId: report.importId,
      fileSha256: report.fileSha256,
      nomorPeserta: pppk1.nomor,
    });
    expect(scores[pppk1.id]!.psikotes).toMatchObject({ score: null, msTms: 'TMS' });
    expect(verifyJournal(store.db).ok).toBe(true);
    expect(readdirSync(store.backupDir).some((name) => name.includes('before-import'))).toBe(true);
  });

  it('reads an XLSX workbook with numbers in cells and a title above the headings', async () => {
    const { store, selectionId, cpns1, pppk1, request } = await setup();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Nilai');
    sheet.addRow(['HASIL SKB CAT 2024']);
    sheet.addRow([
      'No',
      'Nomor Peserta',
      'Komponen',
      'Nilai',
      'Teknis',
      'Manajerial + SK',
      'Wawancara',
    ]);
    sheet.addRow([1, cpns1.nomor, 'skb_cat', 300]);
    sheet.addRow([2, pppk1.nomor, 'cat_pppk', null, 400, 170, 38]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const report = await importExternalScores(store, request(bytes, 'nilai.xlsx'));
    expect(report).toMatchObject({ format: 'xlsx', importedRows: 2, problems: [] });
    expect(report.columns).toMatchObject({ 'Manajerial + SK': 'manajerial_sk' });
    const scores = externalScoresOf(store.db, selectionId);
    expect(scores[cpns1.id]!.skb_cat!.score).toBe(300);
    expect(scores[pppk1.id]!.cat_pppk!.score).toBe(608);
  });

  it('replaces a score on re-import; the earlier one stays in the journal', async () => {
    const { store, selectionId, cpns1, cpns2, request, count } = await setup();
    await importExternalScores(store, request(csv(HEADING, [`${cpns1.nomor},skb_cat,300,,,,`])));
    const check = await checkExternalScores(
      store,
      request(csv(HEADING, [`${cpns1.nomor},skb_cat,320,,,,`, `${cpns2.nomor},skb_cat,280,,,,`])),
    );
    expect(check).toMatchObject({ mode: 'check', validRows: 2, replacing: 1, importedRows: 0 });
    const second = await importExternalScores(
      store,
      request(csv(HEADING, [`${cpns1.nomor},skb_cat,320,,,,`, `${cpns2.nomor},skb_cat,280,,,,`])),
    );
    const scores = externalScoresOf(store.db, selectionId);
    expect(scores[cpns1.id]!.skb_cat).toMatchObject({ score: 320, importId: second.importId });
    expect(count('SELECT count(*) FROM external_scores')).toBe(2);
    expect(count('SELECT count(*) FROM external_score_imports')).toBe(2);
    expect(count(`SELECT count(*) FROM journal WHERE kind = 'externalScores.imported'`)).toBe(2);
  });

  it('rebuilds exactly the same state from the journal', async () => {
    const { store, cpns1, pppk1, pppk2, request } = await setup();
    await importExternalScores(
      store,
      request(csv(HEADING, [`${cpns1.nomor},skb_cat,300,,,,`, `${pppk1.nomor},psikotes,,,,,MS`])),
    );
    await importExternalScores(
      store,
      request(csv(HEADING, [`${cpns1.nomor},skb_cat,301,,,,`, `${pppk2.nomor},cat_pppk,,1,2,3,`])),
    );
    const live = stateSnapshot(store.db);
    expect(live.external_scores).toHaveLength(3);
    rebuildState(store.db);
    expect(stateSnapshot(store.db)).toEqual(live);
  });

  it('checks without writing anything', async () => {
    const { store, cpns1, request, count } = await setup();
    const entries = count('SELECT count(*) FROM journal');
    const report = await checkExternalScores(
      store,
      request(csv(HEADING, [`${cpns1.nomor},skb_cat,300,,,,`])),
    );
    expect(report).toMatchObject({ mode: 'check', validRows: 1, importedRows: 0, importId: null });
    expect(count('SELECT count(*) FROM journal')).toBe(entries);
    expect(count('SELECT count(*) FROM external_scores')).toBe(0);
  });

  it('lists every refusal with its line and column, in both languages, and writes nothing', async () => {
    const { store, cpns1, cpns2, cpns3, pppk1, pppk2, noPlan, request, count } = await setup();
    const entries = count('SELECT count(*) FROM journal');
    const file = csv(HEADING, [
      /* 2 */ `${cpns1.nomor},skb_cat,300,,,,`,
      /* 3 */ `999999,skb_cat,300,,,,`,
      /* 4 */ `${noPlan.nomor},skb_cat,300,,,,`,
      /* 5 */ `${cpns2.nomor},psikotes,300,,,,`,
      /* 6 */ `${cpns2.nomor},skd,300,,,,`,
      /* 7 */ `${cpns2.nomor},skb_cat,500.5,,,,`,
      /* 8 */ `${cpns3.nomor},skb_cat,,,,,`,
      /* 9 */ `${pppk1.nomor},cat_pppk,,451,180,40,`,
      /* 10 */ `${pppk1.nomor},psikotes,,,,,LULUS`,
      /* 11 */ `${pppk2.nomor},cat_pppk,,300.5,abc,20,MS`,
      /* 12 */ `3.3151E+13,skb_cat,300,,,,`,
      /* 13 */ `${cpns1.nomor},skb_cat,310,,,,`,
      /* 14 */ `,,5,,,,`,
    ]);
    const error = await asyncAppErrorOf(() => importExternalScores(store, request(file)));
    expect(error.code).toBe('external.invalidRows');
    const report = error.details as Awaited<ReturnType<typeof checkExternalScores>>;
    const found = report.problems.map((p) => `${p.line}:${p.column ?? '-'}:${p.code}`);
    expect(found).toEqual([
      '2:-:external.duplicateRowFirst',
      '3:nomor_peserta:external.unknownCandidate',
      '4:nomor_peserta:external.noPlan',
      '5:komponen:external.componentNotInPlan',
      '6:komponen:external.notExternal',
      '7:nilai:external.outOfRange',
      '8:nilai:external.missingValue',
      '9:teknis:external.outOfRange',
      '10:hasil:external.msTmsInvalid',
      '11:hasil:external.unexpectedValue',
      '11:teknis:external.notInteger',
      '11:manajerial_sk:external.notANumber',
      '12:nomor_peserta:external.identifierAsNumber',
      '13:-:external.duplicateRow',
      '14:nomor_peserta:external.missingValue',
      '14:komponen:external.missingValue',
    ]);
    expect(report.validRows).toBe(0);
    expect(count('SELECT count(*) FROM journal')).toBe(entries);
    expect(count('SELECT count(*) FROM external_scores')).toBe(0);
    // Every problem reads as a sentence in both languages, with its values filled in.
    for (const problem of report.problems) {
      for (const language of ['id', 'en'] as const) {
        const text = errorMessage(problem.code as ErrorCode, problem.params, language);
        expect(text, problem.code).not.toMatch(/\{\w+\}/);
      }
    }
    const outOfRange = report.problems.find((p) => p.line === 7)!;
    expect(errorMessage(outOfRange.code as ErrorCode, outOfRange.params, 'id')).toBe(
      'Nilai 500.5 pada kolom nilai harus antara 0 dan 500 untuk komponen skb_cat.',
    );
  });

  it('refuses a whole file when one row is invalid (all or nothing)', async () => {
    const { store, cpns1, cpns2, request, count } = await setup();
    const file = csv(HEADING, [`${cpns1.nomor},skb_cat,300,,,,`, `${cpns2.nomor},skb_cat,-1,,,,`]);
    const error = await asyncAppErrorOf(() => importExternalScores(store, request(file)));
    expect(error.code).toBe('external.invalidRows');
    expect(error.params).toEqual({ count: 1 });
    expect(count('SELECT count(*) FROM external_scores')).toBe(0);
    expect(count('SELECT count(*) FROM external_score_imports')).toBe(0);
  });

  it('names a column a component needs but the file lacks, and missing key columns', async () => {
    const { store, pppk1, request } = await setup();
    const report = await checkExternalScores(
      store,
      request(csv('nomor_peserta,komponen,nilai', [`${pppk1.nomor},cat_pppk,500`])),
    );
    expect(report.problems.map((p) => [p.column, p.code, p.params.column])).toEqual([
      ['nilai', 'external.unexpectedValue', 'nilai'],
      [null, 'external.columnMissing', 'teknis'],
      [null, 'external.columnMissing', 'manajerial_sk'],
      [null, 'external.columnMissing', 'wawancara'],
    ]);
    const missing = await asyncAppErrorOf(() =>
      checkExternalScores(store, request(csv('nomor_peserta,nama', ['1,A']))),
    );
    expect(missing.code).toBe('external.missingColumns');
    expect(missing.params.columns).toMatch(/komponen/);
  });

  it('refuses a file that changed since it was checked', async () => {
    const { store, cpns1, request } = await setup();
    const error = await asyncAppErrorOf(() =>
      importExternalScores(store, {
        ...request(csv(HEADING, [`${cpns1.nomor},skb_cat,300,,,,`])),
        expectedSha256: '0'.repeat(64),
      }),
    );
    expect(error.code).toBe('import.fileChanged');
  });

  it('keeps the CAT PPPK sub-score maxima equal to the plan total', () => {
    expect(CAT_PPPK_PARTS_TOTAL).toBe(CAT_PPPK_MAX);
  });
});
