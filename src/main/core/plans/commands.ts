/** Writes of scoring plans, each one journal entry (a copy: one entry per target, all or none). */
import { AppError } from '../../../shared/errors';
import type { ScoringPlan } from '../../../shared/plan/plan';
import type { FormasiPlanView } from '../../../shared/plan/plan-view';
import { getFormasi } from '../formasi/queries';
import { record, type WriteContext } from '../journal/record';
import { findPlan, getPlanView } from './queries';

/**
 * Saves a formasi's plan. A plan with errors (checkPlan) is refused with `plan.invalid` and the
 * errors as details; warnings never block. Once the plan is locked, `reason` is required.
 */
export function setPlan(
  context: WriteContext,
  formasiId: string,
  plan: ScoringPlan,
  reason: string | null,
): FormasiPlanView {
  getFormasi(context.db, formasiId);
  // The applier runs the checks (errors, lock) so that a replayed journal obeys them as well.
  record(context, 'plan.set', { formasiId, plan, reason });
  return getPlanView(context.db, formasiId);
}

/**
 * Locks a formasi's plan: from now on every change needs a written reason, kept in the journal.
 * For now the committee locks explicitly, e.g. once the test types and weights are announced
 * (PermenPANRB 6/2024 Ps. 22 requires announcing them). When score sheets arrive, submitting the
 * first sheet of a formasi will lock its plan as well.
 */
export function lockPlan(context: WriteContext, formasiId: string, note: string): FormasiPlanView {
  getFormasi(context.db, formasiId);
  record(context, 'plan.locked', { formasiId, note });
  return getPlanView(context.db, formasiId);
}

/**
 * Gives every target formasi the plan of `fromFormasiId`, in one transaction: if any target
 * refuses (e.g. it is locked and no reason was given), no target changes.
 */
export function copyPlan(
  context: WriteContext,
  fromFormasiId: string,
  toFormasiIds: readonly string[],
  reason: string | null,
): FormasiPlanView[] {
  const { db } = context;
  getFormasi(db, fromFormasiId);
  const source = findPlan(db, fromFormasiId);
  if (!source) throw new AppError('plan.notFound');
  const targets = [...new Set(toFormasiIds)].filter((id) => id !== fromFormasiId);
  for (const id of targets) getFormasi(db, id);
  db.transaction(() => {
    for (const formasiId of targets) {
      record(context, 'plan.set', { formasiId, plan: source.plan, reason });
    }
  })();
  return targets.map((id) => getPlanView(db, id));
}
