import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowestPossibleScore, noteRequired, scoreRubric } from '../../../src/shared/rubric/score';
import { makeAspect, makeRubric } from '../../helpers/rubric-fixtures';

describe('scoreRubric', () => {
  it('is the plain mean of score / max on equal weights (8 aspects on 1–4, all at 3 → 75)', () => {
    const rubric = makeRubric(
      ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((code) => makeAspect(code, 12.5, 1, 4)),
    );
    const levels = Object.fromEntries(rubric.aspects.map((a) => [a.code, 3]));
    expect(scoreRubric(rubric, levels).score).toEqual({ numerator: 75, denominator: 1, value: 75 });
  });

  it('weights each aspect (hand-computed: 60% × 4/5 + 40% × 2/5 = 64)', () => {
    const rubric = makeRubric([makeAspect('A', 60), makeAspect('B', 40)]);
    expect(scoreRubric(rubric, { A: 4, B: 2 }).score?.value).toBe(64);
  });

  it('mixes 1–4 and 1–5 scales exactly (50% × 3/4 + 50% × 4/5 = 77.5)', () => {
    const rubric = makeRubric([makeAspect('A', 50, 1, 4), makeAspect('B', 50, 1, 5)]);
    expect(scoreRubric(rubric, { A: 3, B: 4 }).score).toEqual({
      numerator: 155,
      denominator: 2,
      value: 77.5,
    });
  });

  it('keeps thirds exact: three equal aspects at 1, 2, 2 of 5 → 100/3', () => {
    const rubric = makeRubric([
      makeAspect('A', 33.33),
      makeAspect('B', 33.33),
      makeAspect('C', 33.34),
    ]);
    // 33.33·1/5 + 33.33·2/5 + 33.34·2/5 = (33.33 + 66.66 + 66.68) / 5 = 33.334
    expect(scoreRubric(rubric, { A: 1, B: 2, C: 2 }).score).toEqual({
      numerator: 16667,
      denominator: 500,
      value: 33.334,
    });
  });

  it('handles a 0–2 scale (PK Guru style): 0, 1, 2 on equal weights → 50', () => {
    const rubric = makeRubric([
      makeAspect('A', 25, 0, 2),
      makeAspect('B', 25, 0, 2),
      makeAspect('C', 50, 0, 2),
    ]);
    // 25·0/2 + 25·1/2 + 50·2/2 = 0 + 12.5 + 50 = 62.5
    expect(scoreRubric(rubric, { A: 0, B: 1, C: 2 }).score?.value).toBe(62.5);
  });

  it('gives 100 at every maximum and max/min share at every minimum (1–4 → 25)', () => {
    const rubric = makeRubric([makeAspect('A', 50, 1, 4), makeAspect('B', 50, 1, 4)]);
    expect(scoreRubric(rubric, { A: 4, B: 4 }).score?.value).toBe(100);
    expect(lowestPossibleScore(rubric).value).toBe(25);
  });

  it('reports missing and invalid aspects instead of a score', () => {
    const rubric = makeRubric([makeAspect('A', 50), makeAspect('B', 30), makeAspect('C', 20)]);
    expect(scoreRubric(rubric, { A: 6, B: 2.5 })).toEqual({
      missing: ['C'],
      invalid: ['A', 'B'],
      score: null,
    });
  });

  it('stays within 0–100 and is a reduced fraction for any levels', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 6 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 8, maxLength: 8 }),
        (scales, picks) => {
          const weights = scales.map((_, i) => (i === 0 ? 100 - (scales.length - 1) * 5 : 5));
          const rubric = makeRubric(
            scales.map(([min, span], i) => makeAspect(`A${i}`, weights[i]!, min, min + span)),
          );
          const levels = Object.fromEntries(
            rubric.aspects.map((a, i) => [
              a.code,
              a.scale.min + (picks[i]! % (a.scale.max - a.scale.min + 1)),
            ]),
          );
          const { score } = scoreRubric(rubric, levels);
          expect(score).not.toBeNull();
          expect(score!.value).toBeGreaterThanOrEqual(0);
          expect(score!.value).toBeLessThanOrEqual(100);
          expect(gcd(score!.numerator, score!.denominator)).toBe(1);
        },
      ),
    );
  });
});

describe('noteRequired', () => {
  it('asks for a note only at the ends of the scale, and only when the aspect says so', () => {
    const aspect = { ...makeAspect('A', 100, 1, 5), noteRequiredAtExtremes: true };
    expect([1, 2, 3, 4, 5].map((level) => noteRequired(aspect, level))).toEqual([
      true,
      false,
      false,
      false,
      true,
    ]);
    expect(noteRequired({ ...aspect, noteRequiredAtExtremes: false }, 1)).toBe(false);
  });
});

function gcd(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : gcd(b, a % b);
}
