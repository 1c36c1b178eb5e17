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
import { asyncAppErrorOf } from '../../../helpers/app-error';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { makeAspect, makeRubric } from '../../../helpers/rubric-fixtures';
import { rubricFileText } from '../../../helpers/rubric-file-text';
import { tempStore } from '../../../helpers/temp-store';

/** A parsed file or content that a test edits the way a person with a text editor could. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- bad files are any shape
type Loose = any;

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
  return { rubric, file, json: JSON.parse(file.text) as Loose };
}

function clone(value: RubricContent): Loose {
  return structuredClone(value);
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
    const again = JSON.parse(exportRubricFile(target, rubric.id).text) as Loose;
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
    json.rubric.content.aspects[0].levels[0].anchor = 'Diubah setelah ekspor.';
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
    const other = clone(content);
    other.instructions = 'Petunjuk lain.';
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
        () => {
          const c = clone(content);
          c.title = 5;
          c.aspects[0].weight = '60';
          return rubricFileText(c);
        },
        ['wrongType', 'wrongType'],
      ],
      [
        'missing anchors',
        () => {
          const c = clone(content);
          delete c.aspects[0].levels[1].anchor;
          c.aspects[1].levels[2].anchor = '';
          return rubricFileText(c);
        },
        ['required', 'empty'],
      ],
      [
        'scale minimum not below its maximum',
        () => {
          const c = clone(content);
          c.aspects[1].scale = { min: 4, max: 4 };
          return rubricFileText(c);
        },
        ['scaleMinNotBelowMax'],
      ],
      [
        'weights that do not sum to 100',
        () => {
          const c = clone(content);
          c.aspects[1].weight = 30;
          return rubricFileText(c);
        },
        ['weightsDoNotSum'],
      ],
      [
        'unknown fields',
        () => {
          const c = clone(content);
          c.warna = 'merah';
          c.aspects[0].poin = 3;
          return rubricFileText(c);
        },
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
