/**
 * The plan formula, exactly (docs/results-computation.md):
 *
 *   final = Σ over parts p: (wₚ/100) · Σ over components c in p: (w꜀/100) · score꜀(0–100)
 *
 * Weights are percentages with at most two decimals, so each component's coefficient
 * wₚ·w꜀ / 100² is a whole number of hundredths squared over 10⁸, reduced (40 % × 100 % = 2/5).
 */
import { isGate } from '../plan/check-plan';
import type { ScoringPlan } from '../plan/plan';
import { toHundredths } from '../rubric/weights';
import { add, multiply, rational, ZERO, type Rational } from './rational';

/** 100 % × 100 % in hundredths of a percent. */
const SCALE = 100_000_000;

/** Each component's coefficient wₚ·w꜀ / 100² (0 for a gate), in plan order. */
export function coefficients(plan: ScoringPlan): Rational[] {
  return plan.components.map((component) => {
    if (isGate(component)) return ZERO;
    const part = plan.parts.find((p) => p.key === component.part);
    if (!part) throw new RangeError(`component ${component.key}: unknown part ${component.part}`);
    return rational(hundredths(part.weight) * hundredths(component.weight), SCALE);
  });
}

/** A component's 0–100 score, or null when it has none. */
export interface Scored {
  readonly score: Rational | null;
}

/** The final score from the components in plan order; null when a weighted one has no score. */
export function integrate(
  components: readonly Scored[],
  coefficientsInPlanOrder: readonly Rational[],
): Rational | null {
  for (let i = 0; i < coefficientsInPlanOrder.length; i++) {
    if ((coefficientsInPlanOrder[i] as Rational).n !== 0 && !components[i]?.score) return null;
  }
  return (
    smallSum(components, coefficientsInPlanOrder) ?? exactSum(components, coefficientsInPlanOrder)
  );
}

/** Σ k·s in Numbers, reduced once at the end; null as soon as a step would not be exact. */
function smallSum(components: readonly Scored[], ks: readonly Rational[]): Rational | null {
  let n = 0;
  let d = 1;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i] as Rational;
    const s = (components[i] as Scored).score as Rational;
    if (k.n === 0) continue;
    if (typeof k.n !== 'number' || typeof s.n !== 'number') return null;
    const kd = k.d as number;
    const sd = s.d as number;
    const termN = k.n * s.n;
    const termD = kd * sd;
    const g = gcd(d, termD);
    const left = n * (termD / g);
    const right = termN * (d / g);
    n = left + right;
    d = (d / g) * termD;
    const exact =
      Number.isSafeInteger(termN) &&
      Number.isSafeInteger(termD) &&
      Number.isSafeInteger(left) &&
      Number.isSafeInteger(right) &&
      Number.isSafeInteger(n) &&
      Number.isSafeInteger(d);
    if (!exact) return null;
  }
  const g = gcd(n, d);
  return g > 1 ? { n: n / g, d: d / g } : { n, d };
}

function exactSum(components: readonly Scored[], ks: readonly Rational[]): Rational {
  let final = ZERO;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i] as Rational;
    if (k.n !== 0) final = add(final, multiply(k, (components[i] as Scored).score as Rational));
  }
  return final;
}

function hundredths(weight: number): number {
  const value = toHundredths(weight);
  if (value === null) throw new RangeError(`weight ${weight} has more than 2 decimals`);
  return value;
}

// A local gcd for the Number path, which runs for every candidate: under tsx (the CLI, the
// bench) a call into another module goes through an export getter that costs more than this.
function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}
