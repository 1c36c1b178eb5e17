/**
 * Rubrics: the built-in templates, every version in this store, and the one version open in the
 * detail screen. Every write reloads the list and the open version, so badges, counts and the
 * history never show a state the main process no longer holds.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, Output } from '../../shared/contract/contract';
import type { RubricDraftContent, RubricSummary, RubricVersion } from '../../shared/rubric/rubric';
import type { RubricTemplateSummary } from '../../shared/rubric/rubric-views';
import type { LoadStatus } from './selection-store';

/** One version with its journal history and the formasi that use it. */
export type RubricDetail = Output<'rubric:get'>;

/** What importing a rubric file did. */
export type RubricImportResult = Output<'rubric:import'>;

/** The state and actions of the rubric store. */
export interface RubricState {
  templates: RubricTemplateSummary[];
  rubrics: RubricSummary[];
  status: LoadStatus;
  error: unknown;
  detail: { id: string | null; status: LoadStatus; data: RubricDetail | null; error: unknown };
  load(): Promise<void>;
  openDetail(id: string): Promise<void>;
  fromTemplate(templateId: string, mode: 'use' | 'copy'): Promise<RubricVersion>;
  create(content: RubricDraftContent): Promise<RubricVersion>;
  duplicate(id: string): Promise<RubricVersion>;
  newVersion(id: string): Promise<RubricVersion>;
  saveDraft(id: string, content: RubricDraftContent): Promise<RubricVersion>;
  publish(id: string): Promise<RubricVersion>;
  retire(id: string): Promise<RubricVersion>;
  deleteDraft(id: string): Promise<void>;
  exportFile(id: string): Promise<Output<'rubric:export'>>;
  importFile(fileName: string, text: string): Promise<RubricImportResult>;
}

/** A store of rubrics over `api`. */
export function createRubricStore(api: Api): StoreApi<RubricState> {
  let detailRequest = 0;

  return createStore<RubricState>()((set, get) => {
    // After a write: the list always, the open version when it is the one written or its source.
    const afterWrite = async (rubric: RubricVersion | null, reopen: boolean) => {
      const open = get().detail.id;
      await Promise.all([
        get().load(),
        reopen && open !== null ? get().openDetail(open) : Promise.resolve(),
      ]);
      return rubric;
    };
    const written = async (rubric: RubricVersion, sourceId: string | null = null) => {
      const open = get().detail.id;
      await afterWrite(rubric, open === rubric.id || (sourceId !== null && open === sourceId));
      return rubric;
    };

    return {
      templates: [],
      rubrics: [],
      status: 'idle',
      error: null,
      detail: { id: null, status: 'idle', data: null, error: null },

      async load() {
        if (get().status !== 'ready') set({ status: 'loading', error: null });
        try {
          const [templates, rubrics] = await Promise.all([
            api['rubric:templates']({}),
            api['rubric:list']({ includeRetired: true }),
          ]);
          set({ templates, rubrics, status: 'ready', error: null });
        } catch (error) {
          set({ status: 'error', error });
        }
      },

      async openDetail(id) {
        const request = ++detailRequest;
        const keep = get().detail.id === id ? get().detail.data : null;
        set({ detail: { id, status: 'loading', data: keep, error: null } });
        try {
          const data = await api['rubric:get']({ id });
          if (request === detailRequest)
            set({ detail: { id, status: 'ready', data, error: null } });
        } catch (error) {
          if (request === detailRequest)
            set({ detail: { id, status: 'error', data: null, error } });
        }
      },

      async fromTemplate(templateId, mode) {
        return written(await api['rubric:fromTemplate']({ templateId, mode }));
      },
      async create(content) {
        return written(await api['rubric:create']({ content }));
      },
      async duplicate(id) {
        return written(await api['rubric:duplicate']({ id }), id);
      },
      async newVersion(id) {
        // The source's history gains an entry too, so it is reloaded when open.
        return written(await api['rubric:newVersion']({ id }), id);
      },
      async saveDraft(id, content) {
        return written(await api['rubric:saveDraft']({ id, content }));
      },
      async publish(id) {
        return written(await api['rubric:publish']({ id }));
      },
      async retire(id) {
        return written(await api['rubric:retire']({ id }));
      },
      async deleteDraft(id) {
        await api['rubric:deleteDraft']({ id });
        if (get().detail.id === id) {
          set({ detail: { id: null, status: 'idle', data: null, error: null } });
        }
        await afterWrite(null, false);
      },
      exportFile(id) {
        // Reading only: an export writes nothing, so nothing needs reloading.
        return api['rubric:export']({ id });
      },
      async importFile(fileName, text) {
        const result = await api['rubric:import']({ fileName, text });
        await afterWrite(result.rubric, false);
        return result;
      },
    };
  });
}
