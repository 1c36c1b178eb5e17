/**
 * The audit trail: the chain check shown as a banner, the filters, and the pages of entries
 * fetched so far (only when the virtual table scrolls to them), plus the entry whose detail is
 * open. Everything here is read-only, so observers use it too.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  AuditDomain,
  AuditEntryView,
  AuditRow,
  AuditVerifyReport,
} from '../../shared/audit/audit-view';
import type { Api } from '../../shared/contract/contract';
import type { LoadStatus } from './selection-store';

/** Rows fetched per request. */
export const AUDIT_PAGE_SIZE = 200;

/** What the list is narrowed by, as the screen holds it (dates are local `YYYY-MM-DD`). */
export interface AuditFilters {
  domain: AuditDomain | null;
  device: string;
  text: string;
  fromDate: string;
  toDate: string;
}

/** No filter: every entry. */
export const NO_AUDIT_FILTERS: AuditFilters = {
  domain: null,
  device: '',
  text: '',
  fromDate: '',
  toDate: '',
};

/** The state and actions of the audit store. */
export interface AuditState {
  filters: AuditFilters;
  /** Bumped by every new search; answers to an older one are dropped. */
  generation: number;
  shownGeneration: number;
  total: number | null;
  pages: Record<number, AuditRow[]>;
  status: LoadStatus;
  error: unknown;
  verifyStatus: LoadStatus;
  report: AuditVerifyReport | null;
  verifyError: unknown;
  detail: { key: string | null; status: LoadStatus; data: AuditEntryView | null; error: unknown };
  /** Checks the chains and loads the first page again. */
  load(): void;
  verify(): Promise<void>;
  setFilters(patch: Partial<AuditFilters>): void;
  refresh(): void;
  ensureRange(firstIndex: number, lastIndex: number): void;
  openDetail(device: string, seq: number): Promise<void>;
  closeDetail(): void;
}

/** The key naming one entry: device and seq. */
export function entryKey(entry: { device: string; seq: number }): string {
  return `${entry.device}:${entry.seq}`;
}

/** The row at `index` of the shown list, or undefined while its page is loading. */
export function auditRowAt(state: Pick<AuditState, 'pages'>, index: number): AuditRow | undefined {
  return state.pages[Math.floor(index / AUDIT_PAGE_SIZE)]?.[index % AUDIT_PAGE_SIZE];
}

/** The start of a local calendar day as an instant; `days` moves it (1 = the next midnight). */
export function localDayStart(date: string, days = 0): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const day = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days);
  return Number.isNaN(day.getTime()) ? null : day.toISOString();
}

/** A store of the audit trail over `api`. */
export function createAuditStore(api: Api): StoreApi<AuditState> {
  const pending = new Set<string>();
  let detailRequest = 0;

  return createStore<AuditState>()((set, get) => {
    const fetchPage = async (generation: number, page: number) => {
      const key = `${generation}:${page}`;
      if (pending.has(key)) return;
      pending.add(key);
      const { filters } = get();
      try {
        const result = await api['audit:list']({
          domain: filters.domain,
          device: filters.device,
          text: filters.text.trim().slice(0, 100),
          from: localDayStart(filters.fromDate),
          // The "to" day is included: the bound is the midnight after it.
          to: localDayStart(filters.toDate, 1),
          offset: page * AUDIT_PAGE_SIZE,
          limit: AUDIT_PAGE_SIZE,
        });
        if (get().generation !== generation) return;
        if (page === 0) {
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

    const verify = async () => {
      set({ verifyStatus: 'loading', verifyError: null });
      try {
        set({ report: await api['audit:verify']({}), verifyStatus: 'ready' });
      } catch (error) {
        set({ verifyStatus: 'error', verifyError: error, report: null });
      }
    };

    return {
      filters: NO_AUDIT_FILTERS,
      generation: 0,
      shownGeneration: 0,
      total: null,
      pages: {},
      status: 'idle',
      error: null,
      verifyStatus: 'idle',
      report: null,
      verifyError: null,
      detail: { key: null, status: 'idle', data: null, error: null },

      load() {
        void verify();
        refresh();
      },

      verify,

      setFilters(patch) {
        set({ filters: { ...get().filters, ...patch } });
        refresh();
      },

      refresh,

      ensureRange(firstIndex, lastIndex) {
        const { generation, shownGeneration, pages } = get();
        if (shownGeneration !== generation) return;
        const first = Math.max(0, Math.floor(firstIndex / AUDIT_PAGE_SIZE));
        const last = Math.floor(Math.max(firstIndex, lastIndex) / AUDIT_PAGE_SIZE);
        for (let page = first; page <= last; page += 1) {
          if (!pages[page]) void fetchPage(generation, page);
        }
      },

      async openDetail(device, seq) {
        const request = ++detailRequest;
        const key = entryKey({ device, seq });
        set({ detail: { key, status: 'loading', data: null, error: null } });
        try {
          const data = await api['audit:entry']({ device, seq });
          if (request === detailRequest)
            set({ detail: { key, status: 'ready', data, error: null } });
        } catch (error) {
          if (request === detailRequest)
            set({ detail: { key, status: 'error', data: null, error } });
        }
      },

      closeDetail() {
        detailRequest += 1;
        set({ detail: { key: null, status: 'idle', data: null, error: null } });
      },
    };
  });
}
