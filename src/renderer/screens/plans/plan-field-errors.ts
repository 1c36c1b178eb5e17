/**
 * Field-level problems of a plan form, from the same schema the main process validates with:
 * each keyed by the id of the field it belongs to (`pf-components-2-weight`).
 */
import type { z } from 'zod';
import { ScoringPlan } from '../../../shared/plan/plan';

/** A field problem as a translation key and its parameters. */
export interface PlanFieldError {
  key:
    | 'plan.fieldErrors.required'
    | 'plan.fieldErrors.number'
    | 'plan.fieldErrors.wholeNumber'
    | 'plan.fieldErrors.atLeast'
    | 'plan.fieldErrors.above'
    | 'plan.fieldErrors.atMost'
    | 'plan.fieldErrors.tooLong'
    | 'plan.fieldErrors.key'
    | 'plan.fieldErrors.atLeastOne'
    | 'plan.fieldErrors.tooMany'
    | 'plan.fieldErrors.invalid';
  params?: Record<string, number>;
}

/** The id of the editor element for a path of the plan. */
export function planFieldId(path: readonly PropertyKey[]): string {
  return ['pf', ...path.map(String)].join('-');
}

/** Every field problem of `plan`, the first per field. */
export function planFieldErrors(plan: ScoringPlan): Map<string, PlanFieldError> {
  const errors = new Map<string, PlanFieldError>();
  const parsed = ScoringPlan.safeParse(plan, { reportInput: true });
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const id = planFieldId(issue.path);
    if (!errors.has(id)) errors.set(id, fieldError(issue));
  }
  return errors;
}

function fieldError(issue: z.core.$ZodIssue): PlanFieldError {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return { key: 'plan.fieldErrors.wholeNumber' };
      return issue.expected === 'number'
        ? { key: 'plan.fieldErrors.number' }
        : { key: 'plan.fieldErrors.required' };
    case 'too_small':
      if (issue.origin === 'string') return { key: 'plan.fieldErrors.required' };
      if (issue.origin === 'array') return { key: 'plan.fieldErrors.atLeastOne' };
      return {
        key: issue.inclusive === false ? 'plan.fieldErrors.above' : 'plan.fieldErrors.atLeast',
        params: { limit: Number(issue.minimum) },
      };
    case 'too_big':
      if (issue.origin === 'string')
        return { key: 'plan.fieldErrors.tooLong', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'array')
        return { key: 'plan.fieldErrors.tooMany', params: { max: Number(issue.maximum) } };
      return { key: 'plan.fieldErrors.atMost', params: { limit: Number(issue.maximum) } };
    case 'invalid_format':
      return { key: 'plan.fieldErrors.key' };
    default:
      return { key: 'plan.fieldErrors.invalid' };
  }
}
