/**
 * Aggregation of one component's counted sheets: the mean of their exact 0–100 totals and
 * their spread (max − min). Both come from one pass over the totals written on the lcm of their
 * denominators, in Numbers while that stays exact (sheets of one rubric share a small common
 * denominator), otherwise in exact rationals of any size.
 */
import type { ResultSheet } from './input';
import { compare, mean, rational, subtract, type Rational } from './rational';

/** The mean and, for two sheets or more, the spread of `sheets`' totals. */
export interface Aggregate {
  mean: Rational;
  spread: Rational | null;
}

/** Aggregates the totals of `sheets` (at least one). */
export function aggregateSheets(sheets: readonly ResultSheet[]): Aggregate {
  const count = sheets.length;
  if (count === 0) throw new RangeError('no sheets to aggregate');
  let common = (sheets[0] as ResultSheet).total.denominator;
  for (let i = 1; i < count && common > 0; i++) {
    const d = (sheets[i] as ResultSheet).total.denominator;
    if (d === common) continue;
    common = (common / gcd(common, d)) * d;
    if (!Number.isSafeInteger(common * count)) common = 0;
  }
  if (common > 0) {
    let sum = 0;
    let low = Infinity;
    let high = -Infinity;
    for (let i = 0; i < count; i++) {
      const { numerator, denominator } = (sheets[i] as ResultSheet).total;
      const x = numerator * (common / denominator);
      sum += x;
      if (x < low) low = x;
      if (x > high) high = x;
    }
    if (Number.isSafeInteger(sum) && Number.isSafeInteger(high)) {
      return {
        mean: reduced(sum, common * count),
        spread: count > 1 ? reduced(high - low, common) : null,
      };
    }
  }
  const totals = sheets.map((s) => rational(s.total.numerator, s.total.denominator));
  let low = totals[0] as Rational;
  let high = low;
  for (const t of totals) {
    if (compare(t, low) < 0) low = t;
    if (compare(t, high) > 0) high = t;
  }
  return { mean: mean(totals), spread: count > 1 ? subtract(high, low) : null };
}

// Local copies of numberGcd and rational for the Number path: this runs for every component of
// every candidate, and under tsx (the CLI, the bench) each call into another module goes
// through an export getter that costs more than the gcd itself.
function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** n/d reduced, for non-negative safe integers n and d > 0. */
function reduced(n: number, d: number): Rational {
  const g = gcd(n, d);
  return g > 1 ? { n: n / g, d: d / g } : { n, d };
}
