/** Facts about this installation and the journal check, for Pengaturan. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppInfo, Api } from '../../shared/contract/contract';
import type { EntrySummary, VerifyReport } from '../../shared/journal/entry';
import type { LoadStatus } from './selection-store';

/** How many recent journal entries Pengaturan shows. */
export const RECENT_ENTRIES = 20;

/** The state and actions of the system store. */
export interface SystemState {
  info: AppInfo | null;
  infoError: unknown;
  verifyStatus: LoadStatus;
  verifyReport: VerifyReport | null;
  verifyError: unknown;
  recent: EntrySummary[];
  recentStatus: LoadStatus;
  recentError: unknown;
  loadInfo(): Promise<void>;
  verify(): Promise<void>;
  loadRecent(): Promise<void>;
}

/** A store of installation facts over `api`. */
export function createSystemStore(api: Api): StoreApi<SystemState> {
  return createStore<SystemState>()((set) => ({
    info: null,
    infoError: null,
    verifyStatus: 'idle',
    verifyReport: null,
    verifyError: null,
    recent: [],
    recentStatus: 'idle',
    recentError: null,

    async loadInfo() {
      try {
        set({ info: await api['app:info']({}), infoError: null });
      } catch (error) {
        set({ infoError: error });
      }
    },

    async verify() {
      set({ verifyStatus: 'loading', verifyError: null });
      try {
        set({ verifyReport: await api['journal:verify']({}), verifyStatus: 'ready' });
      } catch (error) {
        set({ verifyStatus: 'error', verifyError: error, verifyReport: null });
      }
    },

    async loadRecent() {
      set({ recentStatus: 'loading' });
      try {
        set({
          recent: await api['journal:recent']({ limit: RECENT_ENTRIES }),
          recentStatus: 'ready',
          recentError: null,
        });
      } catch (error) {
        set({ recentStatus: 'error', recentError: error });
      }
    },
  }));
}
