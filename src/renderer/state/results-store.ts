/**
 * The results screen: the ranking per formasi, flags, counted sheets and rater calibration of
 * the active selection, read with one `results:compute` call (computed fresh in the main process).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/contract/contract';
import type { ResultsView } from '../../shared/results/results-view';
import type { LoadStatus } from './selection-store';

/** The state and actions of the results store. */
export interface ResultsState {
  /** The selection the view belongs to. */
  selectionId: string | null;
  view: ResultsView | null;
  status: LoadStatus;
  error: unknown;
  /** Computes the results of `selectionId`. */
  load(selectionId: string): Promise<void>;
}

/** A store of computed results over `api`. */
export function createResultsStore(api: Api): StoreApi<ResultsState> {
  return createStore<ResultsState>()((set, get) => ({
    selectionId: null,
    view: null,
    status: 'idle',
    error: null,
    load: async (selectionId) => {
      if (get().selectionId !== selectionId) set({ selectionId, view: null });
      set({ status: 'loading', error: null });
      try {
        const view = await api['results:compute']({ selectionId });
        // A switch to another selection meanwhile makes this answer stale.
        if (get().selectionId !== selectionId) return;
        set({ view, status: 'ready' });
      } catch (error) {
        if (get().selectionId !== selectionId) return;
        set({ status: 'error', error });
      }
    },
  }));
}
