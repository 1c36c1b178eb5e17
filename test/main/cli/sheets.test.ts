import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { amendSheet, submitSheet } from '../../../src/main/core/scoring/commands';
import { importPaper } from '../../../src/main/core/paper/import-paper';
import { CLI } from '../../helpers/cli';
import { PIN } from '../core/assessors/fixtures';
import { paperCsv, paperDay, paperFile } from '../core/paper/fixtures';
import { entry } from '../core/scoring/fixtures';
import { PIN_PENGUJI_2 } from '../core/sessions/fixtures';

function panitia(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PANITIA_LANG: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Two typed sheets (one amended) for the first candidate and one transcribed for the second. */
async function sheetsDay() {
  const day = await paperDay();
  const { store, sittings, s1, s2, target, lines, scheduled, rubric } = day;
  const first = submitSheet(store, sittings, target(s1), PIN.penguji, entry(4, 3));
  submitSheet(store, sittings, target(s2), PIN_PENGUJI_2, entry(5, 5));
  amendSheet(store, sittings, {
    sittingId: s1,
    pin: PIN.penguji,
    sheetId: first.content.id,
    entry: entry(2, 3),
    reason: 'Salah ketik aspek A',
  });
  const paper = lines.filter((line) => line.nomor_peserta === lines[2]!.nomor_peserta);
  await importPaper(store, {
    ...day.request(
      paperFile('a.csv', paperCsv(paper)),
      paperFile('b.csv', paperCsv(paper, undefined, ';')),
    ),
    pin: day.pinB,
  });
  return { ...day, nomor: (i: number) => lines[i * 2]!.nomor_peserta!, scheduled, rubric };
}

describe('panitia sheets', () => {
  it('lists every version with scores, total, version, origin and a verified signature', async () => {
    const { store, nomor, rubric } = await sheetsDay();
    const run = panitia('sheets', '--db', store.file);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'peserta | nama | komponen | rubrik | penguji | nilai aspek | total | versi | asal | tanda tangan',
    );
    expect(lines).toHaveLength(1 + 5);
    const hash = rubric.contentHash.slice(0, 8);
    expect(run.stdout).toContain(
      `| wawancara | ${hash} | Budi Santoso, S.Pd. | A=4 B=3 | 70,00 | v1 (diganti) | langsung | sah`,
    );
    expect(run.stdout).toContain(`| Budi Santoso, S.Pd. | A=2 B=3 | 50,00 | v2 | langsung | sah`);
    expect(run.stdout).toContain(`| Siti Aminah, S.Psi. | A=5 B=5 | 100,00 | v1 | langsung | sah`);
    expect(
      lines.filter((line) => line.startsWith(nomor(1)) && line.includes('transkripsi kertas')),
    ).toHaveLength(2);
  });

  it('filters by candidate, prints JSON, and refuses an unknown number', async () => {
    const { store, nomor, penguji } = await sheetsDay();
    const run = panitia('sheets', '--db', store.file, '--candidate', nomor(0), '--format', 'json');
    expect(run.code).toBe(0);
    const sheets = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(sheets).toHaveLength(3);
    expect(sheets.every((s) => s.nomorPeserta === nomor(0) && s.signatureValid === true)).toBe(
      true,
    );
    expect(sheets[0]).toMatchObject({
      assessorId: penguji.id,
      version: 1,
      current: false,
      origin: 'langsung',
      scores: [
        { aspect: 'A', level: 4 },
        { aspect: 'B', level: 3 },
      ],
      total: 70,
      exactTotal: { numerator: 70, denominator: 1 },
    });
    const unknown = panitia('sheets', '--db', store.file, '--candidate', '0000', '--lang', 'en');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Candidate not found');
  });

  it('marks a sheet whose signature no longer verifies and exits 1', async () => {
    const { store } = await sheetsDay();
    // Someone edits the database file by hand: the stored scores no longer match the signature.
    store.db.exec('DROP TRIGGER score_sheets_immutable');
    const row = store.db.prepare('SELECT id, content_json FROM score_sheets LIMIT 1').get() as {
      id: string;
      content_json: string;
    };
    const forged = row.content_json.replace('"level":4', '"level":5');
    store.db.prepare('UPDATE score_sheets SET content_json = ? WHERE id = ?').run(forged, row.id);
    const run = panitia('sheets', '--db', store.file);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('TIDAK SAH');
  });
});
