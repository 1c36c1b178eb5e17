import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createDemo } from '../../../src/main/core/demo/create-demo';
import { exportResults } from '../../../src/main/core/results/results-export';
import { createSelection } from '../../../src/main/core/selections/commands';
import { openStore } from '../../../src/main/core/store/open-store';
import { CLI, panitia } from '../../helpers/cli';
import { RESOURCES_DIR } from '../../helpers/resources';
import { tempDir } from '../../helpers/temp-store';
import { FAST_KDF } from '../core/assessors/fixtures';

/** A database file holding the demo, and the demo's selection id. */
async function demoDb() {
  const folder = tempDir();
  const db = join(folder, 'panitia.db');
  const store = await openStore(db);
  const { selection } = await createDemo(store, {
    seed: 1,
    resourcesDir: RESOURCES_DIR,
    kdf: FAST_KDF,
  });
  store.close();
  return { folder, db, selectionId: selection.id };
}

describe('panitia results', () => {
  it('writes the JSON and XLSX exports, the same bytes as the app, naming the only selection', async () => {
    const { folder, db, selectionId } = await demoDb();
    const store = await openStore(db);
    const app = await exportResults(store.db, selectionId, 'json', 'id');
    store.close();

    const out = join(folder, 'hasil.json');
    const json = panitia('results', '--db', db, '--format', 'json', '--out', out);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    expect(json.stdout).toContain(`(JSON) ditulis ke ${out}. Hash masukan: ${app.inputsHash}.`);
    expect(readFileSync(out).equals(app.bytes)).toBe(true);
    expect(JSON.parse(readFileSync(out, 'utf8')).inputsHash).toBe(app.inputsHash);

    const xlsx = join(folder, 'hasil.xlsx');
    expect(panitia('results', '--db', db, '--format', 'xlsx', '--out', xlsx).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(book.worksheets[0]!.rowCount).toBeGreaterThan(app.candidates);
  });

  it('names the file after the year and the hash when --out is left out', async () => {
    const { folder, db } = await demoDb();
    const run = spawnSync(process.execPath, [CLI, 'results', '--db', db, '--format', 'csv'], {
      cwd: folder,
      encoding: 'utf8',
      env: { ...process.env, PANITIA_LANG: 'en' },
    });
    expect(run.status).toBe(0);
    const [name] = run.stdout.match(/hasil-2024-[0-9a-f]{12}\.csv/) ?? [];
    expect(readdirSync(folder)).toContain(name);
    expect(run.stdout).toMatch(/^Results of \d+ candidates in \d+ formasi \(CSV\) written to /);
    const heading = readFileSync(join(folder, name!), 'utf8').split('\r\n')[0];
    // A byte-order mark first, so Excel reads the names in UTF-8.
    expect(heading).toMatch(/^\ufeffNo,Nomor Peserta,/);
  });

  it('refuses a database with two selections until one is named, and an unknown format', async () => {
    const { folder, db } = await demoDb();
    const store = await openStore(db);
    createSelection(store, {
      name: 'Seleksi kedua',
      year: 2025,
      type: 'CPNS',
      instansi: 'Pemerintah Kota X',
      location: 'Aula',
    });
    store.close();
    const out = join(folder, 'x.json');
    const run = panitia('results', '--db', db, '--format', 'json', '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('lebih dari satu seleksi');
    expect(readdirSync(folder)).not.toContain('x.json');
    const wrong = panitia('results', '--db', db, '--format', 'pdf', '--out', out);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('pdf');
  });
});
