/**
 * The sessions of the scoring day as the main process reports them: each selection's sessions,
 * what a session can be opened for, and the detail of open sessions (panel, schedule, desk).
 * Every write reloads the detail it changed, so the screen shows what the main process decided.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, Input } from '../../shared/contract/contract';
import type { AttendanceRecord, CandidateStatus } from '../../shared/domain/attendance';
import type { Session, SessionFields } from '../../shared/domain/session';
import type {
  PanelAssessor,
  SchedulableCandidate,
  SessionComponent,
  SessionDetailView,
  SessionView,
} from '../../shared/domain/session-views';
import type { LoadStatus } from './selection-store';

/** What the desk sends for one check-in; `at` left out means "now" in the main process. */
export type CheckIn = Input<'attendance:record'>['fields'];

/** The state and actions of the session store. */
export interface SessionState {
  /** Sessions per selection id. */
  sessions: Record<string, SessionView[]>;
  status: Record<string, LoadStatus>;
  error: Record<string, unknown>;
  /** What a session can be opened for, per selection id. */
  components: Record<string, SessionComponent[]>;
  componentsError: Record<string, unknown>;
  /** Session details per session id. */
  details: Record<string, SessionDetailView>;
  detailStatus: Record<string, LoadStatus>;
  detailError: Record<string, unknown>;
  /** Candidates not yet scheduled, per session id, loaded when the schedule form opens. */
  schedulable: Record<string, SchedulableCandidate[]>;
  /** Who may sit on the panel, per session id. */
  eligible: Record<string, PanelAssessor[]>;
  load(selectionId: string): Promise<void>;
  loadComponents(selectionId: string): Promise<void>;
  create(
    selectionId: string,
    formasiId: string,
    componentKey: string,
    fields: SessionFields,
  ): Promise<Session>;
  loadDetail(sessionId: string): Promise<void>;
  loadSchedulable(sessionId: string): Promise<void>;
  loadEligible(sessionId: string): Promise<void>;
  schedule(sessionId: string, candidateIds: string[]): Promise<void>;
  assignPanel(sessionId: string, assessorIds: string[]): Promise<void>;
  drawPanel(sessionId: string, pool: string[], size: number, seed: string | null): Promise<void>;
  recordAttendance(sessionId: string, candidateId: string, fields: CheckIn): Promise<void>;
  history(sessionId: string, candidateId: string): Promise<AttendanceRecord[]>;
  setStatus(
    sessionId: string,
    candidateId: string,
    status: CandidateStatus,
    reason: string | null,
  ): Promise<void>;
}

/** A store of sessions over `api`. */
export function createSessionStore(api: Api): StoreApi<SessionState> {
  return createStore<SessionState>()((set, get) => {
    /** After a write: the detail it changed, and its selection's list if that is shown. */
    const refresh = async (sessionId: string, selectionId: string) => {
      await get().loadDetail(sessionId);
      if (get().status[selectionId]) await get().load(selectionId);
    };
    const selectionOf = (sessionId: string, session?: Session) =>
      session?.selectionId ?? get().details[sessionId]?.session.selectionId ?? '';

    return {
      sessions: {},
      status: {},
      error: {},
      components: {},
      componentsError: {},
      details: {},
      detailStatus: {},
      detailError: {},
      schedulable: {},
      eligible: {},

      async load(selectionId) {
        if (get().status[selectionId] !== 'ready') {
          set({ status: { ...get().status, [selectionId]: 'loading' } });
        }
        try {
          const list = await api['session:list']({ selectionId });
          set({
            sessions: { ...get().sessions, [selectionId]: list },
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

      async loadComponents(selectionId) {
        try {
          const list = await api['session:components']({ selectionId });
          set({
            components: { ...get().components, [selectionId]: list },
            componentsError: { ...get().componentsError, [selectionId]: null },
          });
        } catch (error) {
          set({ componentsError: { ...get().componentsError, [selectionId]: error } });
        }
      },

      async create(selectionId, formasiId, componentKey, fields) {
        const session = await api['session:create']({ formasiId, componentKey, fields });
        await get().load(selectionId);
        return session;
      },

      async loadDetail(sessionId) {
        if (get().detailStatus[sessionId] !== 'ready') {
          set({ detailStatus: { ...get().detailStatus, [sessionId]: 'loading' } });
        }
        try {
          const detail = await api['session:get']({ id: sessionId });
          set({
            details: { ...get().details, [sessionId]: detail },
            detailStatus: { ...get().detailStatus, [sessionId]: 'ready' },
            detailError: { ...get().detailError, [sessionId]: null },
          });
        } catch (error) {
          set({
            detailStatus: { ...get().detailStatus, [sessionId]: 'error' },
            detailError: { ...get().detailError, [sessionId]: error },
          });
        }
      },

      async loadSchedulable(sessionId) {
        const list = await api['session:schedulable']({ sessionId });
        set({ schedulable: { ...get().schedulable, [sessionId]: list } });
      },

      async loadEligible(sessionId) {
        const list = await api['panel:eligible']({ sessionId });
        set({ eligible: { ...get().eligible, [sessionId]: list } });
      },

      async schedule(sessionId, candidateIds) {
        const session = await api['session:schedule']({ sessionId, candidateIds });
        await refresh(sessionId, session.selectionId);
        await get().loadSchedulable(sessionId);
      },

      async assignPanel(sessionId, assessorIds) {
        const session = await api['panel:assign']({ sessionId, assessorIds });
        await refresh(sessionId, session.selectionId);
      },

      async drawPanel(sessionId, pool, size, seed) {
        const session = await api['panel:draw']({
          sessionId,
          poolAssessorIds: pool,
          size,
          ...(seed ? { seed } : {}),
        });
        await refresh(sessionId, session.selectionId);
      },

      async recordAttendance(sessionId, candidateId, fields) {
        await api['attendance:record']({ sessionId, candidateId, fields });
        await get().loadDetail(sessionId);
      },

      history(sessionId, candidateId) {
        return api['attendance:history']({ sessionId, candidateId });
      },

      async setStatus(sessionId, candidateId, status, reason) {
        await api['candidate:setStatus']({ candidateId, status, reason });
        await refresh(sessionId, selectionOf(sessionId));
      },
    };
  });
}
