import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rubricContentHash } from '../../src/main/core/rubrics/content-hash';
import { checkRubricContent } from '../../src/shared/rubric/check-rubric';
import { parseRubricFile, type RubricFile } from '../../src/shared/rubric/rubric-file';
import type { RubricContent } from '../../src/shared/rubric/rubric';

const DIR = join(__dirname, '..', '..', 'resources', 'rubrics');

const TEMPLATES = [
  'wawancara-kompetensi-asn.json',
  'wawancara-integritas-moralitas.json',
  'simulasi-mengajar.json',
  'simulasi-tugas-administrasi.json',
] as const;

type Template = (typeof TEMPLATES)[number];

/** Reads and parses one template file, failing the test with the problems if it does not parse. */
function load(name: Template): RubricFile['rubric'] & { content: RubricContent } {
  const bytes = readFileSync(join(DIR, name));
  const parsed = parseRubricFile(bytes.toString('utf8'), bytes.byteLength);
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.problems)}`);
  const check = checkRubricContent(parsed.file.rubric.content);
  if (!check.ok) throw new Error(`${name}: ${JSON.stringify(check.problems)}`);
  return { ...parsed.file.rubric, content: check.content };
}

describe('built-in rubric templates', () => {
  it.each(TEMPLATES)('%s is a valid published rubric file with the right hash', (name) => {
    const bytes = readFileSync(join(DIR, name));
    const parsed = parseRubricFile(bytes.toString('utf8'), bytes.byteLength);
    expect(parsed).toMatchObject({ ok: true });
    if (!parsed.ok) return;
    const { rubric } = parsed.file;
    expect(checkRubricContent(rubric.content)).toMatchObject({ ok: true });
    expect(rubricContentHash(rubric.content)).toBe(rubric.contentHash);
    expect(rubric.status).toBe('published');
    expect(rubric.version).toBe(1);
  });

  it('gives every template its own version id and rubric id', () => {
    const ids = TEMPLATES.flatMap((name) => {
      const { id, rubricId } = load(name);
      return [id, rubricId];
    });
    expect(new Set(ids).size).toBe(TEMPLATES.length * 2);
  });

  it('scores the competency interview on the 9 national competencies, 1 to 5', () => {
    const { content } = load('wawancara-kompetensi-asn.json');
    expect(content.kind).toBe('wawancara');
    expect(content.aspects.map((aspect) => aspect.code)).toEqual([
      'M.01',
      'M.02',
      'M.03',
      'M.04',
      'M.05',
      'M.06',
      'M.07',
      'M.08',
      'SK.01',
    ]);
    for (const aspect of content.aspects) {
      expect(aspect.scale).toEqual({ min: 1, max: 5 });
      expect(aspect.indicators.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('scores the integrity interview on the 5 aspects of KepmenPANRB 347/2024', () => {
    const { content } = load('wawancara-integritas-moralitas.json');
    expect(content.kind).toBe('wawancara');
    expect(content.aspects.map((aspect) => aspect.title)).toEqual([
      'Kejujuran',
      'Komitmen',
      'Keadilan',
      'Etika',
      'Kepatuhan',
    ]);
    expect(content.aspects.map((aspect) => aspect.weight)).toEqual([20, 20, 20, 20, 20]);
  });

  it('scores the teaching simulation on 8 aspects, 1 to 4, with 5 criteria each', () => {
    const { content } = load('simulasi-mengajar.json');
    expect(content.kind).toBe('simulasi_mengajar');
    expect(content.aspects).toHaveLength(8);
    for (const aspect of content.aspects) {
      expect(aspect.scale).toEqual({ min: 1, max: 4 });
      expect(aspect.indicators).toHaveLength(5);
      expect(aspect.weight).toBe(12.5);
    }
  });

  it('scores the administrative simulation on 6 aspects, 1 to 5', () => {
    const { content } = load('simulasi-tugas-administrasi.json');
    expect(content.kind).toBe('simulasi_administrasi');
    expect(content.aspects).toHaveLength(6);
    for (const aspect of content.aspects) expect(aspect.scale).toEqual({ min: 1, max: 5 });
  });
});
