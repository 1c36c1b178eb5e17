/**
 * The candidate import flow: read the file, check it (nothing written), then import all rows or,
 * when the user confirms, the valid rows only.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/contract/contract';
import type { ImportReport } from '../../shared/domain/import-report';
import { fileToBase64 } from './file-to-base64';

/** Where the flow is. */
export type ImportStage = 'idle' | 'reading' | 'checking' | 'checked' | 'importing' | 'done';

/** The state and actions of the import store. */
export interface ImportState {
  stage: ImportStage;
  /** The selection the file is checked against (its formasi codes decide what is valid). */
  selectionId: string | null;
  /** 0–1 while reading the file. */
  readProgress: number;
  file: { name: string; size: number } | null;
  /** The result of the check. */
  report: ImportReport | null;
  /** The result of the import itself. */
  result: ImportReport | null;
  error: unknown;
  check(selectionId: string, file: File): Promise<void>;
  importRows(selectionId: string, mode: 'all-or-nothing' | 'skip-invalid'): Promise<void>;
  reset(): void;
}

/** A store of the import flow over `api`; `onImported` refreshes whatever shows candidates. */
export function createImportStore(
  api: Api,
  onImported: (selectionId: string, report: ImportReport) => void,
): StoreApi<ImportState> {
  // The base64 content stays out of the state: nothing renders it, and it may be 40 MB.
  let content: string | null = null;
  // A reset (or a new file) while a call is in flight makes its answer stale.
  let run = 0;

  const initial = {
    stage: 'idle' as const,
    selectionId: null,
    readProgress: 0,
    file: null,
    report: null,
    result: null,
    error: null,
  };

  return createStore<ImportState>()((set, get) => ({
    ...initial,

    async check(selectionId, file) {
      const mine = ++run;
      content = null;
      set({
        ...initial,
        stage: 'reading',
        selectionId,
        file: { name: file.name, size: file.size },
      });
      try {
        const base64 = await fileToBase64(file, (readProgress) => {
          if (mine === run) set({ readProgress });
        });
        if (mine !== run) return;
        content = base64;
        set({ stage: 'checking', readProgress: 1 });
        const report = await api['candidates:import']({
          selectionId,
          fileName: file.name,
          contentBase64: base64,
          mode: 'check',
        });
        if (mine === run) set({ stage: 'checked', report });
      } catch (error) {
        if (mine === run) set({ stage: 'idle', error });
      }
    },

    async importRows(selectionId, mode) {
      const { file, stage, report } = get();
      if (stage !== 'checked' || !file || content === null) return;
      const mine = ++run;
      set({ stage: 'importing', error: null });
      try {
        const result = await api['candidates:import']({
          selectionId,
          fileName: file.name,
          contentBase64: content,
          mode,
          // Import exactly the bytes that were checked and shown to the secretary.
          expectedSha256: report?.fileSha256 ?? null,
        });
        if (mine !== run) return;
        content = null;
        set({ stage: 'done', result });
        onImported(selectionId, result);
      } catch (error) {
        // The check stays on screen, so the user can read the error next to the rows it names.
        if (mine === run) set({ stage: 'checked', error });
      }
    },

    reset() {
      run += 1;
      content = null;
      set(initial);
    },
  }));
}
