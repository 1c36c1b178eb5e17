import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  bigRational,
  compare,
  equals,
  fromDecimal,
  mean,
  multiply,
  rational,
  subtract,
  toNumber,
} from '../../../src/shared/results/rational';
import { exactText, roundForDisplay } from '../../../src/shared/results/round';

describe('rational', () => {
  it('reduces, and keeps zero as 0/1', () => {
    expect(rational(4000, 550)).toEqual({ n: 80, d: 11 });
    expect(rational(3, -6)).toEqual({ n: -1, d: 2 });
    expect(rational(0, 17)).toEqual({ n: 0, d: 1 });
    expect(multiply(rational(0, 1), rational(5, 3))).toEqual({ n: 0, d: 1 });
  });

  it('reads a typed decimal exactly, not its binary approximation', () => {
    expect(fromDecimal(3.47)).toEqual({ n: 347, d: 100 });
    expect(fromDecimal(0.1)).toEqual({ n: 1, d: 10 });
    expect(fromDecimal(1e-7)).toEqual({ n: 1, d: 10_000_000 });
    expect(fromDecimal(85)).toEqual({ n: 85, d: 1 });
    expect(equals(add(fromDecimal(0.1), fromDecimal(0.2)), fromDecimal(0.3))).toBe(true);
  });

  it('goes to BigInt past 2^53 and comes back to Numbers when the result fits', () => {
    const p = 9_007_199_254_740_881; // a prime just below 2^53
    const q = 9_007_199_254_740_847; // another
    const tiny = rational(1, p);
    const sum = add(tiny, rational(1, q)); // (p + q) / (p·q): far beyond 2^53
    expect(typeof sum.d).toBe('bigint');
    expect(sum.d).toBe(BigInt(p) * BigInt(q));
    // Subtracting 1/q again gives back exactly 1/p, held as Numbers.
    const back = subtract(sum, rational(1, q));
    expect(back).toEqual({ n: 1, d: p });
    expect(compare(sum, tiny)).toBe(1);
    expect(equals(bigRational(BigInt(p) * 2n, BigInt(p) * 4n), rational(1, 2))).toBe(true);
  });

  it('compares exactly where floats cannot tell two values apart', () => {
    const a = rational(9_007_199_254_740_881, 9_007_199_254_740_880);
    const b = rational(9_007_199_254_740_882, 9_007_199_254_740_881);
    expect(toNumber(a)).toBe(toNumber(b));
    expect(compare(a, b)).toBe(1);
    expect(compare(b, a)).toBe(-1);
    expect(compare(a, a)).toBe(0);
  });

  it('means: (70 + 75 + 81) / 3 = 226/3, and matches summing one by one', () => {
    expect(mean([rational(70, 1), rational(75, 1), rational(81, 1)])).toEqual({ n: 226, d: 3 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 2520 })), {
          minLength: 1,
          maxLength: 6,
        }),
        (pairs) => {
          const values = pairs.map(([n, d]) => rational(n, d));
          const sum = values.reduce(add, rational(0, 1));
          expect(mean(values)).toEqual(multiply(sum, rational(1, values.length)));
        },
      ),
    );
  });
});

describe('roundForDisplay', () => {
  it('rounds half up on the exact value, to 3 decimals by default', () => {
    expect(roundForDisplay(rational(3976, 55))).toBe('72.291'); // 72.290909…
    expect(roundForDisplay(fromDecimal(72.2905))).toBe('72.291'); // a float reads 72.29049999…
    expect(roundForDisplay(rational(2, 3))).toBe('0.667');
    expect(roundForDisplay(rational(1, 3))).toBe('0.333');
    expect(roundForDisplay(rational(1, 2000))).toBe('0.001'); // exactly half of 0.001
    expect(roundForDisplay(rational(1, 2001))).toBe('0.000');
    expect(roundForDisplay(rational(100, 1))).toBe('100.000');
    expect(roundForDisplay(rational(0, 1))).toBe('0.000');
  });

  it('takes other decimals and negative values', () => {
    expect(roundForDisplay(rational(1, 8), 2)).toBe('0.13');
    expect(roundForDisplay(rational(7, 2), 0)).toBe('4');
    expect(roundForDisplay(rational(-1, 8), 2)).toBe('-0.13');
    expect(roundForDisplay(rational(-1, 2001))).toBe('0.000');
    expect(() => roundForDisplay(rational(1, 3), -1)).toThrow(RangeError);
  });

  it('rounds BigInt values the same way', () => {
    const p = 9_007_199_254_740_881;
    const big = add(rational(1, p), rational(145, 2)); // 72.5 + a hair
    expect(typeof big.d).toBe('bigint');
    expect(roundForDisplay(big)).toBe('72.500');
    expect(roundForDisplay(big, 20)).toBe('72.50000000000000011102');
  });
});

describe('exactText', () => {
  it('writes the reduced fraction', () => {
    expect(exactText(rational(4000, 550))).toBe('80/11');
    expect(exactText(rational(85, 1))).toBe('85/1');
  });
});
