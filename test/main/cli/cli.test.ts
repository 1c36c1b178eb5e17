import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/core/store/open-store';
import { tamperWithJournal } from '../../helpers/tamper';
import { demoCsv, demoSelection } from '../../helpers/demo-fixtures';
import { count, panitia } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp-store';

async function emptySelection() {
  const folder = tempDir();
  const db = join(folder, 'panitia.db');
  const store = await openStore(db);
  const selection = demoSelection(store);
  store.close();
  return { folder, db, selection };
}

describe('panitia CLI', () => {
  it('prints help in Indonesian by default and in English with --lang en', () => {
    const id = panitia('--help');
    expect(id.code).toBe(0);
    expect(id.stdout).toContain('impor data');
    expect(id.stdout).toContain('demo');
    const en = panitia('--lang', 'en', 'import', 'candidates', '--help');
    expect(en.stdout).toContain('import the valid rows only');
  });

  it('exits 2 on a wrong command line', () => {
    expect(panitia('frobnicate').code).toBe(2);
    expect(panitia('import', 'candidates', 'x.csv').code).toBe(2);
  });

  it('imports nothing from a file with a bad row, lists it with its line, and exits 1', async () => {
    const { folder, db, selection } = await emptySelection();
    const lines = demoCsv(6).trimEnd().split('\r\n');
    lines[3] = (lines[3] as string).replace(/,3315\d{12},/, ',12345,');
    const file = join(folder, 'peserta.csv');
    writeFileSync(file, lines.join('\r\n'));
    const run = panitia('import', 'candidates', '--db', db, '--selection', selection, file);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Baris 4/m);
    expect(run.stderr).toContain('tidak ada yang diimpor');
    expect(await count(db, 'SELECT count(*) FROM candidates')).toBe(0);

    const skip = panitia(
      'import',
      'candidates',
      '--db',
      db,
      '--selection',
      selection,
      '--skip-invalid',
      '--lang',
      'en',
      file,
    );
    expect(skip.code).toBe(0);
    expect(skip.stdout).toContain('Imported 5 candidates');
    expect(await count(db, 'SELECT count(*) FROM candidates')).toBe(5);
  });

  it('checks without writing', async () => {
    const { folder, db, selection } = await emptySelection();
    const file = join(folder, 'peserta.csv');
    writeFileSync(file, demoCsv(10));
    const run = panitia(
      'import',
      'candidates',
      '--db',
      db,
      '--selection',
      selection,
      '--check',
      file,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('10 valid');
    expect(await count(db, 'SELECT count(*) FROM candidates')).toBe(0);
  });

  it('reports a missing file and an unknown selection clearly', async () => {
    const { db } = await emptySelection();
    const missing = panitia(
      'import',
      'candidates',
      '--db',
      db,
      '--selection',
      '00000000-0000-4000-8000-000000000000',
      '/nope.csv',
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('/nope.csv');
    expect(missing.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('creates the demo and verifies its journal, then names a broken link', async () => {
    const db = join(tempDir(), 'demo.db');
    const demo = panitia('demo', '--db', db, '--seed', '2');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/7 formasi dan 57 peserta/);
    expect(demo.stdout).toMatch(/Dipasang 4 rubrik templat/);
    // The demo PINs are printed (and documented in docs/cli.md), with the seed of the draw.
    expect(demo.stdout).toMatch(/ketua: Dra\. Sri Wahyuni, M\.Si\. — PIN demo 271828/);
    expect(demo.stdout).toMatch(/pengamat: .* — PIN demo 577215/);
    expect(demo.stdout).toMatch(/diundi; ulangi undian dengan benih [0-9a-f]{64}\./);
    expect(demo.stdout).toMatch(/7 sesi, 8 peserta tidak hadir, 146 lembar nilai ditandatangani/);
    const ok = panitia('journal', 'verify', '--db', db);
    expect(ok.code).toBe(0);
    // A selection, 7 formasi, 4 rubric templates, 7 plans, 1 candidate import (20); 7 assessors
    // and their 7 statements, 7 sessions, 7 schedules, 7 panels, 57 check-ins, 1 conflict, 7 plan
    // locks on the first sheets, 146 sheets and 1 amendment (247); 1 external-score import.
    expect(demo.stdout).toMatch(/57 nilai dari luar diimpor dari "demo-seed-2-nilai-luar.csv"/);
    expect(ok.stdout).toMatch(/Jurnal utuh: 268 entri dalam 1 rantai/);

    const store = await openStore(db);
    tamperWithJournal(store.db, () =>
      store.db.exec("UPDATE journal SET ts = '2020-01-01T00:00:00.000Z' WHERE seq = 5"),
    );
    store.close();
    const broken = panitia('journal', 'verify', '--db', db, '--lang', 'en');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/sequence 5: the entry does not match its hash/);
  });

  it('refuses a database from a newer version with exit code 3', async () => {
    const db = join(tempDir(), 'future.db');
    const store = await openStore(db);
    store.db.pragma('user_version = 99');
    store.close();
    const run = panitia('journal', 'verify', '--db', db);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('versi Panitia yang lebih baru');
  });
});
