/**
 * Aggregation of one component's counted sheets: the mean of their exact 0–100 totals and
 * their spread (max − min). Both come from one pass over the totals written on the lcm of their
 * denominators, in Numbers while that stays exact (sheets of one rubric share a small common
 * denominator), otherwise in exact rationals of any size.
 */
import type { ResultSheet } from './input';
import { compare, mean, numberGcd, rational, subtract, type Rational } from './rational';

/** The mean and, for two sheets or more, the spread of `sheets`' totals. */
export interface Aggregate {
  mean: Rational;
  spread: Rational | null;
}

/** Aggregates the totals of `sheets` (at least one). */
export function aggregateSheets(sheets: readonly ResultSheet[]): Aggregate {
  const count = sheets.length;
  if (count === 0) throw new RangeError('no sheets to aggregate');
  let common = 1;
  for (let i = 0; i < count && common > 0; i++) {
    const d = (sheets[i] as ResultSheet).total.denominator;
    common = (common / numberGcd(common, d)) * d;
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
        mean: rational(sum, common * count),
        spread: count > 1 ? rational(high - low, common) : null,
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
