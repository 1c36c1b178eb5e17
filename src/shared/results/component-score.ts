/**
 * One component's 0–100 score for one candidate, by its source (docs/scoring-plan.md):
 * a rubric → the mean of the counted sheets; SKD → total ÷ 550 × 100; CAT PPPK → total ÷ 670 ×
 * 100; an imported score → score ÷ maxScore × 100; MS/TMS → no score, a gate. The result is the
 * output object itself: 200,000 candidates are computed faster without a second copy of each.
 */
import { CAT_PPPK_MAX, SKD_MAX, type PlanComponent } from '../plan/plan';
import { aggregateSheets } from './aggregate';
import type { ResultCandidate, ResultSheet } from './input';
import { latestSheets } from './latest-sheets';
import type { ComponentResult } from './output';
import { compare, fromDecimal, multiply, rational, reciprocal, type Rational } from './rational';

/** The parts of a component that do not change between candidates, prepared once per formasi. */
export interface PreparedComponent {
  component: PlanComponent;
  threshold: Rational | null;
  /** 100 / maxScore for an imported score, exact. */
  externalScale: Rational | null;
}

const HUNDRED: Rational = { n: 100, d: 1 };
const NO_SHEETS: readonly ResultSheet[] = Object.freeze([]);

/** Prepares a plan component (threshold and scale as exact rationals). */
export function prepareComponent(component: PlanComponent): PreparedComponent {
  const { source, threshold } = component;
  return {
    component,
    threshold: threshold === null ? null : fromDecimal(threshold),
    externalScale:
      source.type === 'external_score'
        ? multiply(HUNDRED, reciprocal(fromDecimal(source.maxScore)))
        : null,
  };
}

/**
 * The result of `prepared` for `candidate`; `amended` says whether any of the candidate's
 * sheets supersedes another (latest-sheets.ts).
 */
export function scoreComponent(
  prepared: PreparedComponent,
  candidate: ResultCandidate,
  amended: boolean,
  disagreementThreshold: Rational,
): ComponentResult {
  const { component, threshold } = prepared;
  const source = component.source;
  const result: ComponentResult = {
    key: component.key,
    source: source.type,
    score: null,
    problem: null,
    sheets: NO_SHEETS,
    spread: null,
    disagreement: false,
    belowThreshold: false,
    gate: null,
  };
  let score: Rational | null = null;
  switch (source.type) {
    case 'rubric': {
      const counted = latestSheets(candidate.sheets, component.key, amended);
      result.sheets = counted;
      if (counted.length === 0) {
        result.problem = 'tooFewSheets';
        break;
      }
      if (counted.some((s) => s.total.numerator > 100 * s.total.denominator)) {
        result.problem = 'invalid'; // a sheet total is on 0–100; anything else is not a score
        break;
      }
      const { mean, spread } = aggregateSheets(counted);
      result.spread = spread;
      result.disagreement = spread !== null && compare(spread, disagreementThreshold) > 0;
      if (counted.length < source.minAssessors) result.problem = 'tooFewSheets';
      else score = mean;
      break;
    }
    case 'skd': {
      const skd = candidate.skd;
      if (skd === null) result.problem = 'missing';
      else score = rational((skd.twk + skd.tiu + skd.tkp) * 100, SKD_MAX);
      break;
    }
    case 'cat_pppk': {
      const cat = candidate.catPppk;
      if (cat === null || cat === undefined) result.problem = 'missing';
      else {
        const total = cat.teknis + cat.manajerialSosialKultural + cat.wawancara;
        score = rational(total * 100, CAT_PPPK_MAX);
      }
      break;
    }
    case 'external_score': {
      const value = candidate.external[component.key];
      if (value === undefined) result.problem = 'missing';
      else if (typeof value !== 'number') result.problem = 'invalid';
      else score = multiply(fromDecimal(value), prepared.externalScale as Rational);
      break;
    }
    case 'external_ms_tms': {
      const value = candidate.external[component.key];
      if (value === undefined) result.problem = 'missing';
      else if (value !== 'MS' && value !== 'TMS') result.problem = 'invalid';
      else result.gate = value;
      break;
    }
  }
  if (score === null) return result;
  // A raw score above its maximum cannot be a 0–100 score: refuse it rather than rank on it.
  if (compare(score, HUNDRED) > 0) {
    result.problem = 'invalid';
    return result;
  }
  result.score = score;
  result.belowThreshold = threshold !== null && compare(score, threshold) < 0;
  return result;
}
