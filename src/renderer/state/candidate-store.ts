/**
 * The candidate list of the active selection: search text, filters, sort, and the pages fetched
 * so far. Pages of {@link PAGE_SIZE} are fetched only when the virtual list scrolls to them, so
 * 20,000 candidates never travel at once.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, CandidateRow, CandidateSort, Output } from '../../shared/contract/contract';
import type { Gender } from '../../shared/domain/candidate';
import type { LoadStatus } from './selection-store';

/** Rows fetched per request. */
export const PAGE_SIZE = 200;

/** What the list is narrowed and ordered by. */
export interface CandidateFilters {
  query: string;
  formasiId: string | null;
  jenisKelamin: Gender | null;
  sort: CandidateSort;
}

/** The default filters: everything, by name. */
export const NO_FILTERS: CandidateFilters = {
  query: '',
  formasiId: null,
  jenisKelamin: null,
  sort: 'nama',
};

/** One candidate with its journal history, as shown in the detail pane. */
export type CandidateDetail = Output<'candidates:get'>;

/** The state and actions of the candidate store. */
export interface CandidateState {
  selectionId: string | null;
  filters: CandidateFilters;
  /** Bumped by every new search; answers to an older search are dropped. */
  generation: number;
  /** The search whose rows are shown (lags `generation` until its first page arrives). */
  shownGeneration: number;
  total: number | null;
  pages: Record<number, CandidateRow[]>;
  status: LoadStatus;
  error: unknown;
  detail: { id: string | null; status: LoadStatus; data: CandidateDetail | null; error: unknown };
  setSelection(selectionId: string | null): void;
  setFilters(patch: Partial<CandidateFilters>): void;
  refresh(): void;
  ensureRange(firstIndex: number, lastIndex: number): void;
  openDetail(id: string): Promise<void>;
}

/** The row at `index` of the shown search, or undefined while its page is loading. */
export function rowAt(
  state: Pick<CandidateState, 'pages'>,
  index: number,
): CandidateRow | undefined {
  return state.pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
}

/** A store of the candidate list over `api`. */
export function createCandidateStore(api: Api): StoreApi<CandidateState> {
  const pending = new Set<string>();
  let detailRequest = 0;

  return createStore<CandidateState>()((set, get) => {
    const fetchPage = async (generation: number, page: number) => {
      const key = `${generation}:${page}`;
      const { selectionId, filters } = get();
      if (selectionId === null || pending.has(key)) return;
      pending.add(key);
      try {
        const result = await api['candidates:search']({
          selectionId,
          query: filters.query.trim().slice(0, 100),
          formasiId: filters.formasiId,
          jenisKelamin: filters.jenisKelamin,
          sort: filters.sort,
          offset: page * PAGE_SIZE,
          limit: PAGE_SIZE,
        });
        if (get().generation !== generation) return;
        if (page === 0) {
          // The old rows stay on screen until this moment, so typing never flashes an empty list.
          set({
            total: result.total,
            pages: { 0: result.rows },
            shownGeneration: generation,
            status: 'ready',
            error: null,
          });
        } else {
          set({ total: result.total, pages: { ...get().pages, [page]: result.rows } });
        }
      } catch (error) {
        if (get().generation === generation) set({ status: 'error', error });
      } finally {
        pending.delete(key);
      }
    };

    const refresh = () => {
      const generation = get().generation + 1;
      set({ generation, status: get().status === 'ready' ? 'ready' : 'loading', error: null });
      void fetchPage(generation, 0);
    };

    return {
      selectionId: null,
      filters: NO_FILTERS,
      generation: 0,
      shownGeneration: 0,
      total: null,
      pages: {},
      status: 'idle',
      error: null,
      detail: { id: null, status: 'idle', data: null, error: null },

      setSelection(selectionId) {
        if (selectionId === get().selectionId) return;
        // Filters name formasi of one selection; they mean nothing in another.
        set({ selectionId, filters: NO_FILTERS, total: null, pages: {}, status: 'loading' });
        if (selectionId === null) set({ status: 'idle' });
        else refresh();
      },

      setFilters(patch) {
        set({ filters: { ...get().filters, ...patch } });
        refresh();
      },

      refresh,

      ensureRange(firstIndex, lastIndex) {
        const { generation, shownGeneration, pages } = get();
        // Until the first page of a new search arrives, the indices refer to the old one.
        if (shownGeneration !== generation) return;
        const first = Math.max(0, Math.floor(firstIndex / PAGE_SIZE));
        const last = Math.floor(Math.max(firstIndex, lastIndex) / PAGE_SIZE);
        for (let page = first; page <= last; page += 1) {
          if (!pages[page]) void fetchPage(generation, page);
        }
      },

      async openDetail(id) {
        const request = ++detailRequest;
        set({
          detail: {
            id,
            status: 'loading',
            data: get().detail.id === id ? get().detail.data : null,
            error: null,
          },
        });
        try {
          const data = await api['candidates:get']({ id });
          if (request === detailRequest)
            set({ detail: { id, status: 'ready', data, error: null } });
        } catch (error) {
          if (request === detailRequest)
            set({ detail: { id, status: 'error', data: null, error } });
        }
      },
    };
  });
}
