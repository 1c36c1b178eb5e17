import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evenWeights, toHundredths } from '../../../src/shared/rubric/weights';

describe('weights', () => {
  it('reads percentages with up to two decimals as whole hundredths', () => {
    expect(toHundredths(12.5)).toBe(1250);
    expect(toHundredths(33.33)).toBe(3333);
    expect(toHundredths(0.1 + 0.2)).toBe(30);
    expect(toHundredths(33.333)).toBeNull();
  });

  it('splits 100 % evenly into weights that sum to exactly 100', () => {
    expect(evenWeights(3)).toEqual([33.34, 33.33, 33.33]);
    expect(evenWeights(8)).toEqual(Array(8).fill(12.5));
    expect(evenWeights(0)).toEqual([]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (count) => {
        const weights = evenWeights(count);
        expect(weights).toHaveLength(count);
        expect(weights.reduce((sum, w) => sum + toHundredths(w)!, 0)).toBe(10_000);
      }),
    );
  });
});
