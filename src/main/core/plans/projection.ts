/**
 * How plan entries change `formasi_plans` and `plan_rubrics`. The applier refuses a plan with
 * errors and a change of a locked plan without a reason, so a replayed journal keeps both rules.
 */
import type { Database } from 'better-sqlite3';
import { canonicalJson } from '../../../shared/canonical-json';
import { AppError } from '../../../shared/errors';
import { checkPlan } from '../../../shared/plan/check-plan';
import type { ScoringPlan } from '../../../shared/plan/plan';
import type { Appliers } from '../journal/apply';
import { referenceEntities } from '../journal/apply';
import { rubricRefs } from '../rubrics/queries';
import { ownDeviceId } from '../store/own-device';
import { findPlan } from './queries';

/** Appliers for `plan.*` entries. */
export const planAppliers: Appliers<'plan.set' | 'plan.locked'> = {
  'plan.set'(db, { formasiId, plan, reason }, entry) {
    requireFormasi(db, formasiId);
    const current = findPlan(db, formasiId);
    if (current?.lockedAt && reason === null) throw new AppError('plan.lockedNeedsReason');
    // Errors block saving (a component without a published rubric, weights that do not add up);
    // warnings only name a preset rule and are the committee's call.
    const { errors } = checkPlan(plan, rubricRefs(db));
    if (errors.length > 0) throw new AppError('plan.invalid', { count: errors.length }, errors);
    db.prepare(
      `INSERT INTO formasi_plans (formasi_id, plan_json, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (formasi_id) DO UPDATE SET plan_json = excluded.plan_json,
         updated_at = excluded.updated_at`,
    ).run(formasiId, canonicalJson(plan), entry.ts);
    indexRubrics(db, formasiId, plan);
    referenceEntities(db, entry, [formasiId]);
  },
  'plan.locked'(db, { formasiId, note }, entry) {
    const current = findPlan(db, formasiId);
    if (!current) throw new AppError('plan.notFound');
    if (current.lockedAt) {
      // Two offices that score one formasi each lock its plan when their day starts; at the merge
      // the second lock of the same plan is the same fact again, not a conflict.
      if (entry.device !== ownDeviceId(db)) return;
      throw new AppError('plan.alreadyLocked', { lockedAt: current.lockedAt });
    }
    db.prepare('UPDATE formasi_plans SET locked_at = ?, lock_note = ? WHERE formasi_id = ?').run(
      entry.ts,
      note,
      formasiId,
    );
    referenceEntities(db, entry, [formasiId]);
  },
};

function requireFormasi(db: Database, formasiId: string): void {
  const found = db.prepare('SELECT 1 FROM formasi WHERE id = ?').get(formasiId);
  if (!found) throw new AppError('formasi.notFound');
}

/** Rewrites the formasi's rows of the rubric-use index from its plan. */
function indexRubrics(db: Database, formasiId: string, plan: ScoringPlan): void {
  db.prepare('DELETE FROM plan_rubrics WHERE formasi_id = ?').run(formasiId);
  const insert = db.prepare(
    `INSERT INTO plan_rubrics (formasi_id, component_key, component_label, rubric_version_id)
     VALUES (?, ?, ?, ?)`,
  );
  for (const { key, label, source } of plan.components) {
    if (source.type === 'rubric' && source.rubricVersionId !== null) {
      insert.run(formasiId, key, label, source.rubricVersionId);
    }
  }
}
