/**
 * The final-score formula of a plan in words, e.g.
 * "40% × SKD/550×100 + 60% × (60% × SKB CAT/500×100 + 40% × Simulasi Mengajar)",
 * and the conditions beside it (pass/fail gates and thresholds).
 */
import { isGate } from '../../../shared/plan/check-plan';
import {
  CAT_PPPK_MAX,
  SKD_MAX,
  type PlanComponent,
  type ScoringPlan,
} from '../../../shared/plan/plan';

/** Writes a number the way the UI language does. */
type NumberText = (value: number) => string;

function name(component: PlanComponent): string {
  return component.label.trim() || component.key;
}

/** A component's 0–100 score as a term: raw ÷ maximum × 100, or a rubric component's own name. */
export function componentTerm(component: PlanComponent, number: NumberText): string {
  switch (component.source.type) {
    case 'skd':
      return `${name(component)}/${number(SKD_MAX)}×100`;
    case 'cat_pppk':
      return `${name(component)}/${number(CAT_PPPK_MAX)}×100`;
    case 'external_score':
      return `${name(component)}/${number(component.source.maxScore)}×100`;
    default:
      return name(component);
  }
}

/** The right-hand side of "Nilai akhir = …". */
export function formulaExpression(plan: ScoringPlan, number: NumberText): string {
  const percent = (weight: number) => `${number(Number.isFinite(weight) ? weight : 0)}%`;
  return plan.parts
    .map((part) => {
      const weighted = plan.components.filter((c) => c.part === part.key && !isGate(c));
      const only = weighted.length === 1 ? weighted[0] : undefined;
      const inner =
        weighted.length === 0
          ? number(0)
          : only && only.weight === 100
            ? componentTerm(only, number)
            : `(${weighted.map((c) => `${percent(c.weight)} × ${componentTerm(c, number)}`).join(' + ')})`;
      return `${percent(part.weight)} × ${inner}`;
    })
    .join(' + ');
}

/** The names of the pass/fail components. */
export function gateNames(plan: ScoringPlan): string[] {
  return plan.components.filter(isGate).map(name);
}

/** "SKB CAT ≥ 60"-style conditions for the components with a threshold. */
export function thresholdTerms(plan: ScoringPlan, number: NumberText): string[] {
  return plan.components
    .filter((c) => c.threshold !== null && Number.isFinite(c.threshold))
    .map((c) => `${name(c)} ≥ ${number(c.threshold ?? 0)}`);
}
