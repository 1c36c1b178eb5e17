import { describe, expect, it } from 'vitest';
import { checkRubricContent, type RubricProblem } from '../../../src/shared/rubric/check-rubric';
import { RubricDraftContent } from '../../../src/shared/rubric/rubric';
import { makeAspect, makeRubric } from '../../helpers/rubric-fixtures';

function problems(value: unknown): RubricProblem[] {
  const check = checkRubricContent(value);
  return check.ok ? [] : check.problems;
}

function codesAt(value: unknown): [string, string][] {
  return problems(value).map((p) => [p.path.join('.'), p.code]);
}

describe('checkRubricContent', () => {
  it('accepts a complete rubric', () => {
    expect(checkRubricContent(makeRubric([makeAspect('A', 40), makeAspect('B', 60)])).ok).toBe(
      true,
    );
  });

  it('accepts weights whose decimals only add up exactly in hundredths', () => {
    const rubric = makeRubric([
      makeAspect('A', 33.33),
      makeAspect('B', 33.33),
      makeAspect('C', 33.34),
    ]);
    expect(checkRubricContent(rubric).ok).toBe(true);
  });

  it('reports weights that do not sum to 100, with the total', () => {
    expect(problems(makeRubric([makeAspect('A', 40), makeAspect('B', 50)]))).toEqual([
      { path: ['aspects'], code: 'weightsDoNotSum', params: { total: 90 } },
    ]);
  });

  it('reports a weight with more than two decimals', () => {
    expect(codesAt(makeRubric([makeAspect('A', 33.333), makeAspect('B', 66.667)]))).toEqual([
      ['aspects.0.weight', 'weightPrecision'],
      ['aspects.1.weight', 'weightPrecision'],
    ]);
  });

  it('reports a scale whose minimum is not below its maximum', () => {
    const aspect = { ...makeAspect('A', 100, 1, 4), scale: { min: 4, max: 4 } };
    expect(codesAt(makeRubric([aspect]))).toEqual([['aspects.0.scale', 'scaleMinNotBelowMax']]);
  });

  it('reports levels that do not match the scale: a missing anchor level, or out of order', () => {
    const missing = makeAspect('A', 50, 1, 5);
    missing.levels = missing.levels.filter((level) => level.value !== 3);
    const shuffled = makeAspect('B', 50, 1, 4);
    shuffled.levels = [...shuffled.levels].reverse();
    expect(problems(makeRubric([missing, shuffled]))).toEqual([
      {
        path: ['aspects', 0, 'levels'],
        code: 'levelsDoNotMatchScale',
        params: { min: 1, max: 5, found: '1, 2, 4, 5' },
      },
      {
        path: ['aspects', 1, 'levels'],
        code: 'levelsDoNotMatchScale',
        params: { min: 1, max: 4, found: '4, 3, 2, 1' },
      },
    ]);
  });

  it('reports an empty anchor text at its exact place', () => {
    const aspect = makeAspect('A', 100, 1, 4);
    aspect.levels[2] = { ...aspect.levels[2]!, anchor: '   ' };
    expect(codesAt(makeRubric([aspect]))).toEqual([['aspects.0.levels.2.anchor', 'empty']]);
  });

  it('reports duplicate aspect codes case-insensitively, naming the first', () => {
    expect(problems(makeRubric([makeAspect('m.01', 50), makeAspect('M.01', 50)]))).toEqual([
      {
        path: ['aspects', 1, 'code'],
        code: 'duplicateAspectCode',
        params: { code: 'M.01', first: 1 },
      },
    ]);
  });

  it('reports every structural problem at once: types, missing fields, unknown fields', () => {
    const rubric = {
      ...makeRubric([makeAspect('A', 100)]),
      title: 42,
      kind: 'ujian',
      extra: true,
    } as Record<string, unknown>;
    delete rubric.instructions;
    expect(codesAt(rubric)).toEqual([
      ['title', 'wrongType'],
      ['kind', 'invalidValue'],
      ['instructions', 'required'],
      ['', 'unknownField'],
    ]);
  });

  it('reports a rubric without aspects, a non-integer level and a negative weight', () => {
    expect(codesAt(makeRubric([]))).toEqual([['aspects', 'tooFew']]);
    const aspect = makeAspect('A', -5, 1, 4);
    aspect.levels[0] = { ...aspect.levels[0]!, value: 1.5 };
    expect(codesAt(makeRubric([aspect]))).toEqual([
      ['aspects.0.weight', 'greaterThan'],
      ['aspects.0.levels.0.value', 'notInteger'],
    ]);
  });

  it('refuses oversized texts and too many aspects', () => {
    const long = makeAspect('A', 100);
    long.levels[0] = { ...long.levels[0]!, anchor: 'x'.repeat(1001) };
    expect(problems(makeRubric([long]))).toEqual([
      { path: ['aspects', 0, 'levels', 0, 'anchor'], code: 'tooLong', params: { max: 1000 } },
    ]);
    const many = Array.from({ length: 41 }, (_, i) => makeAspect(`A${i}`, 1));
    expect(codesAt(makeRubric(many))).toContainEqual(['aspects', 'tooMany']);
  });
});

describe('RubricDraftContent', () => {
  it('accepts unfinished work: no aspects, empty texts, weights that do not add up', () => {
    const aspect = { ...makeAspect('A', 0, 1, 4), title: '', levels: [] };
    expect(RubricDraftContent.safeParse({ ...makeRubric([aspect]), title: '' }).success).toBe(true);
    expect(RubricDraftContent.safeParse(makeRubric([])).success).toBe(true);
  });

  it('still refuses unknown fields and oversized values', () => {
    expect(RubricDraftContent.safeParse({ ...makeRubric([]), extra: 1 }).success).toBe(false);
    expect(
      RubricDraftContent.safeParse({ ...makeRubric([]), title: 'x'.repeat(201) }).success,
    ).toBe(false);
  });
});
