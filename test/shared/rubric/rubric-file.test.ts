import { describe, expect, it } from 'vitest';
import {
  MAX_RUBRIC_FILE_BYTES,
  parseRubricFile,
  rubricFile,
} from '../../../src/shared/rubric/rubric-file';
import { makeAspect, makeRubric } from '../../helpers/rubric-fixtures';

const IDS = {
  id: '6f1c1c43-3a4b-4c1e-9d0a-1b2c3d4e5f60',
  rubricId: '0b9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c',
};
const HASH = 'a'.repeat(64);

function fileText(overrides: Record<string, unknown> = {}, content: unknown = defaultContent()) {
  const file = rubricFile(
    { ...IDS, version: 2, status: 'published', contentHash: HASH, content: content as never },
    '2026-11-23T08:00:00.000Z',
  );
  return JSON.stringify({ ...file, rubric: { ...(file.rubric as object), ...overrides } });
}

function defaultContent() {
  return makeRubric([makeAspect('A', 50, 1, 4), makeAspect('B', 50, 1, 5)]);
}

function parse(text: string) {
  return parseRubricFile(text, Buffer.byteLength(text));
}

describe('parseRubricFile', () => {
  it('reads back what rubricFile wrote, with a byte-order mark too', () => {
    const result = parse('\uFEFF' + fileText());
    expect(result).toEqual({
      ok: true,
      file: {
        formatVersion: 1,
        rubric: {
          ...IDS,
          version: 2,
          status: 'published',
          contentHash: HASH,
          content: defaultContent(),
        },
      },
    });
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(parseRubricFile('{}', MAX_RUBRIC_FILE_BYTES + 1)).toEqual({
      ok: false,
      problems: [
        {
          path: [],
          code: 'fileTooLarge',
          params: { size: MAX_RUBRIC_FILE_BYTES + 1, max: MAX_RUBRIC_FILE_BYTES },
        },
      ],
    });
  });

  it('refuses malformed JSON, other JSON and other format versions, each with its own code', () => {
    const codes = (text: string) => {
      const result = parse(text);
      return result.ok ? [] : result.problems.map((p) => p.code);
    };
    expect(codes('{"format": "panitia-rubric",')).toEqual(['notJson']);
    expect(codes('[1, 2, 3]')).toEqual(['notRubricFile']);
    expect(codes(JSON.stringify({ format: 'panitia-rubric', formatVersion: 9 }))).toEqual([
      'unsupportedFormatVersion',
    ]);
  });

  it('refuses a bad envelope: a wrong id, a missing hash, an unknown status', () => {
    const text = fileText({ id: 'not-a-uuid', contentHash: undefined, status: 'final' });
    const result = parse(text);
    expect(result.ok ? [] : result.problems.map((p) => [p.path.join('.'), p.code])).toEqual([
      ['rubric.id', 'invalidFormat'],
      ['rubric.status', 'invalidValue'],
      ['rubric.contentHash', 'required'],
    ]);
  });

  it('places content problems under rubric.content, one per defect', () => {
    const content = defaultContent();
    content.aspects[0]!.levels.pop();
    content.aspects[1]!.weight = 40;
    const result = parse(fileText({}, content));
    expect(result.ok ? [] : result.problems.map((p) => [p.path.join('.'), p.code])).toEqual([
      ['rubric.content.aspects.0.levels', 'levelsDoNotMatchScale'],
      ['rubric.content.aspects', 'weightsDoNotSum'],
    ]);
  });

  it('holds a published file to the full rules but lets a draft file be unfinished', () => {
    const unfinished = { ...makeRubric([]), title: '' };
    expect(parse(fileText({}, unfinished)).ok).toBe(false);
    expect(parse(fileText({ status: 'draft' }, unfinished)).ok).toBe(true);
  });
});
