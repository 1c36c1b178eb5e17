/** Reads of scoring plans, with what the checker says about them now. */
import type { Database } from 'better-sqlite3';
import { deepFreeze } from '../../../shared/deep-freeze';
import { AppError } from '../../../shared/errors';
import { checkPlan, type RubricRef } from '../../../shared/plan/check-plan';
import { ScoringPlan } from '../../../shared/plan/plan';
import type { FormasiPlanView } from '../../../shared/plan/plan-view';
import { rubricRefs } from '../rubrics/queries';
import { getSelection } from '../selections/queries';

/** A stored plan and its lock. */
export interface StoredPlan {
  plan: ScoringPlan;
  updatedAt: string;
  lockedAt: string | null;
  lockNote: string | null;
}

const PLAN_COLUMNS = `p.plan_json AS planJson, p.updated_at AS updatedAt, p.locked_at AS lockedAt,
  p.lock_note AS lockNote`;

type PlanRow = Omit<StoredPlan, 'plan'> & { planJson: string };
type ViewRow = { formasiId: string; formasiCode: string; jabatan: string } & (
  PlanRow | { planJson: null; updatedAt: null; lockedAt: null; lockNote: null }
);

const VIEW_SELECT = `SELECT f.id AS formasiId, f.code AS formasiCode, f.jabatan, ${PLAN_COLUMNS}
  FROM formasi f LEFT JOIN formasi_plans p ON p.formasi_id = f.id`;

/** The plan of a formasi, or null when none has been saved. */
export function findPlan(db: Database, formasiId: string): StoredPlan | null {
  return readPlan(db, formasiId, false);
}

/**
 * The plan of a formasi, or null; the plan is the cached one, frozen and shared, not a copy: for
 * readers that never change it (every session and sheet read looks its component up).
 */
export function findPlanShared(db: Database, formasiId: string): StoredPlan | null {
  return readPlan(db, formasiId, true);
}

function readPlan(db: Database, formasiId: string, shared: boolean): StoredPlan | null {
  const row = db
    .prepare(`SELECT ${PLAN_COLUMNS} FROM formasi_plans p WHERE p.formasi_id = ?`)
    .get(formasiId) as PlanRow | undefined;
  if (!row) return null;
  const { planJson, ...rest } = row;
  return { ...rest, plan: parsePlan(planJson, shared) };
}

/** One formasi's plan view; throws `formasi.notFound`. */
export function getPlanView(db: Database, formasiId: string): FormasiPlanView {
  const row = db.prepare(`${VIEW_SELECT} WHERE f.id = ?`).get(formasiId) as ViewRow | undefined;
  if (!row) throw new AppError('formasi.notFound');
  return toView(row, rubricRefs(db));
}

/** The plan view of every formasi of a selection, by code, including those without a plan. */
export function listPlanViews(db: Database, selectionId: string): FormasiPlanView[] {
  getSelection(db, selectionId);
  const rows = db
    .prepare(`${VIEW_SELECT} WHERE f.selection_id = ? ORDER BY f.code_key`)
    .all(selectionId) as ViewRow[];
  const refs = rubricRefs(db);
  return rows.map((row) => toView(row, refs));
}

function toView(row: ViewRow, refs: ReadonlyMap<string, RubricRef>): FormasiPlanView {
  const { planJson, ...rest } = row;
  if (planJson === null) return { ...rest, plan: null, errors: [], warnings: [] };
  const plan = parsePlan(planJson);
  // Checked now, not when saved: the rubrics a plan points at can change status since.
  return { ...rest, plan, ...checkPlan(plan, refs) };
}

// Every session read consults its formasi's plan; a few parsed plans are kept by their text.
const parsedPlans = new Map<string, ScoringPlan>();

function parsePlan(json: string, shared = false): ScoringPlan {
  const known = parsedPlans.get(json);
  if (known) return shared ? known : structuredClone(known);
  // Stored as canonical JSON; the schema gives it back in its own readable key order.
  const plan = ScoringPlan.parse(JSON.parse(json));
  if (parsedPlans.size >= 64) parsedPlans.delete(parsedPlans.keys().next().value as string);
  parsedPlans.set(json, deepFreeze(plan));
  return shared ? plan : structuredClone(plan);
}
