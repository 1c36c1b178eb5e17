/**
 * Checks a scoring plan. Errors make the plan unusable (weights that do not add up, a component
 * without a published rubric) and block saving. Warnings name a rule of the preset the plan
 * breaks (e.g. the 10 % interview cap for instansi pusat in 2024); they never block, because the
 * rules change every year and the committee answers for its own announcement.
 */
import { toHundredths, WEIGHT_TOTAL_HUNDREDTHS } from '../rubric/weights';
import type { RubricStatus } from '../rubric/rubric';
import { CPNS_TIE_BREAK, PPPK_TIE_BREAK } from './presets';
import { tieBreakComponentKey, type PlanComponent, type ScoringPlan } from './plan';

/** What can be wrong with a plan; each code has a sentence in i18n/plan-problems.ts. */
export type PlanProblemCode =
  | 'partWeightsDoNotSum'
  | 'componentWeightsDoNotSum'
  | 'weightPrecision'
  | 'duplicatePartKey'
  | 'duplicateComponentKey'
  | 'unknownPart'
  | 'emptyPart'
  | 'gateHasWeight'
  | 'componentNeedsRubric'
  | 'rubricNotFound'
  | 'rubricNotPublished'
  | 'rubricHashMismatch'
  | 'unknownTieBreakComponent'
  | 'duplicateTieBreak'
  | 'cpnsIntegrationWeights'
  | 'cpnsTieBreakOrder'
  | 'pppkTieBreakOrder'
  | 'pusatTambahanCap'
  | 'pusatWawancaraCap'
  | 'pusatTambahanCount'
  | 'daerahTambahanCap'
  | 'daerahTambahanCount'
  | 'daerahNoWawancara';

/** One problem with a plan. */
export interface PlanProblem {
  code: PlanProblemCode;
  params: Record<string, string | number>;
}

/** What the checker needs to know about a rubric version a component points at. */
export interface RubricRef {
  status: RubricStatus;
  contentHash: string;
}

/** Errors block saving; warnings name a preset rule the plan breaks. */
export interface PlanCheck {
  errors: PlanProblem[];
  warnings: PlanProblem[];
}

/** Checks `plan`; `rubrics` maps rubric version ids to what the store knows of them. */
export function checkPlan(plan: ScoringPlan, rubrics: ReadonlyMap<string, RubricRef>): PlanCheck {
  return {
    errors: [...structureErrors(plan), ...rubricErrors(plan, rubrics), ...tieBreakErrors(plan)],
    warnings: presetWarnings(plan),
  };
}

function structureErrors(plan: ScoringPlan): PlanProblem[] {
  const errors: PlanProblem[] = [];
  errors.push(
    ...duplicates(
      plan.parts.map((p) => p.key),
      'duplicatePartKey',
    ),
  );
  errors.push(
    ...duplicates(
      plan.components.map((c) => c.key),
      'duplicateComponentKey',
    ),
  );
  for (const item of [...plan.parts, ...plan.components]) {
    if (toHundredths(item.weight) === null) {
      errors.push({ code: 'weightPrecision', params: { label: item.label, weight: item.weight } });
    }
  }
  const partTotal = sumHundredths(plan.parts.map((p) => p.weight));
  if (partTotal !== WEIGHT_TOTAL_HUNDREDTHS) {
    errors.push({ code: 'partWeightsDoNotSum', params: { total: partTotal / 100 } });
  }
  const partKeys = new Set(plan.parts.map((p) => p.key));
  for (const component of plan.components) {
    if (!partKeys.has(component.part)) {
      errors.push({
        code: 'unknownPart',
        params: { label: component.label, part: component.part },
      });
    }
    if (component.source.type === 'external_ms_tms' && component.weight !== 0) {
      errors.push({ code: 'gateHasWeight', params: { label: component.label } });
    }
  }
  for (const part of plan.parts) {
    const weighted = plan.components.filter((c) => c.part === part.key && !isGate(c));
    if (weighted.length === 0) {
      errors.push({ code: 'emptyPart', params: { part: part.label } });
      continue;
    }
    const total = sumHundredths(weighted.map((c) => c.weight));
    if (total !== WEIGHT_TOTAL_HUNDREDTHS) {
      errors.push({
        code: 'componentWeightsDoNotSum',
        params: { part: part.label, total: total / 100 },
      });
    }
  }
  return errors;
}

function rubricErrors(plan: ScoringPlan, rubrics: ReadonlyMap<string, RubricRef>): PlanProblem[] {
  const errors: PlanProblem[] = [];
  for (const { label, source } of plan.components) {
    if (source.type !== 'rubric') continue;
    if (source.rubricVersionId === null || source.rubricHash === null) {
      errors.push({ code: 'componentNeedsRubric', params: { label } });
      continue;
    }
    const rubric = rubrics.get(source.rubricVersionId);
    if (!rubric) errors.push({ code: 'rubricNotFound', params: { label } });
    else if (rubric.status !== 'published') {
      errors.push({ code: 'rubricNotPublished', params: { label, status: rubric.status } });
    } else if (rubric.contentHash !== source.rubricHash) {
      errors.push({ code: 'rubricHashMismatch', params: { label } });
    }
  }
  return errors;
}

function tieBreakErrors(plan: ScoringPlan): PlanProblem[] {
  const keys = new Set(plan.components.map((c) => c.key));
  const errors: PlanProblem[] = duplicates(plan.tieBreak, 'duplicateTieBreak');
  for (const link of plan.tieBreak) {
    const key = tieBreakComponentKey(link);
    if (key !== null && !keys.has(key)) {
      errors.push({ code: 'unknownTieBreakComponent', params: { key } });
    }
  }
  return errors;
}

function presetWarnings(plan: ScoringPlan): PlanProblem[] {
  switch (plan.preset) {
    case 'cpns-pusat-2024':
      return [...cpnsWarnings(plan), ...pusatWarnings(plan)];
    case 'cpns-daerah-2024':
      return [...cpnsWarnings(plan), ...daerahWarnings(plan)];
    case 'pppk-2024':
    case 'pppk-sktt':
      return sameOrder(plan.tieBreak, PPPK_TIE_BREAK)
        ? []
        : [{ code: 'pppkTieBreakOrder', params: {} }];
    case 'custom':
      return [];
  }
}

function cpnsWarnings(plan: ScoringPlan): PlanProblem[] {
  const warnings: PlanProblem[] = [];
  const skd = plan.parts.find((p) => p.key === 'skd')?.weight ?? 0;
  const skb = plan.parts.find((p) => p.key === 'skb')?.weight ?? 0;
  if (skd !== 40 || skb !== 60) {
    warnings.push({ code: 'cpnsIntegrationWeights', params: { skd, skb } });
  }
  if (!sameOrder(plan.tieBreak, CPNS_TIE_BREAK)) {
    warnings.push({ code: 'cpnsTieBreakOrder', params: {} });
  }
  return warnings;
}

/** The SKB components other than SKB CAT: the "SKB tambahan" the 2024 rules cap. */
function skbTambahan(plan: ScoringPlan): PlanComponent[] {
  return plan.components.filter((c) => c.part === 'skb' && c.category !== 'skb_cat' && !isGate(c));
}

function pusatWarnings(plan: ScoringPlan): PlanProblem[] {
  const warnings: PlanProblem[] = [];
  const tambahan = skbTambahan(plan);
  const share = sumHundredths(tambahan.map((c) => c.weight)) / 100;
  if (share > 50) warnings.push({ code: 'pusatTambahanCap', params: { share } });
  for (const c of tambahan.filter((c) => c.category === 'wawancara' && c.weight > 10)) {
    warnings.push({ code: 'pusatWawancaraCap', params: { label: c.label, weight: c.weight } });
  }
  if (tambahan.length > 3)
    warnings.push({ code: 'pusatTambahanCount', params: { count: tambahan.length } });
  return warnings;
}

function daerahWarnings(plan: ScoringPlan): PlanProblem[] {
  const warnings: PlanProblem[] = [];
  const tambahan = skbTambahan(plan);
  const share = sumHundredths(tambahan.map((c) => c.weight)) / 100;
  if (share > 40) warnings.push({ code: 'daerahTambahanCap', params: { share } });
  if (tambahan.length > 1)
    warnings.push({ code: 'daerahTambahanCount', params: { count: tambahan.length } });
  for (const c of tambahan.filter((c) => c.category === 'wawancara')) {
    warnings.push({ code: 'daerahNoWawancara', params: { label: c.label } });
  }
  return warnings;
}

/** A pass/fail component: it gates the result and carries no weight. */
export function isGate(component: PlanComponent): boolean {
  return component.source.type === 'external_ms_tms';
}

function sumHundredths(weights: readonly number[]): number {
  return weights.reduce((total, w) => total + Math.round(w * 100), 0);
}

function sameOrder(actual: readonly string[], expected: readonly string[]): boolean {
  return actual.length === expected.length && actual.every((v, i) => v === expected[i]);
}

function duplicates(
  keys: readonly string[],
  code: 'duplicatePartKey' | 'duplicateComponentKey' | 'duplicateTieBreak',
): PlanProblem[] {
  const seen = new Set<string>();
  const problems: PlanProblem[] = [];
  for (const key of keys) {
    if (seen.has(key)) problems.push({ code, params: { key } });
    seen.add(key);
  }
  return problems;
}
