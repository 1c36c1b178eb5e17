/**
 * The scoring rule of a rubric: the weighted mean of the aspect scores, each taken as a share of
 * its scale's maximum, on 0–100 (docs/rubrics.md):
 *
 *   score = Σ wᵢ · (sᵢ / maxᵢ) · 100 / Σ wᵢ        (Σ wᵢ = 100 %)
 *
 * It is computed exactly, as a fraction of integers, so equal scores compare equal and nothing is
 * rounded until a person reads it.
 */
import type { Aspect, RubricContent } from './rubric';
import { toHundredths } from './weights';

/** A score as an exact fraction; `value` is its floating-point reading. */
export interface ExactScore {
  numerator: number;
  denominator: number;
  value: number;
}

/** The outcome of scoring one sheet against a rubric. */
export interface RubricScore {
  /** Aspect codes without a score. */
  missing: string[];
  /** Aspect codes whose score is not a level of their scale. */
  invalid: string[];
  /** The 0–100 score, once every aspect has a valid score. */
  score: ExactScore | null;
}

/** Scores a sheet: `levels` maps aspect codes to the level the assessor chose. */
export function scoreRubric(
  content: Pick<RubricContent, 'aspects'>,
  levels: Readonly<Record<string, number | undefined>>,
): RubricScore {
  const missing: string[] = [];
  const invalid: string[] = [];
  for (const aspect of content.aspects) {
    const level = levels[aspect.code];
    if (level === undefined) missing.push(aspect.code);
    else if (!isLevelOf(aspect, level)) invalid.push(aspect.code);
  }
  if (missing.length > 0 || invalid.length > 0) return { missing, invalid, score: null };
  return { missing, invalid, score: exactScore(content.aspects, levels as Record<string, number>) };
}

/** Whether `level` is one of the aspect's scale values. */
export function isLevelOf(aspect: Pick<Aspect, 'scale'>, level: number): boolean {
  return Number.isInteger(level) && level >= aspect.scale.min && level <= aspect.scale.max;
}

/** Whether the rubric asks for a written note when an assessor gives `level` on `aspect`. */
export function noteRequired(
  aspect: Pick<Aspect, 'scale' | 'noteRequiredAtExtremes'>,
  level: number,
): boolean {
  return (
    aspect.noteRequiredAtExtremes && (level === aspect.scale.min || level === aspect.scale.max)
  );
}

/** The highest score a rubric can give, which is 100 by construction; the lowest depends on minima. */
export function lowestPossibleScore(content: Pick<RubricContent, 'aspects'>): ExactScore {
  const levels = Object.fromEntries(content.aspects.map((a) => [a.code, a.scale.min]));
  return exactScore(content.aspects, levels);
}

function exactScore(aspects: readonly Aspect[], levels: Record<string, number>): ExactScore {
  const common = aspects.reduce((l, a) => lcm(l, a.scale.max), 1);
  let numerator = 0;
  let totalWeight = 0;
  for (const aspect of aspects) {
    const weight = weightHundredths(aspect);
    numerator += weight * levels[aspect.code]! * (common / aspect.scale.max);
    totalWeight += weight;
  }
  // score = 100 · Σ(wᵢ·sᵢ/maxᵢ) / Σwᵢ = 100 · numerator / (common · totalWeight)
  return reduce(100 * numerator, common * totalWeight);
}

function weightHundredths(aspect: Aspect): number {
  const hundredths = toHundredths(aspect.weight);
  if (hundredths === null) throw new RangeError(`weight ${aspect.weight} has more than 2 decimals`);
  return hundredths;
}

function reduce(numerator: number, denominator: number): ExactScore {
  const divisor = gcd(numerator, denominator) || 1;
  const n = numerator / divisor;
  const d = denominator / divisor;
  return { numerator: n, denominator: d, value: n / d };
}

function gcd(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : gcd(b, a % b);
}

function lcm(a: number, b: number): number {
  return b === 0 ? a : (a / gcd(a, b)) * b;
}
