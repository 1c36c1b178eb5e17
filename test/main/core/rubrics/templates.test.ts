import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rubricFromTemplate } from '../../../../src/main/core/rubrics/commands';
import { listTemplates, loadTemplates } from '../../../../src/main/core/rubrics/templates';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { tempDir, tempStore } from '../../../helpers/temp-store';

describe('built-in rubric templates', () => {
  it('loads the four templates, named after their files, once per process', () => {
    const templates = loadTemplates(RESOURCES_DIR);
    expect(templates.map((t) => t.templateId)).toEqual([
      'simulasi-mengajar',
      'simulasi-tugas-administrasi',
      'wawancara-integritas-moralitas',
      'wawancara-kompetensi-asn',
    ]);
    expect(loadTemplates(RESOURCES_DIR)).toBe(templates);
  });

  it('says which templates the store already holds as they are', async () => {
    const store = await tempStore();
    expect(listTemplates(store.db, RESOURCES_DIR).every((t) => !t.installed)).toBe(true);
    const used = rubricFromTemplate(store, RESOURCES_DIR, 'wawancara-kompetensi-asn', 'use');
    rubricFromTemplate(store, RESOURCES_DIR, 'simulasi-mengajar', 'copy');
    const listed = listTemplates(store.db, RESOURCES_DIR);
    expect(listed.filter((t) => t.installed).map((t) => t.templateId)).toEqual([
      'wawancara-kompetensi-asn',
    ]);
    expect(listed.find((t) => t.installed)).toMatchObject({
      title: used.content.title,
      kind: 'wawancara',
      aspectCount: 9,
      versionId: used.id,
      contentHash: used.contentHash,
    });
  });

  it('refuses to start with a template that fails its check', () => {
    const resources = tempDir();
    mkdirSync(join(resources, 'rubrics'));
    const source = join(RESOURCES_DIR, 'rubrics', 'simulasi-mengajar.json');
    copyFileSync(source, join(resources, 'rubrics', 'simulasi-mengajar.json'));
    writeFileSync(join(resources, 'rubrics', 'rusak.json'), '{"format": "panitia-rubric"');
    expect(() => loadTemplates(resources)).toThrow(/rusak\.json is invalid/);
  });
});
