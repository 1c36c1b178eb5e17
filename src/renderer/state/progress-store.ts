/**
 * The chair's dashboard: the progress counts of every session of the active selection, refreshed
 * with one call, and the list of sheets a session still owes, fetched when its row is opened.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/contract/contract';
import type { MissingSheet } from '../../shared/contract/progress-contract';
import type { SessionProgress } from '../../shared/contract/scoring-contract';
import type { LoadStatus } from './selection-store';

/** The state and actions of the progress store. */
export interface ProgressState {
  /** The selection the rows belong to. */
  selectionId: string | null;
  rows: SessionProgress[];
  status: LoadStatus;
  error: unknown;
  /** When the rows were last read from the main process (ISO), or null before the first read. */
  updatedAt: string | null;
  /** Owed sheets per session id, loaded when a row is opened. */
  missing: Record<string, MissingSheet[]>;
  missingStatus: Record<string, LoadStatus>;
  missingError: Record<string, unknown>;
  /** Reads the progress of `selectionId`; a read already under way for it is not repeated. */
  load(selectionId: string): Promise<void>;
  /** Reads the sheets session `sessionId` still owes. */
  loadMissing(sessionId: string): Promise<void>;
}

/** A store of dashboard progress over `api`; `now` stamps each refresh. */
export function createProgressStore(
  api: Api,
  now: () => Date = () => new Date(),
): StoreApi<ProgressState> {
  return createStore<ProgressState>()((set, get) => {
    // The refresh timer and the focus event may fire together: one call in flight is enough.
    let inFlight: { selectionId: string; promise: Promise<void> } | null = null;

    const read = async (selectionId: string) => {
      if (get().selectionId !== selectionId) {
        set({ selectionId, rows: [], status: 'loading', error: null, updatedAt: null });
      } else if (get().status !== 'ready') {
        set({ status: 'loading' });
      }
      try {
        const rows = await api['scoring:progress']({ selectionId });
        // A switch to another selection meanwhile makes this answer stale.
        if (get().selectionId !== selectionId) return;
        set({
          rows,
          status: 'ready',
          error: null,
          updatedAt: now().toISOString(),
        });
      } catch (error) {
        if (get().selectionId !== selectionId) return;
        set({ status: 'error', error });
      }
    };

    return {
      selectionId: null,
      rows: [],
      status: 'idle',
      error: null,
      updatedAt: null,
      missing: {},
      missingStatus: {},
      missingError: {},

      load(selectionId) {
        if (inFlight?.selectionId === selectionId) return inFlight.promise;
        const promise = read(selectionId).finally(() => {
          if (inFlight?.promise === promise) inFlight = null;
        });
        inFlight = { selectionId, promise };
        return promise;
      },

      async loadMissing(sessionId) {
        if (get().missingStatus[sessionId] !== 'ready') {
          set({ missingStatus: { ...get().missingStatus, [sessionId]: 'loading' } });
        }
        try {
          const list = await api['scoring:missing']({ sessionId });
          set({
            missing: { ...get().missing, [sessionId]: list },
            missingStatus: { ...get().missingStatus, [sessionId]: 'ready' },
            missingError: { ...get().missingError, [sessionId]: null },
          });
        } catch (error) {
          set({
            missingStatus: { ...get().missingStatus, [sessionId]: 'error' },
            missingError: { ...get().missingError, [sessionId]: error },
          });
        }
      },
    };
  });
}
