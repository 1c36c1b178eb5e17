import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createRubric,
  publishRubric,
  retireRubric,
} from '../../../../src/main/core/rubrics/commands';
import { rubricContentHash } from '../../../../src/main/core/rubrics/content-hash';
import { getRubric } from '../../../../src/main/core/rubrics/queries';
import {
  exportRubricFile,
  importRubricFile,
  slug,
} from '../../../../src/main/core/rubrics/rubric-files';
import type { Store } from '../../../../src/main/core/store/open-store';
import type { RubricContent } from '../../../../src/shared/rubric/rubric';
import type { RubricFile } from '../../../../src/shared/rubric/rubric-file';
import { asyncAppErrorOf } from '../../../helpers/app-error';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { makeAspect, makeRubric } from '../../../helpers/rubric-fixtures';
import { rubricFileText } from '../../../helpers/rubric-file-text';
import { tempStore } from '../../../helpers/temp-store';

/** An exported rubric file as parsed back from its text. */
interface ExportedFile {
  format: string;
  formatVersion: number;
  exportedAt: string;
  rubric: RubricFile['rubric'] & { content: RubricContent };
}

const content = makeRubric(
  [makeAspect('A', 60), makeAspect('B', 40, 1, 4)],
  'Wawancara Kompetensi Teknis',
);

/** The journal length and the rubric rows: what a refused import must leave as it was. */
function footprint(store: Store) {
  return {
    journal: store.db.prepare('SELECT count(*) FROM journal').pluck().get(),
    rubrics: store.db.prepare('SELECT * FROM rubric_versions ORDER BY id').all(),
  };
}

/** A published version exported from its own store, as a parsed object and as text. */
async function exported() {
  const origin = await tempStore();
  const rubric = publishRubric(origin, createRubric(origin, content).id);
  const file = exportRubricFile(origin, rubric.id);
  return { rubric, file, json: JSON.parse(file.text) as ExportedFile };
}

/**
 * A copy of the test content, edited the way a person with a text editor could: `Reflect` puts
 * values of any type anywhere, which the content's own type would not allow.
 */
function edited(edit: (copy: RubricContent) => void): RubricContent {
  const copy = structuredClone(content);
  edit(copy);
  return copy;
}

describe('rubric files', () => {
  it('names the file after the title and version, and writes pretty JSON with a final newline', async () => {
    const { file, json, rubric } = await exported();
    expect(file.fileName).toBe('wawancara-kompetensi-teknis-v1.rubrik.json');
    expect(file.text.endsWith('}\n')).toBe(true);
    expect(json).toMatchObject({
      format: 'panitia-rubric',
      formatVersion: 1,
      rubric: { id: rubric.id, status: 'published', contentHash: rubric.contentHash, content },
    });
    expect(Object.keys(json.rubric.content)).toEqual(Object.keys(content));
    expect(slug('Simulasi Mengajar — Guru (SD) ')).toBe('simulasi-mengajar-guru-sd');
    expect(slug('Pèrsônâlité')).toBe('personalite');
    expect(slug('—')).toBe('rubrik');
  });

  it('keeps id, version, hash and content across export and import into a fresh store', async () => {
    const { rubric, file } = await exported();
    const target = await tempStore();
    const result = await importRubricFile(target, { fileName: file.fileName, text: file.text });
    expect(result.outcome).toBe('imported');
    expect(result.rubric).toMatchObject({
      id: rubric.id,
      rubricId: rubric.rubricId,
      version: 1,
      status: 'published',
      contentHash: rubric.contentHash,
      content,
      origin: { type: 'file', fileName: file.fileName },
    });
    expect(rubricContentHash(result.rubric.content)).toBe(rubric.contentHash);
    // Exporting it again from the second store gives the same rubric.
    const again = JSON.parse(exportRubricFile(target, rubric.id).text) as ExportedFile;
    expect(again.rubric).toEqual(JSON.parse(file.text).rubric);
  });

  it('writes nothing when the same version is imported again', async () => {
    const { rubric, file } = await exported();
    const target = await tempStore();
    await importRubricFile(target, { fileName: file.fileName, text: file.text });
    const before = footprint(target);
    const again = await importRubricFile(target, {
      fileName: 'salinan.rubrik.json',
      text: file.text,
    });
    expect(again.outcome).toBe('alreadyPresent');
    expect(again.rubric.id).toBe(rubric.id);
    expect(footprint(target)).toEqual(before);
  });

  it('imports a retired version as retired', async () => {
    const origin = await tempStore();
    const rubric = retireRubric(origin, publishRubric(origin, createRubric(origin, content).id).id);
    const file = exportRubricFile(origin, rubric.id);
    const target = await tempStore();
    const result = await importRubricFile(target, file);
    expect(result.rubric).toMatchObject({ id: rubric.id, status: 'retired' });
    expect(result.rubric.retiredAt).not.toBeNull();
  });

  it('imports a draft file as a new draft of a new rubric', async () => {
    const origin = await tempStore();
    const draft = createRubric(origin, { ...content, title: '', aspects: [] });
    const file = exportRubricFile(origin, draft.id);
    expect(file.fileName).toBe('rubrik-v1.rubrik.json');
    const target = await tempStore();
    const result = await importRubricFile(target, file);
    expect(result.outcome).toBe('imported');
    expect(result.rubric).toMatchObject({
      status: 'draft',
      version: 1,
      origin: { type: 'file', fileName: file.fileName },
    });
    expect(result.rubric.id).not.toBe(draft.id);
    expect(result.rubric.rubricId).not.toBe(draft.rubricId);
  });

  it('refuses a tampered published file: its content no longer matches its hash', async () => {
    const { json } = await exported();
    json.rubric.content.aspects[0]!.levels[0]!.anchor = 'Diubah setelah ekspor.';
    const target = await tempStore();
    const before = footprint(target);
    const error = await asyncAppErrorOf(() =>
      importRubricFile(target, { fileName: 'ubah.rubrik.json', text: JSON.stringify(json) }),
    );
    expect(error).toMatchObject({
      code: 'rubric.hashMismatch',
      params: { file: 'ubah.rubrik.json' },
      details: [{ code: 'hashMismatch', path: ['rubric', 'contentHash'] }],
    });
    expect(footprint(target)).toEqual(before);
    expect(existsSync(target.backupDir)).toBe(false);
  });

  it('refuses the same identity with other content, by id or by rubric and number', async () => {
    const { rubric, json } = await exported();
    const target = await tempStore();
    await importRubricFile(target, { fileName: 'a.rubrik.json', text: JSON.stringify(json) });
    const before = footprint(target);
    const other = edited((c) => {
      c.instructions = 'Petunjuk lain.';
    });
    for (const identity of [
      { id: rubric.id },
      { id: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b', rubricId: rubric.rubricId },
    ]) {
      const text = rubricFileText(other, { ...identity, contentHash: rubricContentHash(other) });
      const error = await asyncAppErrorOf(() =>
        importRubricFile(target, { fileName: 'b.rubrik.json', text }),
      );
      expect(error).toMatchObject({ code: 'rubric.versionConflict', params: { version: 1 } });
    }
    expect(footprint(target)).toEqual(before);
  });

  describe('a bad file is refused with one problem per defect and changes nothing', () => {
    const cases: Array<[string, () => string, string[]]> = [
      [
        'wrong types',
        () =>
          rubricFileText(
            edited((c) => {
              Reflect.set(c, 'title', 5);
              Reflect.set(c.aspects[0]!, 'weight', '60');
            }),
          ),
        ['wrongType', 'wrongType'],
      ],
      [
        'missing anchors',
        () =>
          rubricFileText(
            edited((c) => {
              Reflect.deleteProperty(c.aspects[0]!.levels[1]!, 'anchor');
              c.aspects[1]!.levels[2]!.anchor = '';
            }),
          ),
        ['required', 'empty'],
      ],
      [
        'scale minimum not below its maximum',
        () =>
          rubricFileText(
            edited((c) => {
              c.aspects[1]!.scale = { min: 4, max: 4 };
            }),
          ),
        ['scaleMinNotBelowMax'],
      ],
      [
        'weights that do not sum to 100',
        () =>
          rubricFileText(
            edited((c) => {
              c.aspects[1]!.weight = 30;
            }),
          ),
        ['weightsDoNotSum'],
      ],
      [
        'unknown fields',
        () =>
          rubricFileText(
            edited((c) => {
              Reflect.set(c, 'warna', 'merah');
              Reflect.set(c.aspects[0]!, 'poin', 3);
            }),
          ),
        ['unknownField', 'unknownField'],
      ],
      ['malformed JSON', () => '{"format": "panitia-rubric", "rubric": {', ['notJson']],
      [
        'a 3 MB file',
        () => rubricFileText(content).replace('{', `{${' '.repeat(3 * 1024 * 1024)}`),
        ['fileTooLarge'],
      ],
      [
        'JSON that is not a rubric file',
        () => '{"nama": "Daftar hadir", "baris": []}',
        ['notRubricFile'],
      ],
      ['a JSON array', () => '[1, 2, 3]', ['notRubricFile']],
    ];

    it.each(cases)('%s', async (_name, text, codes) => {
      const target = await tempStore();
      await importRubricFile(target, exportRubricFile(target, createRubric(target, content).id));
      const before = footprint(target);
      const error = await asyncAppErrorOf(() =>
        importRubricFile(target, { fileName: 'salah.rubrik.json', text: text() }),
      );
      expect(error.code).toBe('rubric.fileInvalid');
      expect(error.params).toEqual({ file: 'salah.rubrik.json', count: codes.length });
      expect((error.details as { code: string }[]).map((p) => p.code)).toEqual(codes);
      expect(footprint(target)).toEqual(before);
    });
  });

  it('imports a built-in template file as the same version the template installs', async () => {
    const store = await tempStore();
    const text = readFileSync(
      join(RESOURCES_DIR, 'rubrics', 'wawancara-integritas-moralitas.json'),
      'utf8',
    );
    const result = await importRubricFile(store, { fileName: 'integritas.json', text });
    expect(result.outcome).toBe('imported');
    expect(getRubric(store.db, result.rubric.id).contentHash).toBe(
      (JSON.parse(text) as { rubric: { contentHash: string } }).rubric.contentHash,
    );
  });
});
