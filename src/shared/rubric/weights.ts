/**
 * Weights are percentages with at most two decimals. They are summed in whole hundredths so that
 * 33.33 + 33.33 + 33.34 is exactly 100, which floating-point addition does not promise.
 */

/** 100 % in hundredths of a percent. */
export const WEIGHT_TOTAL_HUNDREDTHS = 10_000;

/** `weight` in hundredths of a percent, or null when it has more than two decimals. */
export function toHundredths(weight: number): number | null {
  const hundredths = Math.round(weight * 100);
  return Math.abs(hundredths - weight * 100) < 1e-6 ? hundredths : null;
}

/** Splits 100 % into `count` weights with two decimals that sum exactly to 100. */
export function evenWeights(count: number): number[] {
  if (count <= 0) return [];
  const base = Math.floor(WEIGHT_TOTAL_HUNDREDTHS / count);
  const remainder = WEIGHT_TOTAL_HUNDREDTHS - base * count;
  // The first `remainder` weights take one extra hundredth each.
  return Array.from({ length: count }, (_, i) => (base + (i < remainder ? 1 : 0)) / 100);
}
