/** The plan component a session assesses: it must exist in the formasi's plan and use a rubric. */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { PlanComponent } from '../../../shared/plan/plan';
import { findPlanShared } from '../plans/queries';

/** A plan component scored in person on a rubric. */
export type RubricComponent = PlanComponent & {
  source: Extract<PlanComponent['source'], { type: 'rubric' }>;
};

/** The component, or null when the plan lacks it or does not score it on a rubric. */
export function findRubricComponent(
  db: Database,
  formasiId: string,
  componentKey: string,
): RubricComponent | null {
  // Read only: the shared, frozen plan, not a copy of it per session read.
  const component = findPlanShared(db, formasiId)?.plan.components.find(
    (c) => c.key === componentKey,
  );
  return component?.source.type === 'rubric' ? (component as RubricComponent) : null;
}

/** The component; throws `session.componentNotScored`: only rubric components have sessions. */
export function getRubricComponent(
  db: Database,
  formasiId: string,
  componentKey: string,
): RubricComponent {
  const component = findRubricComponent(db, formasiId, componentKey);
  if (!component) throw new AppError('session.componentNotScored', { component: componentKey });
  return component;
}

/**
 * The minimum panel size of the component, read from the plan now (the plan may change until it
 * is locked), or null when the plan no longer has the component.
 */
export function minAssessorsOf(db: Database, formasiId: string, componentKey: string) {
  return findRubricComponent(db, formasiId, componentKey)?.source.minAssessors ?? null;
}
