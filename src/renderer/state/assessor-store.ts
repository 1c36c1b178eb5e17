/**
 * The assessors (penguji) of a selection and the conflicts of interest declared in it, as the
 * main process reports them. Every write goes through the main process, which checks the PIN,
 * the roles and the lock-out; this store only refreshes what the screen shows afterwards.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ConflictView, IntegrityStatementView } from '../../shared/contract/assessor-contract';
import type { Api, CandidateRow, Input } from '../../shared/contract/contract';
import type { Assessor, AssessorFields, Conflict } from '../../shared/domain/assessor';
import type { LoadStatus } from './selection-store';

/** What a conflict declaration needs besides the assessor. */
export type ConflictDeclaration = Omit<Input<'conflict:declare'>, 'assessorId' | 'pin'>;

/** The state and actions of the assessor store. */
export interface AssessorState {
  /** Assessors per selection id, by name, loaded on demand. */
  assessors: Record<string, Assessor[]>;
  /** Conflicts per selection id, newest first. */
  conflicts: Record<string, ConflictView[]>;
  status: Record<string, LoadStatus>;
  error: Record<string, unknown>;
  /** The integrity statement in force, fetched once. */
  statement: IntegrityStatementView | null;
  load(selectionId: string): Promise<void>;
  loadStatement(): Promise<IntegrityStatementView>;
  enrol(selectionId: string, fields: AssessorFields, pin: string): Promise<Assessor>;
  acceptIntegrity(selectionId: string, assessorId: string, pin: string): Promise<Assessor>;
  declareConflict(
    selectionId: string,
    assessorId: string,
    pin: string,
    declaration: ConflictDeclaration,
  ): Promise<Conflict>;
  resetPin(
    selectionId: string,
    input: { chairId: string; chairPin: string; assessorId: string; newPin: string },
  ): Promise<Assessor>;
  /** The first candidates of the selection matching `query`, for choosing one in a dialog. */
  searchCandidates(selectionId: string, query: string): Promise<CandidateRow[]>;
}

/** How many candidates a conflict dialog offers at once. */
export const CANDIDATE_CHOICES = 8;

/** A store of assessors and conflicts over `api`. */
export function createAssessorStore(api: Api): StoreApi<AssessorState> {
  return createStore<AssessorState>()((set, get) => {
    // A refusal (wrong PIN, lock-out) changes the lock-out state too: reload after every write.
    const refreshAfter = async <T>(selectionId: string, write: Promise<T>): Promise<T> => {
      try {
        return await write;
      } finally {
        await get().load(selectionId);
      }
    };

    return {
      assessors: {},
      conflicts: {},
      status: {},
      error: {},
      statement: null,

      async load(selectionId) {
        if (get().status[selectionId] !== 'ready') {
          set({ status: { ...get().status, [selectionId]: 'loading' } });
        }
        try {
          const [assessors, conflicts] = await Promise.all([
            api['assessor:list']({ selectionId }),
            api['conflict:list']({ selectionId }),
          ]);
          set({
            assessors: { ...get().assessors, [selectionId]: assessors },
            conflicts: { ...get().conflicts, [selectionId]: conflicts },
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

      async loadStatement() {
        const known = get().statement;
        if (known) return known;
        const statement = await api['assessor:statement']({});
        set({ statement });
        return statement;
      },

      enrol(selectionId, fields, pin) {
        return refreshAfter(selectionId, api['assessor:enrol']({ selectionId, fields, pin }));
      },

      acceptIntegrity(selectionId, assessorId, pin) {
        return refreshAfter(selectionId, api['assessor:acceptIntegrity']({ assessorId, pin }));
      },

      declareConflict(selectionId, assessorId, pin, declaration) {
        return refreshAfter(
          selectionId,
          api['conflict:declare']({ assessorId, pin, ...declaration }),
        );
      },

      resetPin(selectionId, input) {
        return refreshAfter(selectionId, api['assessor:resetPin'](input));
      },

      async searchCandidates(selectionId, query) {
        const page = await api['candidates:search']({
          selectionId,
          query,
          sort: 'nomorPeserta',
          limit: CANDIDATE_CHOICES,
        });
        return page.rows;
      },
    };
  });
}
