/**
 * The one rounding rule of results (docs/results-computation.md): scores are computed exactly
 * and rounded only to be read, to DISPLAY_DECIMALS decimals, half up on the exact value (so
 * 72.2905 → 72.291 and 2/3 → 0.667, never a float's 72.29049999…).
 */
import { isSmallRational, toBig, type Rational } from './rational';

/** Decimals shown on screens, in exports and in documents. */
export const DISPLAY_DECIMALS = 3;

/** ".000" … ".999": the fraction part at the default decimals, built once. */
const FRACTIONS: readonly string[] = Array.from(
  { length: 10 ** DISPLAY_DECIMALS },
  (_, i) => `.${String(i).padStart(DISPLAY_DECIMALS, '0')}`,
);

/** `value` rounded half up to `decimals` decimals, as text with a point: "72.291", "-0.500". */
export function roundForDisplay(value: Rational, decimals: number = DISPLAY_DECIMALS): string {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`decimals ${decimals}`);
  }
  const units = roundedUnits(value, decimals);
  const sign = value.n < 0 && units !== 0 && units !== 0n ? '-' : '';
  if (typeof units === 'number' && decimals === DISPLAY_DECIMALS) {
    // The common case without slicing: whole part (small, cached by the engine) + table.
    const scale = 10 ** DISPLAY_DECIMALS;
    const fraction = units % scale;
    return `${sign}${(units - fraction) / scale}${FRACTIONS[fraction] as string}`;
  }
  const text = String(units);
  if (decimals === 0) return `${sign}${text}`;
  const digits = text.length > decimals ? text : text.padStart(decimals + 1, '0');
  const point = digits.length - decimals;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** |value| · 10^decimals rounded half up: floor((2·|n|·10^k + d) / (2·d)). */
function roundedUnits(value: Rational, decimals: number): number | bigint {
  if (isSmallRational(value)) {
    const top = 2 * Math.abs(value.n) * 10 ** decimals + value.d;
    const bottom = 2 * value.d;
    // `%` on doubles is exact for integers, so the division below leaves nothing to round.
    if (Number.isSafeInteger(top) && Number.isSafeInteger(bottom)) {
      return (top - (top % bottom)) / bottom;
    }
  }
  const { n, d } = toBig(value);
  const magnitude = n < 0n ? -n : n;
  return (2n * magnitude * 10n ** BigInt(decimals) + d) / (2n * d);
}

/** The exact text of a value: its reduced fraction, "numerator/denominator" (output.ts). */
export function exactText(value: Rational): string {
  return `${value.n}/${value.d}`;
}
