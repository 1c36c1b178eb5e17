import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printReport } from '../../../src/main/core/documents/report';
import { getFormasi } from '../../../src/main/core/formasi/queries';
import { resultsHash } from '../../../src/main/core/results/results-hash';
import { openStore } from '../../../src/main/core/store/open-store';
import { panitia } from '../../helpers/cli';
import { RESOURCES_DIR } from '../../helpers/resources';
import { tempDir } from '../../helpers/temp-store';
import { flat, pagesText, seedPrintable } from '../core/documents/fixtures';

/** A database file with a session of three candidates and a panel, but no sheet yet. */
async function sessionDb() {
  const folder = tempDir();
  const db = join(folder, 'panitia.db');
  const store = await openStore(db);
  const day = await seedPrintable(store, 'small');
  store.close();
  return { folder, db, sessionId: day.session.id, formasiId: day.formasiId };
}

describe('panitia report', () => {
  it('writes the daftar hadir and the berita acara, the same bytes as the app', async () => {
    const { folder, db, sessionId } = await sessionDb();
    for (const kind of ['daftar-hadir', 'berita-acara'] as const) {
      const out = join(folder, `${kind}.pdf`);
      const run = panitia(
        'report',
        '--db',
        db,
        '--kind',
        kind,
        '--session',
        sessionId,
        '--out',
        out,
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Dokumen ${kind} \\(1 halaman A4\\) ditulis ke `));
      const store = await openStore(db);
      const app = await printReport(store.db, kind, { sessionId }, RESOURCES_DIR, 'id');
      store.close();
      expect(readFileSync(out).equals(app.pdf)).toBe(true);
    }
    const text = flat(pagesText(readFileSync(join(folder, 'berita-acara.pdf'))).join(' '));
    expect(text).toContain('BERITA ACARA PELAKSANAAN');
    expect(text).toContain('Halaman 1 dari 1');
  });

  it('refuses a lembar without sheets and an unknown kind with exit codes', async () => {
    const { folder, db, sessionId } = await sessionDb();
    const out = join(folder, 'lembar.pdf');
    const none = panitia(
      'report',
      '--db',
      db,
      '--kind',
      'lembar',
      '--session',
      sessionId,
      '--out',
      out,
    );
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Belum ada lembar penilaian yang diserahkan');
    const wrong = panitia(
      'report',
      '--db',
      db,
      '--kind',
      'rapor',
      '--session',
      sessionId,
      '--out',
      out,
    );
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('rapor');
  });

  it('writes the rekap of a formasi named by its code, the same bytes as the app', async () => {
    const { folder, db, formasiId } = await sessionDb();
    const store = await openStore(db);
    const { code } = getFormasi(store.db, formasiId);
    store.close();
    const out = join(folder, 'rekap.pdf');
    const run = panitia('report', '--db', db, '--kind', 'rekap', '--formasi', code, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const again = await openStore(db);
    const app = await printReport(again.db, 'rekap', { formasiId }, RESOURCES_DIR, 'id');
    const hash = resultsHash(again.db, getFormasi(again.db, formasiId).selectionId);
    again.close();
    expect(readFileSync(out).equals(app.pdf)).toBe(true);
    const text = flat(pagesText(readFileSync(out)).join(' '));
    expect(text).toContain('REKAPITULASI NILAI');
    expect(text).toContain(`Hash hasil: ${hash}`);
  });

  it('refuses a rekap without --formasi and an unknown formasi code', async () => {
    const { folder, db } = await sessionDb();
    const out = join(folder, 'rekap.pdf');
    const none = panitia('report', '--db', db, '--kind', 'rekap', '--out', out);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('--formasi KODE');
    const unknown = panitia(
      'report',
      '--db',
      db,
      '--kind',
      'rekap',
      '--formasi',
      'ZZZ-99',
      '--out',
      out,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Formasi tidak ditemukan');
  });
});
