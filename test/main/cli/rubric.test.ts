import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRubric } from '../../../src/main/core/rubrics/commands';
import { openStore } from '../../../src/main/core/store/open-store';
import { makeAspect, makeRubric } from '../../helpers/rubric-fixtures';
import { rubricFileText } from '../../helpers/rubric-file-text';
import { count, panitia } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp-store';

/** The fixed version id of the built-in competency-interview template. */
const KOMPETENSI = JSON.parse(
  readFileSync(join(__dirname, '../../../resources/rubrics/wawancara-kompetensi-asn.json'), 'utf8'),
) as { rubric: { id: string; contentHash: string } };

/** A database holding one draft; returns its path and the draft's id. */
async function withDraft(content = makeRubric([makeAspect('A', 60), makeAspect('B', 30)])) {
  const folder = tempDir();
  const db = join(folder, 'panitia.db');
  const store = await openStore(db);
  const draft = createRubric(store, content);
  store.close();
  return { folder, db, id: draft.id };
}

describe('panitia rubric', () => {
  it('lists, shows, exports and re-imports a rubric with the same hash', async () => {
    const folder = tempDir();
    const db = join(folder, 'demo.db');
    expect(panitia('rubric', 'list', '--db', db).stdout).toContain('Belum ada rubrik.');
    expect(panitia('demo', '--db', db).code).toBe(0);
    const list = panitia('rubric', 'list', '--db', db);
    expect(list.code).toBe(0);
    expect(list.stdout.trim().split('\n')).toHaveLength(4);
    expect(list.stdout).toContain(`${KOMPETENSI.rubric.id}  v1  terbit`);

    const show = panitia(
      'rubric',
      'show',
      '--db',
      db,
      '--id',
      KOMPETENSI.rubric.id,
      '--lang',
      'en',
    );
    expect(show.code).toBe(0);
    expect(show.stdout).toContain(`Content hash (SHA-256): ${KOMPETENSI.rubric.contentHash}`);
    expect(show.stdout).toMatch(/^Aspect 1 \[M\.01\] Integritas: weight [\d.]+%, scale 1–5$/m);
    expect(show.stdout).toMatch(/^ {2}5 Sangat Baik: /m);
    expect(show.stdout).toMatch(
      /Rubric score: from 20 \(every aspect at its lowest score\) to 100/,
    );

    const out = join(folder, 'kompetensi.rubrik.json');
    const exported = panitia(
      'rubric',
      'export',
      '--db',
      db,
      '--id',
      KOMPETENSI.rubric.id,
      '--out',
      out,
    );
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(KOMPETENSI.rubric.contentHash);
    expect(readdirSync(folder).filter((name) => name.includes('.partial'))).toEqual([]);

    const other = join(folder, 'kantor-lain.db');
    const imported = panitia('rubric', 'import', '--db', other, out);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/diimpor sebagai terbit/);
    expect(imported.stdout).toContain(KOMPETENSI.rubric.contentHash);
    const journal = await count(other, 'SELECT count(*) FROM journal');
    const again = panitia('rubric', 'import', '--db', other, out);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('tidak ada yang diubah');
    expect(await count(other, 'SELECT count(*) FROM journal')).toBe(journal);
  });

  it('refuses a bad file with one line per problem, and changes nothing', async () => {
    const { folder, db } = await withDraft();
    const file = join(folder, 'rusak.rubrik.json');
    const content = makeRubric([makeAspect('A', 60), makeAspect('B', 30)]) as Record<
      string,
      unknown
    >;
    content.warna = 'merah';
    writeFileSync(file, rubricFileText({ ...content, durationMinutes: 'dua puluh' }));
    const run = panitia('rubric', 'import', '--db', db, file);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([
      '- Durasi: jenis isinya salah (seharusnya angka).',
      '- Kolom tidak dikenal: warna; hapus kolom itu.',
      expect.stringContaining('Berkas rubrik "rusak.rubrik.json" ditolak: 2 masalah.'),
    ]);
    expect(await count(db, 'SELECT count(*) FROM journal')).toBe(1);
    expect(existsSync(join(folder, 'backups'))).toBe(false);

    const missing = panitia('rubric', 'import', '--db', db, join(folder, 'tidak-ada.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('tidak-ada.json');
  });

  it('publishes a complete draft and lists the problems of an incomplete one', async () => {
    const { db, id } = await withDraft();
    const refused = panitia('rubric', 'publish', '--db', db, '--id', id, '--lang', 'en');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      '- Aspects: the aspect weights add up to 90%, not exactly 100%.',
    );
    expect(refused.stderr).toContain('cannot be published yet: 1 problems');

    const ready = await withDraft(makeRubric([makeAspect('A', 60), makeAspect('B', 40)]));
    const published = panitia('rubric', 'publish', '--db', ready.db, '--id', ready.id);
    expect(published.code).toBe(0);
    expect(published.stdout).toMatch(/diterbitkan; hash isi [0-9a-f]{64}\./);
    const again = panitia('rubric', 'publish', '--db', ready.db, '--id', ready.id);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('tidak dapat diubah');
  });

  it('reports an unknown rubric and a wrong command line', async () => {
    const { db } = await withDraft();
    const show = panitia(
      'rubric',
      'show',
      '--db',
      db,
      '--id',
      '00000000-0000-4000-8000-000000000000',
    );
    expect(show.code).toBe(1);
    expect(show.stderr).toContain('Rubrik tidak ditemukan');
    expect(panitia('rubric', 'export', '--db', db, '--id', 'x').code).toBe(2);
  });
});
