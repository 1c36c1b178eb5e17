/**
 * Exact rationals for results, always reduced with a positive denominator, so two equal scores
 * are equal field by field whatever order they were computed in.
 *
 * Speed (issue 5: 200,000 candidates in under 2 s) comes from holding a value as two Numbers
 * while both are safe integers, which is almost always the case: sheet totals, SKD and CAT
 * scores have small denominators. Every operation checks that each intermediate stays a safe
 * integer (a Number result of integer arithmetic is exact exactly when it is a safe integer) and
 * otherwise redoes the step in BigInt. A value is small whenever it fits, so the representation
 * is canonical and `equals` is a field comparison.
 */

/** A reduced rational held as safe-integer Numbers. */
export interface SmallRational {
  readonly n: number;
  readonly d: number;
}

/** A reduced rational too large for Numbers. */
export interface BigRational {
  readonly n: bigint;
  readonly d: bigint;
}

/** An exact rational n/d, d > 0, gcd(|n|, d) = 1; small whenever both fit in a safe integer. */
export type Rational = SmallRational | BigRational;

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Zero. */
export const ZERO: Rational = { n: 0, d: 1 };

function isSmall(value: Rational): value is SmallRational {
  return typeof value.n === 'number';
}

/** The gcd of two safe integers (gcd(0, 0) = 0), always non-negative. */
export function numberGcd(a: number, b: number): number {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** The gcd of two BigInts, non-negative; takes the Number path when both fit. */
export function bigGcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a <= SAFE && b <= SAFE) return BigInt(numberGcd(Number(a), Number(b)));
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** n/d reduced, from BigInts, held small when it fits; `d` must not be zero. */
export function bigRational(n: bigint, d: bigint): Rational {
  if (d === 0n) throw new RangeError('denominator 0');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = bigGcd(n, d);
  if (g > 1n) {
    n /= g;
    d /= g;
  }
  return n <= SAFE && n >= -SAFE && d <= SAFE ? { n: Number(n), d: Number(d) } : { n, d };
}

/** n/d reduced, from safe integers; `d` must not be zero. */
export function rational(n: number, d: number): Rational {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d)) {
    throw new RangeError(`${n}/${d} is not a fraction of safe integers`);
  }
  if (d === 0) throw new RangeError('denominator 0');
  if (d < 0) {
    n = -n;
    d = -d;
  }
  const g = numberGcd(n, d);
  return g > 1 ? { n: n / g, d: d / g } : { n, d };
}

/**
 * The exact value of the decimal a person typed, e.g. 3.47 → 347/100. JavaScript prints every
 * finite number as the shortest decimal that reads back to it, so this is the number as written
 * in the file or form, not its binary approximation.
 */
export function fromDecimal(value: number): Rational {
  if (!Number.isFinite(value)) throw new RangeError(`${value} is not finite`);
  if (Number.isSafeInteger(value)) return { n: value, d: 1 };
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) throw new RangeError(`cannot read ${value} as a decimal`);
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  let n = BigInt(`${sign}${whole}${fraction}`);
  let d = 10n ** BigInt(fraction.length);
  const e = Number(exponent);
  if (e > 0) n *= 10n ** BigInt(e);
  else d *= 10n ** BigInt(-e);
  return bigRational(n, d);
}

function big(value: Rational): BigRational {
  return isSmall(value) ? { n: BigInt(value.n), d: BigInt(value.d) } : value;
}

/** a + b. */
export function add(a: Rational, b: Rational): Rational {
  if (isSmall(a) && isSmall(b)) {
    if (a.d === b.d) {
      const sum = a.n + b.n;
      if (Number.isSafeInteger(sum)) return rational(sum, a.d);
    } else {
      const g = numberGcd(a.d, b.d);
      const left = a.n * (b.d / g);
      const right = b.n * (a.d / g);
      const sum = left + right;
      const d = (a.d / g) * b.d;
      if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) {
        if (Number.isSafeInteger(sum) && Number.isSafeInteger(d)) return rational(sum, d);
      }
    }
  }
  const x = big(a);
  const y = big(b);
  return bigRational(x.n * y.d + y.n * x.d, x.d * y.d);
}

/** a − b. */
export function subtract(a: Rational, b: Rational): Rational {
  return add(a, negate(b));
}

/** −a. */
export function negate(a: Rational): Rational {
  if (a.n === 0) return a;
  return isSmall(a) ? { n: -a.n, d: a.d } : { n: -a.n, d: a.d };
}

/** 1 / a; `a` must not be zero. */
export function reciprocal(a: Rational): Rational {
  if (a.n === 0) throw new RangeError('reciprocal of 0');
  if (isSmall(a)) return a.n < 0 ? { n: -a.d, d: -a.n } : { n: a.d, d: a.n };
  return a.n < 0n ? { n: -a.d, d: -a.n } : { n: a.d, d: a.n };
}

/** a · b. */
export function multiply(a: Rational, b: Rational): Rational {
  if (a.n === 0 || b.n === 0) return ZERO; // zero is always small (canonical form)
  if (isSmall(a) && isSmall(b)) {
    // Cross-reduce first: the result is then already reduced and as small as it can be.
    const g1 = numberGcd(a.n, b.d);
    const g2 = numberGcd(b.n, a.d);
    const n = (a.n / g1) * (b.n / g2);
    const d = (a.d / g2) * (b.d / g1);
    if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) return { n, d };
  }
  const x = big(a);
  const y = big(b);
  return bigRational(x.n * y.n, x.d * y.d);
}

/** −1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: Rational, b: Rational): number {
  if (isSmall(a) && isSmall(b)) {
    if (a.d === b.d) return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
    const left = a.n * b.d;
    const right = b.n * a.d;
    if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) {
      return left < right ? -1 : left > right ? 1 : 0;
    }
  }
  const x = big(a);
  const y = big(b);
  const left = x.n * y.d;
  const right = y.n * x.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Whether a and b are the same number (the canonical form makes this a field comparison). */
export function equals(a: Rational, b: Rational): boolean {
  return a.n === b.n && a.d === b.d;
}

/** The mean of `values`: summed over the lcm of their denominators, reduced once. */
export function mean(values: readonly Rational[]): Rational {
  const count = values.length;
  if (count === 0) throw new RangeError('mean of nothing');
  let common = 1;
  let small = true;
  for (const v of values) {
    if (!isSmall(v)) {
      small = false;
      break;
    }
    common = (common / numberGcd(common, v.d)) * v.d;
    if (!Number.isSafeInteger(common * count)) {
      small = false;
      break;
    }
  }
  if (small) {
    let sum = 0;
    for (const v of values as readonly SmallRational[]) sum += v.n * (common / v.d);
    if (Number.isSafeInteger(sum)) return rational(sum, common * count);
  }
  let total: Rational = ZERO;
  for (const v of values) total = add(total, v);
  return multiply(total, { n: 1, d: count });
}

/** The value as BigInts, for arithmetic outside this module (rounding). */
export function toBig(value: Rational): BigRational {
  return big(value);
}

/** Whether the value is held as Numbers. */
export function isSmallRational(value: Rational): value is SmallRational {
  return isSmall(value);
}

/** The nearest floating-point number, for display and charts only; never compare with it. */
export function toNumber(value: Rational): number {
  if (isSmall(value)) return value.n / value.d;
  // Keep 17 significant digits of the exact quotient instead of overflowing to Infinity/NaN.
  const scale = 10n ** 20n;
  return Number((value.n * scale) / value.d) / 1e20;
}
