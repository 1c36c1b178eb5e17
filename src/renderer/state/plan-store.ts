/**
 * The scoring plans (skema penilaian) of a selection's formasi, as the main process checks them:
 * the plan, its lock, and the errors and warnings it has now.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/contract/contract';
import type { ScoringPlan } from '../../shared/plan/plan';
import type { FormasiPlanView } from '../../shared/plan/plan-view';
import type { LoadStatus } from './selection-store';

/** The state and actions of the plan store. */
export interface PlanState {
  /** Plan views per selection id, one per formasi, loaded on demand. */
  plans: Record<string, FormasiPlanView[]>;
  status: Record<string, LoadStatus>;
  error: Record<string, unknown>;
  load(selectionId: string): Promise<void>;
  save(
    selectionId: string,
    formasiId: string,
    plan: ScoringPlan,
    reason: string | null,
  ): Promise<FormasiPlanView>;
  lock(selectionId: string, formasiId: string, note: string): Promise<FormasiPlanView>;
  copy(
    selectionId: string,
    fromFormasiId: string,
    toFormasiIds: string[],
    reason: string | null,
  ): Promise<FormasiPlanView[]>;
}

/** A store of plans over `api`; `onChanged` refreshes what shows where rubrics are used. */
export function createPlanStore(api: Api, onChanged: () => void): StoreApi<PlanState> {
  return createStore<PlanState>()((set, get) => {
    const replace = (selectionId: string, views: FormasiPlanView[]) => {
      const byId = new Map(views.map((view) => [view.formasiId, view]));
      const current = get().plans[selectionId] ?? [];
      set({
        plans: {
          ...get().plans,
          [selectionId]: current.map((view) => byId.get(view.formasiId) ?? view),
        },
      });
      onChanged();
    };

    return {
      plans: {},
      status: {},
      error: {},

      async load(selectionId) {
        if (get().status[selectionId] !== 'ready') {
          set({ status: { ...get().status, [selectionId]: 'loading' } });
        }
        try {
          const views = await api['plan:list']({ selectionId });
          set({
            plans: { ...get().plans, [selectionId]: views },
            status: { ...get().status, [selectionId]: 'ready' },
            error: { ...get().error, [selectionId]: null },
          });
        } catch (error) {
          set({
            status: { ...get().status, [selectionId]: 'error' },
            error: { ...get().error, [selectionId]: error },
          });
        }
      },

      async save(selectionId, formasiId, plan, reason) {
        const view = await api['plan:set']({ formasiId, plan, reason });
        replace(selectionId, [view]);
        return view;
      },

      async lock(selectionId, formasiId, note) {
        const view = await api['plan:lock']({ formasiId, note });
        replace(selectionId, [view]);
        return view;
      },

      async copy(selectionId, fromFormasiId, toFormasiIds, reason) {
        const views = await api['plan:copy']({ fromFormasiId, toFormasiIds, reason });
        replace(selectionId, views);
        return views;
      },
    };
  });
}
