/** Selections and their formasi, and which selection is active (remembered across restarts). */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/contract/contract';
import type {
  Formasi,
  FormasiFields,
  Selection,
  SelectionFields,
} from '../../shared/domain/selection';

/** localStorage key of the active selection id. */
export const ACTIVE_SELECTION_KEY = 'panitia.activeSelection';

/** Loading state of something fetched. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The state and actions of the selection store. */
export interface SelectionState {
  selections: Selection[];
  status: LoadStatus;
  error: unknown;
  activeId: string | null;
  /** Formasi per selection id, loaded on demand. */
  formasi: Record<string, Formasi[]>;
  formasiStatus: Record<string, LoadStatus>;
  formasiError: Record<string, unknown>;
  load(): Promise<void>;
  create(fields: SelectionFields): Promise<Selection>;
  update(id: string, fields: SelectionFields): Promise<Selection>;
  setActive(id: string | null): void;
  loadFormasi(selectionId: string): Promise<void>;
  createFormasi(selectionId: string, fields: FormasiFields): Promise<Formasi>;
  updateFormasi(formasi: Formasi, fields: FormasiFields): Promise<Formasi>;
  deleteFormasi(formasi: Formasi): Promise<void>;
}

/** A store of selections over `api`; the active id is kept in `storage`. */
export function createSelectionStore(
  api: Api,
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null,
): StoreApi<SelectionState> {
  return createStore<SelectionState>()((set, get) => {
    const setActive = (id: string | null) => {
      if (id === null) storage?.removeItem(ACTIVE_SELECTION_KEY);
      else storage?.setItem(ACTIVE_SELECTION_KEY, id);
      set({ activeId: id });
    };
    const replaceSelection = (selection: Selection) =>
      set({
        selections: get().selections.some((s) => s.id === selection.id)
          ? get().selections.map((s) => (s.id === selection.id ? selection : s))
          : [...get().selections, selection],
      });
    // Counts (formasi, candidates) live on the selection, so a formasi change refreshes both.
    const afterFormasiChange = async (selectionId: string) => {
      await Promise.all([get().loadFormasi(selectionId), get().load()]);
    };

    return {
      selections: [],
      status: 'idle',
      error: null,
      activeId: storage?.getItem(ACTIVE_SELECTION_KEY) ?? null,
      formasi: {},
      formasiStatus: {},
      formasiError: {},

      async load() {
        if (get().status !== 'ready') set({ status: 'loading', error: null });
        try {
          const selections = await api['selection:list']({});
          set({ selections, status: 'ready', error: null });
          // A remembered selection that no longer exists (another data folder) is forgotten.
          const active = get().activeId;
          if (active !== null && !selections.some((s) => s.id === active)) setActive(null);
        } catch (error) {
          set({ status: 'error', error });
        }
      },

      async create(fields) {
        const selection = await api['selection:create'](fields);
        replaceSelection(selection);
        setActive(selection.id);
        return selection;
      },

      async update(id, fields) {
        const selection = await api['selection:update']({ id, ...fields });
        replaceSelection(selection);
        return selection;
      },

      setActive,

      async loadFormasi(selectionId) {
        if (get().formasiStatus[selectionId] !== 'ready') {
          set({ formasiStatus: { ...get().formasiStatus, [selectionId]: 'loading' } });
        }
        try {
          const list = await api['formasi:list']({ selectionId });
          set({
            formasi: { ...get().formasi, [selectionId]: list },
            formasiStatus: { ...get().formasiStatus, [selectionId]: 'ready' },
            formasiError: { ...get().formasiError, [selectionId]: null },
          });
        } catch (error) {
          set({
            formasiStatus: { ...get().formasiStatus, [selectionId]: 'error' },
            formasiError: { ...get().formasiError, [selectionId]: error },
          });
        }
      },

      async createFormasi(selectionId, fields) {
        const formasi = await api['formasi:create']({ selectionId, ...fields });
        await afterFormasiChange(selectionId);
        return formasi;
      },

      async updateFormasi(formasi, fields) {
        const updated = await api['formasi:update']({ id: formasi.id, ...fields });
        await afterFormasiChange(formasi.selectionId);
        return updated;
      },

      async deleteFormasi(formasi) {
        await api['formasi:delete']({ id: formasi.id });
        await afterFormasiChange(formasi.selectionId);
      },
    };
  });
}
