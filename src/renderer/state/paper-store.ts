/**
 * Double entry of paper sheets: the two operators' files of the same paper sheets and who typed
 * each, compared by the main process (nothing written), then the sheets on which both agree
 * imported, signed with operator B's PIN (docs/paper-sheets-import.md).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, Input } from '../../shared/contract/contract';
import { MAX_PAPER_FILE_BYTES } from '../../shared/contract/paper-contract';
import { PaperReport, type PaperSide } from '../../shared/domain/paper-report';
import { ApiError } from '../api/errors';
import { fileToBase64 } from './file-to-base64';

/** Where the flow is; `error` means the last check was refused as a whole. */
export type PaperStage = 'idle' | 'checking' | 'checked' | 'importing' | 'done' | 'error';

/** A chosen file as the screen shows it (its bytes stay out of the state). */
export interface ChosenFile {
  name: string;
  size: number;
}

/** The state and actions of the paper store. */
export interface PaperState {
  /** The selection whose assessors the operators are; another selection starts afresh. */
  selectionId: string | null;
  files: Record<PaperSide, ChosenFile | null>;
  operators: Record<PaperSide, string | null>;
  stage: PaperStage;
  /** The last check, or after an import the import's own report. */
  report: PaperReport | null;
  error: unknown;
  /** Starts afresh unless already working for `selectionId`. */
  forSelection(selectionId: string): void;
  chooseFile(side: PaperSide, file: File): void;
  /** Chooses who typed a file; B signs, so B may not be A (choosing A as B is ignored). */
  chooseOperator(side: PaperSide, assessorId: string | null): void;
  check(): Promise<void>;
  /**
   * Imports the agreed sheets of the last check: exactly the bytes and operators checked. A
   * refusal (a wrong PIN above all) is thrown for the PIN prompt to show, not kept in `error`.
   */
  importMatching(pin: string): Promise<void>;
  /** Clears the files and the report for another pair of files; the operators stay chosen. */
  reset(): void;
}

/** How many sheets an import of `report` would write. */
export function readyCount(report: PaperReport): number {
  return report.matched.filter((sheet) => sheet.status === 'siap').length;
}

const MEGABYTE = 1024 * 1024;

/** A store of the paper-sheet import over `api`. */
export function createPaperStore(api: Api): StoreApi<PaperState> {
  // The chosen files, read only when checked; the request checked, resent unchanged on import.
  const chosen: Record<PaperSide, File | null> = { A: null, B: null };
  let checked: Input<'paper:check'> | null = null;
  // A new choice (or a reset) while a call is in flight makes its answer stale.
  let run = 0;

  const noFiles = { A: null, B: null };
  const unchecked = { stage: 'idle' as const, report: null, error: null };

  // Any change to what is compared makes the shown comparison stale. Changes are ignored while
  // an import is in flight: its answer is the only account of what it wrote.
  const invalidate = () => {
    run += 1;
    checked = null;
    return unchecked;
  };

  return createStore<PaperState>()((set, get) => ({
    selectionId: null,
    files: noFiles,
    operators: { A: null, B: null },
    ...unchecked,

    forSelection(selectionId) {
      if (get().selectionId === selectionId) return;
      chosen.A = null;
      chosen.B = null;
      set({
        ...invalidate(),
        selectionId,
        files: noFiles,
        operators: { A: null, B: null },
      });
    },

    chooseFile(side, file) {
      if (get().stage === 'importing') return;
      const base = invalidate();
      if (file.size > MAX_PAPER_FILE_BYTES) {
        // Refused here: the contract would refuse it anyway, with a less helpful message.
        chosen[side] = null;
        const size = Math.round((file.size / MEGABYTE) * 10) / 10;
        const limit = MAX_PAPER_FILE_BYTES / MEGABYTE;
        set({
          ...base,
          files: { ...get().files, [side]: null },
          error: new ApiError({
            code: 'import.tooLarge',
            params: { size, limit },
            message: 'import.tooLarge',
          }),
        });
        return;
      }
      chosen[side] = file;
      set({ ...base, files: { ...get().files, [side]: { name: file.name, size: file.size } } });
    },

    chooseOperator(side, assessorId) {
      const { operators, stage } = get();
      if (stage === 'importing') return;
      if (side === 'B' && assessorId !== null && assessorId === operators.A) return;
      const next = { ...operators, [side]: assessorId };
      // A chosen as the current B: B has to be chosen again, as someone else.
      if (side === 'A' && assessorId !== null && assessorId === operators.B) next.B = null;
      set({ ...invalidate(), operators: next });
    },

    async check() {
      const { operators, stage } = get();
      const [fileA, fileB] = [chosen.A, chosen.B];
      if (stage === 'importing' || !fileA || !fileB || !operators.A || !operators.B) return;
      const mine = ++run;
      checked = null;
      set({ stage: 'checking', report: null, error: null });
      try {
        const request: Input<'paper:check'> = {
          fileA: { fileName: fileA.name, contentBase64: await fileToBase64(fileA) },
          fileB: { fileName: fileB.name, contentBase64: await fileToBase64(fileB) },
          operatorAId: operators.A,
          operatorBId: operators.B,
        };
        if (mine !== run) return;
        const report = await api['paper:check'](request);
        if (mine !== run) return;
        checked = request;
        set({ stage: 'checked', report });
      } catch (error) {
        if (mine === run) set({ stage: 'error', error });
      }
    },

    async importMatching(pin) {
      if (get().stage !== 'checked' || checked === null) return;
      const request = checked;
      const mine = ++run;
      set({ stage: 'importing', error: null });
      try {
        const report = await api['paper:import']({ ...request, pin });
        if (mine !== run) return;
        checked = null;
        set({ stage: 'done', report });
      } catch (error) {
        if (mine === run) {
          // A refusal of the rows carries the comparison as it stands now: show that one.
          const details = error instanceof ApiError ? PaperReport.safeParse(error.details) : null;
          set({ stage: 'checked', ...(details?.success ? { report: details.data } : {}) });
        }
        throw error;
      }
    },

    reset() {
      if (get().stage === 'importing') return;
      chosen.A = null;
      chosen.B = null;
      set({ ...invalidate(), files: noFiles });
    },
  }));
}
