/**
 * Score entry on a shared laptop: who is scoring (the sitting opened with their PIN, held only in
 * memory here, never in localStorage), their session and queue, and the sheet they are on, whose
 * draft is saved on every change with one save in flight at a time (the latest entry wins).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/contract/contract';
import type {
  QueueItem,
  ScoringSession,
  ScoringSheet,
} from '../../shared/contract/scoring-contract';
import type { Assessor } from '../../shared/domain/assessor';
import type { SheetEntry, SheetView } from '../../shared/domain/sheet';
import { ApiError } from '../api/errors';
import type { LoadStatus } from './selection-store';

/** The sitting the main process opened: its random id, who, and how long it may idle. */
export interface OpenSitting {
  sittingId: string;
  assessor: Assessor;
  idleMs: number;
}

/** Where the autosave of the open sheet stands. */
export interface SaveState {
  status: 'idle' | 'saving' | 'saved' | 'error';
  /** When the main process last stored the draft (its clock). */
  savedAt: string | null;
  error: unknown;
}

/** A submitted sheet being amended: which version it replaces. */
export interface Amending {
  sheetId: string;
}

/** The state and actions of the scoring store. */
export interface ScoringState {
  assessors: Assessor[];
  assessorsStatus: LoadStatus;
  assessorsError: unknown;
  sitting: OpenSitting | null;
  /** Why the last sitting ended without the assessor closing it, shown at "Siapa Anda?". */
  ended: 'expired' | null;
  sessions: ScoringSession[];
  sessionsStatus: LoadStatus;
  sessionId: string | null;
  queue: QueueItem[];
  queueStatus: LoadStatus;
  /** An error of loading sessions, the queue or a sheet. */
  loadError: unknown;
  candidateId: string | null;
  sheet: ScoringSheet | null;
  sheetStatus: LoadStatus;
  /** What the assessor has entered on the open sheet (the draft, or the amendment). */
  entry: SheetEntry;
  amending: Amending | null;
  save: SaveState;
  /** The queue entry to put focus on next (after a submit), consumed by the queue. */
  focusCandidateId: string | null;
  loadAssessors(selectionId: string): Promise<void>;
  open(assessorId: string, pin: string): Promise<void>;
  close(): Promise<void>;
  pickSession(sessionId: string | null): Promise<void>;
  refreshQueue(): Promise<void>;
  openSheet(candidateId: string): Promise<void>;
  edit(entry: SheetEntry): void;
  retrySave(): void;
  /** Resolves once no draft save is pending or in flight. */
  flush(): Promise<void>;
  submit(pin: string): Promise<SheetView>;
  startAmendment(sheet: SheetView): void;
  cancelAmendment(): void;
  amend(pin: string, reason: string): Promise<SheetView>;
  unlock(sheetId: string, pin: string, reason: string): Promise<SheetView>;
  focusConsumed(): void;
}

/** A sheet with nothing entered. */
export const EMPTY_ENTRY: SheetEntry = { levels: {}, notes: {}, note: '' };

/** The entry a submitted version holds, to start an amendment from. */
export function entryOf(sheet: SheetView): SheetEntry {
  const levels: Record<string, number> = {};
  const notes: Record<string, string> = {};
  for (const score of sheet.content.scores) {
    levels[score.aspect] = score.level;
    if (score.note !== '') notes[score.aspect] = score.note;
  }
  return { levels, notes, note: sheet.content.note };
}

interface SaveJob {
  sittingId: string;
  sessionId: string;
  candidateId: string;
  entry: SheetEntry;
}

const isExpired = (error: unknown) => error instanceof ApiError && error.code === 'sitting.expired';

/** The candidate after `candidateId` that still waits for this assessor's sheet, or null. */
export function nextInQueue(queue: QueueItem[], candidateId: string): string | null {
  const from = queue.findIndex((item) => item.candidateId === candidateId);
  const openable = (item: QueueItem) =>
    (item.status === 'hadir' || item.status === 'terlambat') && item.own !== 'terkirim';
  const ordered = [...queue.slice(from + 1), ...queue.slice(0, Math.max(from, 0))];
  return ordered.find(openable)?.candidateId ?? queue[from + 1]?.candidateId ?? null;
}

/** A scoring store over `api`. */
export function createScoringStore(api: Api): StoreApi<ScoringState> {
  return createStore<ScoringState>()((set, get) => {
    let pending: SaveJob | null = null;
    let running: Promise<void> | null = null;
    let idleTimer: ReturnType<typeof setTimeout> | null = null;

    const fresh = {
      sessions: [],
      sessionsStatus: 'idle' as const,
      sessionId: null,
      queue: [],
      queueStatus: 'idle' as const,
      loadError: null,
      candidateId: null,
      sheet: null,
      sheetStatus: 'idle' as const,
      entry: EMPTY_ENTRY,
      amending: null,
      save: { status: 'idle' as const, savedAt: null, error: null },
      focusCandidateId: null,
    };

    // Back to "Siapa Anda?": the sitting id is forgotten; drafts stay in the main process.
    const toDoor = (ended: ScoringState['ended']) => {
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = null;
      pending = null;
      set({ ...fresh, sitting: null, ended });
    };

    // The screen locks itself when the sitting would have idled out in the main process anyway.
    const touch = () => {
      const sitting = get().sitting;
      if (idleTimer) clearTimeout(idleTimer);
      if (!sitting) return;
      idleTimer = setTimeout(() => {
        void api['scoring:close']({ sittingId: sitting.sittingId }).catch(() => undefined);
        toDoor('expired');
      }, sitting.idleMs);
    };

    // Every call that names the sitting: an expired sitting sends the assessor back to the door.
    async function withSitting<T>(call: (sittingId: string) => Promise<T>): Promise<T> {
      const sitting = get().sitting;
      if (!sitting)
        throw new ApiError({ code: 'sitting.expired', params: {}, message: 'sitting.expired' });
      try {
        const value = await call(sitting.sittingId);
        if (get().sitting?.sittingId === sitting.sittingId) touch();
        return value;
      } catch (error) {
        if (isExpired(error) && get().sitting?.sittingId === sitting.sittingId) toDoor('expired');
        throw error;
      }
    }

    const pump = async () => {
      while (pending) {
        const job = pending;
        pending = null;
        // A save typed under a sitting that has since ended is not sent under the next one.
        if (job.sittingId !== get().sitting?.sittingId) continue;
        set({ save: { ...get().save, status: 'saving', error: null } });
        try {
          const draft = await withSitting(() =>
            api['scoring:saveDraft']({
              sittingId: job.sittingId,
              sessionId: job.sessionId,
              candidateId: job.candidateId,
              entry: job.entry,
            }),
          );
          if (!pending && get().candidateId === job.candidateId) {
            set({ save: { status: 'saved', savedAt: draft.updatedAt, error: null } });
          }
        } catch (error) {
          if (isExpired(error)) return;
          if (!pending) set({ save: { ...get().save, status: 'error', error } });
        }
      }
    };

    const scheduleSave = () => {
      const { sitting, sessionId, candidateId, entry } = get();
      if (!sitting || !sessionId || !candidateId) return;
      pending = { sittingId: sitting.sittingId, sessionId, candidateId, entry };
      if (!running) {
        running = pump().finally(() => {
          running = null;
        });
      }
    };

    const loadSheet = async (candidateId: string) => {
      const sessionId = get().sessionId;
      if (!sessionId) return;
      const sheet = await withSitting((sittingId) =>
        api['scoring:sheet']({ sittingId, sessionId, candidateId }),
      );
      if (get().candidateId !== candidateId) return;
      const draft = sheet.draft;
      set({
        sheet,
        sheetStatus: 'ready',
        entry: draft ? { levels: draft.levels, notes: draft.notes, note: draft.note } : EMPTY_ENTRY,
        amending: null,
        save: { status: draft ? 'saved' : 'idle', savedAt: draft?.updatedAt ?? null, error: null },
      });
    };

    return {
      assessors: [],
      assessorsStatus: 'idle',
      assessorsError: null,
      sitting: null,
      ended: null,
      ...fresh,

      async loadAssessors(selectionId) {
        set({ assessorsStatus: 'loading', assessorsError: null });
        try {
          const assessors = await api['scoring:assessors']({ selectionId });
          set({ assessors, assessorsStatus: 'ready' });
        } catch (error) {
          set({ assessorsStatus: 'error', assessorsError: error });
        }
      },

      async open(assessorId, pin) {
        const opened = await api['scoring:open']({ assessorId, pin });
        set({ ...fresh, sitting: opened, ended: null, sessionsStatus: 'loading' });
        touch();
        try {
          const sessions = await withSitting(() => api['scoring:sessions']({ assessorId }));
          set({ sessions, sessionsStatus: 'ready' });
          // Most assessors sit on one session a day: go straight to its queue.
          if (sessions.length === 1) await get().pickSession(sessions[0]!.id);
        } catch (error) {
          if (!isExpired(error)) set({ sessionsStatus: 'error', loadError: error });
        }
      },

      async close() {
        const sitting = get().sitting;
        await get().flush();
        toDoor(null);
        if (sitting) await api['scoring:close']({ sittingId: sitting.sittingId });
      },

      async pickSession(sessionId) {
        await get().flush();
        set({
          sessionId,
          queue: [],
          queueStatus: sessionId ? 'loading' : 'idle',
          candidateId: null,
          sheet: null,
          sheetStatus: 'idle',
          amending: null,
          loadError: null,
        });
        if (sessionId) await get().refreshQueue();
      },

      async refreshQueue() {
        const sessionId = get().sessionId;
        if (!sessionId) return;
        try {
          const queue = await withSitting((sittingId) =>
            api['scoring:queue']({ sittingId, sessionId }),
          );
          if (get().sessionId === sessionId) set({ queue, queueStatus: 'ready' });
        } catch (error) {
          if (!isExpired(error)) set({ queueStatus: 'error', loadError: error });
        }
      },

      async openSheet(candidateId) {
        // A save of the previous candidate lands first, so coming back reads what was typed.
        await get().flush();
        set({ candidateId, sheet: null, sheetStatus: 'loading', amending: null, loadError: null });
        try {
          await loadSheet(candidateId);
        } catch (error) {
          if (!isExpired(error) && get().candidateId === candidateId)
            set({ sheetStatus: 'error', loadError: error });
        }
      },

      edit(entry) {
        set({ entry });
        // An amendment is saved only when it is submitted: the version it replaces stays as is.
        if (!get().amending) scheduleSave();
      },

      retrySave() {
        scheduleSave();
      },

      async flush() {
        while (running) await running;
      },

      async submit(pin) {
        const { sessionId, candidateId, entry } = get();
        if (!sessionId || !candidateId) throw new Error('no sheet open');
        await get().flush();
        const view = await withSitting((sittingId) =>
          api['scoring:submit']({ sittingId, sessionId, candidateId, pin, entry }),
        );
        await afterSigned(candidateId);
        return view;
      },

      startAmendment(sheet) {
        set({ amending: { sheetId: sheet.content.id }, entry: entryOf(sheet) });
      },

      cancelAmendment() {
        const current = get().sheet?.current;
        set({ amending: null, entry: current ? entryOf(current) : EMPTY_ENTRY });
      },

      async amend(pin, reason) {
        const { amending, candidateId, entry } = get();
        if (!amending || !candidateId) throw new Error('no amendment open');
        const view = await withSitting((sittingId) =>
          api['scoring:amend']({ sittingId, pin, sheetId: amending.sheetId, entry, reason }),
        );
        await afterSigned(candidateId);
        return view;
      },

      async unlock(sheetId, pin, reason) {
        const view = await withSitting((sittingId) =>
          api['scoring:unlock']({ sittingId, pin, sheetId, reason }),
        );
        const candidateId = get().candidateId;
        if (candidateId) await loadSheet(candidateId);
        return view;
      },

      focusConsumed() {
        set({ focusCandidateId: null });
      },
    };

    // After a signature: the sheet shows as submitted (with the others now unsealed), the queue
    // shows the new state, and focus goes on to the next candidate.
    async function afterSigned(candidateId: string) {
      await Promise.all([loadSheet(candidateId), get().refreshQueue()]);
      set({ focusCandidateId: nextInQueue(get().queue, candidateId) });
    }
  });
}
