import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/core/store/open-store';
import { count, panitia } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp-store';
import { csv, externalFixture } from '../core/external/fixtures';

/** A database file with the external-score fixture, closed, and a file of scores beside it. */
async function setup(rows: (n: { cpns: string; pppk: string }) => string[]) {
  const folder = tempDir();
  const db = join(folder, 'panitia.db');
  const store = await openStore(db);
  const { of, selectionId } = await externalFixture(store);
  const nomor = { cpns: of('GKS-01')[0]!.nomor, pppk: of('PRW-06')[0]!.nomor };
  store.close();
  const file = join(folder, 'nilai.csv');
  writeFileSync(
    file,
    csv('nomor_peserta;komponen;nilai;teknis;manajerial_sk;wawancara', rows(nomor)),
  );
  return { db, file, selectionId };
}

describe('panitia import external', () => {
  it('imports every row, naming the only selection itself, and prints the report', async () => {
    const { db, file } = await setup((n) => [
      `${n.cpns};skb_cat;352,5;;;`,
      `${n.pppk};cat_pppk;;400;150;30`,
    ]);
    const run = panitia('import', 'external', '--db', db, file);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Diperiksa 2 baris dari "nilai.csv"');
    expect(run.stdout).toContain('Berhasil mengimpor 2 nilai');
    expect(await count(db, 'SELECT count(*) FROM external_scores')).toBe(2);
    expect(
      await count(db, `SELECT score FROM external_scores WHERE component_key = 'cat_pppk'`),
    ).toBe(580);
  });

  it('imports nothing from a file with a bad row, lists it with line and column, and exits 1', async () => {
    const { db, file, selectionId } = await setup((n) => [
      `${n.cpns};skb_cat;501;;;`,
      `${n.pppk};cat_pppk;;400;150;30`,
    ]);
    const run = panitia(
      '--lang',
      'en',
      'import',
      'external',
      '--db',
      db,
      '--selection',
      selectionId,
      file,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'Line 2, column nilai: The value 501 in column nilai must be between 0 and 500',
    );
    expect(run.stderr).toContain('no score was imported');
    expect(await count(db, 'SELECT count(*) FROM external_scores')).toBe(0);
  });

  it('only checks with --check, and exits 3 for a database it cannot open', async () => {
    const { db, file } = await setup((n) => [`${n.cpns};skb_cat;300;;;`]);
    const run = panitia('import', 'external', '--db', db, '--check', file);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Pemeriksaan saja');
    expect(await count(db, 'SELECT count(*) FROM external_scores')).toBe(0);
    const folder = tempDir();
    const broken = join(folder, 'rusak.db');
    writeFileSync(
      broken,
      'bukan basis data SQLite, hanya teks biasa yang cukup panjang'.repeat(100),
    );
    expect(panitia('import', 'external', '--db', broken, file).code).toBe(3);
    expect(panitia('--lang', 'en', 'import', 'external', '--help').stdout).toContain(
      'import external scores (SKB CAT, CAT PPPK, MS/TMS)',
    );
  });
});
