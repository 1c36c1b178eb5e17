import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/core/store/open-store';
import { panitia } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp-store';
import { candidateFacts, pagesText, seedPrintable } from '../core/documents/fixtures';

/** A database file with a printable session; returns its path, the session and two nomor. */
async function printableDb() {
  const folder = tempDir();
  const db = join(folder, 'panitia.db');
  const store = await openStore(db);
  const day = await seedPrintable(store, 'small');
  const nomors = day.scheduled.map((id) => candidateFacts(store, id).nomor);
  store.close();
  return { folder, db, sessionId: day.session.id, nomors };
}

describe('panitia blank-sheets', () => {
  it('writes the sheets of a session, or of the candidates named, as one PDF', async () => {
    const { folder, db, sessionId, nomors } = await printableDb();
    const all = join(folder, 'semua.pdf');
    const run = panitia('blank-sheets', '--db', db, '--session', sessionId, '--out', all);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^6 lembar penilaian kosong \(\d+ halaman A4\) ditulis ke /);
    expect(readFileSync(all).subarray(0, 5).toString()).toBe('%PDF-');

    const some = join(folder, 'dua.pdf');
    const [first, , third] = nomors as [string, string, string];
    const chosen = panitia(
      'blank-sheets',
      '--db',
      db,
      '--session',
      sessionId,
      '--candidate',
      first,
      third,
      '--out',
      some,
      '--lang',
      'en',
    );
    expect(chosen.code).toBe(0);
    expect(chosen.stdout).toMatch(/^4 blank score sheets/);
    const text = pagesText(readFileSync(some)).join('\n');
    expect(text).toContain(`nomor_peserta: ${first}`);
    expect(text).toContain(`nomor_peserta: ${third}`);
    expect(text).not.toContain(`nomor_peserta: ${nomors[1]}`);
    // Written under a temporary name, then renamed: nothing else is left in the folder.
    expect(readdirSync(folder).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('refuses an unknown nomor or session with exit code 1 and writes nothing', async () => {
    const { folder, db, sessionId } = await printableDb();
    const out = join(folder, 'lembar.pdf');
    const unknown = panitia(
      'blank-sheets',
      '--db',
      db,
      '--session',
      sessionId,
      '--candidate',
      '99999999999999',
      '--out',
      out,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Nomor peserta 99999999999999 tidak dijadwalkan di sesi ini');
    const noSession = panitia(
      'blank-sheets',
      '--db',
      db,
      '--session',
      '7d4f1c36-86a4-4a8f-9a5e-2f8c1b9b2d10',
      '--out',
      out,
    );
    expect(noSession.code).toBe(1);
    expect(noSession.stderr).toContain('Sesi tidak ditemukan');
    expect(existsSync(out)).toBe(false);
    expect(panitia('blank-sheets', '--db', db, '--out', out).code).toBe(2);
  });
});
