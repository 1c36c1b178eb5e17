/** The main process's implementation of every channel of the contract. */
import type { Handlers } from '../../shared/contract/contract';
import { getCandidate, searchCandidates } from './candidates/queries';
import { importCandidates } from './candidates/import';
import { createFormasi, deleteFormasi, updateFormasi } from './formasi/commands';
import { listFormasi } from './formasi/queries';
import { entityHistory, recentEntries } from './journal/read';
import { verifyJournal } from './journal/verify';
import { createSelection, updateSelection } from './selections/commands';
import { getSelection, listSelections } from './selections/queries';
import type { Store } from './store/open-store';

/** What the handlers need from the process that hosts them. */
export interface HandlerContext {
  store: Store;
  dataDir: string;
  transport: 'electron' | 'web';
  version: string;
}

/** Builds the handlers over one open store. */
export function createHandlers({ store, dataDir, transport, version }: HandlerContext): Handlers {
  const { db } = store;
  return {
    'app:info': () => ({
      version,
      schemaVersion: store.schemaVersion,
      deviceId: store.deviceId,
      dataDir,
      transport,
    }),
    'selection:list': () => listSelections(db),
    'selection:get': ({ id }) => getSelection(db, id),
    'selection:create': (fields) => createSelection(store, fields),
    'selection:update': ({ id, ...fields }) => updateSelection(store, id, fields),
    'formasi:list': ({ selectionId }) => listFormasi(db, selectionId),
    'formasi:create': ({ selectionId, ...fields }) => createFormasi(store, selectionId, fields),
    'formasi:update': ({ id, ...fields }) => updateFormasi(store, id, fields),
    'formasi:delete': ({ id }) => {
      deleteFormasi(store, id);
      return { deleted: true as const };
    },
    'candidates:import': ({ selectionId, fileName, contentBase64, mode, expectedSha256 }) =>
      importCandidates(store, {
        selectionId,
        fileName,
        bytes: Buffer.from(contentBase64, 'base64'),
        mode,
        expectedSha256,
      }),
    'candidates:search': (input) => searchCandidates(db, input),
    'candidates:get': ({ id }) => {
      const candidate = getCandidate(db, id);
      // A candidate's story starts with the import that created it.
      return { candidate, history: entityHistory(db, [candidate.id, candidate.importId]) };
    },
    'journal:verify': () => verifyJournal(db),
    'journal:recent': ({ limit }) => recentEntries(db, limit),
  };
}
