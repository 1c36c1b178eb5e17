import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PaperReport } from '../../../src/shared/domain/paper-report';
import { CLI, count } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp-store';
import { enrol } from '../core/assessors/fixtures';
import { paperCsv, paperDay } from '../core/paper/fixtures';

/** Runs the real CLI with extra environment variables (PANITIA_PIN), stdin not a terminal. */
function panitia(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PANITIA_LANG: '', PANITIA_PIN: '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The paper day written to two CSV files; file B has `changes` applied to its lines. */
async function twoFiles(change: (lines: Array<Record<string, string>>) => void = () => {}) {
  const day = await paperDay();
  const folder = tempDir();
  const a = join(folder, 'operator-a.csv');
  const b = join(folder, 'operator-b.csv');
  writeFileSync(a, paperCsv(day.lines));
  const linesB = day.lines.map((line) => ({ ...line }));
  change(linesB);
  writeFileSync(b, paperCsv(linesB, undefined, ';'));
  const base = [
    'import',
    'scores',
    '--db',
    day.store.file,
    '--operator-a',
    day.operatorA.id,
    '--operator-b',
    day.operatorB.id,
  ];
  const sheets = () => count(day.store.file, 'SELECT count(*) FROM score_sheets');
  return { ...day, a, b, base, sheets };
}

const threeCells = (lines: Array<Record<string, string>>) => {
  lines[0]!.A = '5';
  lines[0]!.catatan_A = 'lain';
  lines[3]!.B = '2';
};

describe('panitia import scores', () => {
  it('checks two files and lists the three different cells without writing (exit 1)', async () => {
    const { a, b, base, sheets, lines } = await twoFiles(threeCells);
    const run = panitia({}, ...base, '--check', a, b);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Berbeda (3 sel):');
    expect(run.stdout).toContain(
      `${lines[0]!.nomor_peserta} | wawancara | ${lines[0]!.nip_penguji} | A | 2 | 5`,
    );
    expect(run.stdout).toContain('| catatan_A | Jawaban runtut, contoh konkret | lain');
    expect(run.stdout).toContain(
      `${lines[3]!.nomor_peserta} | wawancara | ${lines[3]!.nip_penguji} | B | 3 | 2`,
    );
    expect(run.stdout).toContain('Cocok di kedua berkas: 4 lembar (siap diimpor 4');
    expect(run.stdout).toContain('Pemeriksaan saja: tidak ada data yang diubah.');
    expect(await sheets()).toBe(0);
  });

  it('imports the matching sheets with PANITIA_PIN and exits 1 for the refused ones', async () => {
    const { a, b, base, sheets, pinB } = await twoFiles(threeCells);
    const run = panitia({ PANITIA_PIN: pinB }, ...base, a, b);
    expect(run.stdout).toContain('Diimpor 4 lembar transkripsi, ditandatangani oleh Siti Aminah');
    expect(run.code).toBe(1);
    expect(await sheets()).toBe(4);
  });

  it('imports everything when both files agree, exit 0, with a JSON report', async () => {
    const { a, b, base, sheets, pinB, store } = await twoFiles();
    const run = panitia({ PANITIA_PIN: pinB }, ...base, '--format', 'json', a, b);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as PaperReport;
    expect(report.imported).toBe(6);
    expect(report.matched.every((m) => m.status === 'diimpor')).toBe(true);
    expect(await sheets()).toBe(6);
    expect(
      await count(store.file, "SELECT count(*) FROM score_sheets WHERE origin = 'transkripsi'"),
    ).toBe(6);
  });

  it('names the operators by NIP as well as by id', async () => {
    const day = await twoFiles();
    const nip = '198501012010011001';
    const sekretaris = enrol(day.store, day.selectionId, 'sekretaris', '406182', 'Sekretaris', nip);
    expect(sekretaris.nip).toBe(nip);
    const base = [...day.base];
    base[base.indexOf(day.operatorA.id)] = '19850101 201001 1 001';
    const run = panitia({}, ...base, '--check', '--lang', 'en', day.a, day.b);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('typed by Sekretaris');
    expect(run.stdout).toContain('Check only: no data was changed.');
  });

  it('refuses an invalid file with every problem on stderr and writes nothing', async () => {
    const { a, b, base, sheets, pinB, lines } = await twoFiles();
    writeFileSync(a, paperCsv([{ ...lines[0]!, A: '9' }, ...lines.slice(1)]));
    const run = panitia({ PANITIA_PIN: pinB }, ...base, a, b);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'Berkas A "operator-a.csv", baris 2, kolom A: Nilai "9" pada aspek A bukan tingkat rubrik (bilangan bulat 1–5).',
    );
    expect(run.stderr).toContain('tidak ada lembar yang diimpor');
    expect(await sheets()).toBe(0);
  });

  it('asks for the PIN and refuses without one when stdin is not a terminal', async () => {
    const { a, b, base, sheets } = await twoFiles();
    const run = panitia({}, ...base, a, b);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('PIN operator kedua diperlukan');
    expect(await sheets()).toBe(0);
  });

  it('exits 2 without both files or with an unknown format', () => {
    const options = ['--db', 'x.db', '--operator-a', 'a', '--operator-b', 'b'];
    expect(panitia({}, 'import', 'scores', ...options, 'a.csv').code).toBe(2);
    expect(
      panitia({}, 'import', 'scores', ...options, '--format', 'xml', 'a.csv', 'b.csv').code,
    ).toBe(2);
  });
});
