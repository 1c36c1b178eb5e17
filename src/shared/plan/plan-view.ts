/** A formasi's scoring plan as the screens see it: the plan, its lock and what the checker says. */
import { z } from 'zod';
import { Id } from '../domain/selection';
import { ScoringPlan } from './plan';

/** A plan problem on the wire; codes are those of check-plan.ts. */
export const PlanProblemWire = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** One formasi's plan, or `plan: null` when none has been saved yet. */
export const FormasiPlanView = z.object({
  formasiId: Id,
  formasiCode: z.string(),
  jabatan: z.string(),
  plan: ScoringPlan.nullable(),
  updatedAt: z.string().nullable(),
  lockedAt: z.string().nullable(),
  lockNote: z.string().nullable(),
  errors: z.array(PlanProblemWire),
  warnings: z.array(PlanProblemWire),
});
export type FormasiPlanView = z.infer<typeof FormasiPlanView>;
