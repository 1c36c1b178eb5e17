/** The main process's implementation of every channel of the contract. */
import type { Handlers } from '../../shared/contract/contract';
import { getCandidate, searchCandidates } from './candidates/queries';
import { importCandidates } from './candidates/import';
import type { KdfParams } from './crypto/kdf';
import type { OsSealer } from './device/os-sealer';
import { createFormasi, deleteFormasi, updateFormasi } from './formasi/commands';
import { listFormasi } from './formasi/queries';
import { entityHistory, recentEntries } from './journal/read';
import { verifyJournal } from './journal/verify';
import { documentHandlers } from './handlers/document-handlers';
import { incidentHandlers } from './handlers/incident-handlers';
import { copyPlan, lockPlan, setPlan } from './plans/commands';
import { getPlanView, listPlanViews } from './plans/queries';
import {
  createRubric,
  deleteDraft,
  duplicateRubric,
  newRubricVersion,
  publishRubric,
  retireRubric,
  rubricFromTemplate,
  saveDraft,
} from './rubrics/commands';
import { getRubric, listRubrics, rubricUses } from './rubrics/queries';
import { exportRubricFile, importRubricFile } from './rubrics/rubric-files';
import { listTemplates } from './rubrics/templates';
import { createSelection, updateSelection } from './selections/commands';
import { getSelection, listSelections } from './selections/queries';
import { progressHandlers } from './handlers/progress-handlers';
import { resultsHandlers } from './handlers/results-handlers';
import { transferHandlers } from './handlers/transfer-handlers';
import { quarantineHandlers } from './handlers/quarantine-handlers';
import { paperHandlers } from './handlers/paper-handlers';
import { externalHandlers } from './handlers/external-handlers';
import { scoringHandlers } from './handlers/scoring-handlers';
import { Sittings } from './scoring/sittings';
import { assessorHandlers } from './handlers/assessor-handlers';
import { createSessionHandlers } from './handlers/session-handlers';
import type { Store } from './store/open-store';
import { auditHandlers } from './handlers/audit-handlers';
import { deviceHandlers } from './handlers/device-handlers';
import { mergeHandlers } from './handlers/merge-handlers';

/** What the handlers need from the process that hosts them. */
export interface HandlerContext {
  store: Store;
  dataDir: string;
  /** The folder holding `rubrics/` (the built-in templates): in the repository or the package. */
  resourcesDir: string;
  transport: 'electron' | 'web';
  version: string;
  /** scrypt cost for new PIN hashes and sealed keys; default DEFAULT_KDF; tests pass a cheap one. */
  kdf?: KdfParams;
  /** Electron's safeStorage, sealing the device key; absent in web mode (a passphrase seals it). */
  osSealer?: OsSealer;
}

/** Builds the handlers over one open store. */
export function createHandlers(context: HandlerContext): Handlers {
  const { store, dataDir, resourcesDir, transport, version } = context;
  const { db } = store;
  // Unsealed assessor keys live here, in this process's memory, and nowhere else.
  const sittings = new Sittings();
  return {
    ...assessorHandlers(context),
    ...createSessionHandlers({ store, dataDir, resourcesDir, transport, version }),
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
    'rubric:list': ({ includeRetired }) => listRubrics(db, includeRetired),
    'rubric:get': ({ id }) => {
      const rubric = getRubric(db, id);
      // The story of the whole rubric: every version's creation, edits, publication, retirement.
      const history = entityHistory(db, [rubric.id, rubric.rubricId]);
      return { rubric, history, usedBy: rubricUses(db, rubric.id) };
    },
    'rubric:templates': () => listTemplates(db, resourcesDir),
    'rubric:fromTemplate': ({ templateId, mode }) =>
      rubricFromTemplate(store, resourcesDir, templateId, mode),
    'rubric:create': ({ content }) => createRubric(store, content),
    'rubric:duplicate': ({ id }) => duplicateRubric(store, id),
    'rubric:newVersion': ({ id }) => newRubricVersion(store, id),
    'rubric:saveDraft': ({ id, content }) => saveDraft(store, id, content),
    'rubric:publish': ({ id }) => publishRubric(store, id),
    'rubric:retire': ({ id }) => retireRubric(store, id),
    'rubric:deleteDraft': ({ id }) => {
      deleteDraft(store, id);
      return { deleted: true as const };
    },
    'rubric:export': ({ id }) => exportRubricFile(store, id),
    'rubric:import': (file) => importRubricFile(store, file),
    'plan:list': ({ selectionId }) => listPlanViews(db, selectionId),
    'plan:get': ({ formasiId }) => getPlanView(db, formasiId),
    'plan:set': ({ formasiId, plan, reason }) => setPlan(store, formasiId, plan, reason),
    'plan:lock': ({ formasiId, note }) => lockPlan(store, formasiId, note),
    'plan:copy': ({ fromFormasiId, toFormasiIds, reason }) =>
      copyPlan(store, fromFormasiId, toFormasiIds, reason),
    'journal:verify': () => verifyJournal(db),
    'journal:recent': ({ limit }) => recentEntries(db, limit),
    ...scoringHandlers(store, sittings),
    ...auditHandlers({ store, dataDir, resourcesDir, transport, version }),
    ...progressHandlers(store),
    ...documentHandlers(context),
    ...paperHandlers(store),
    ...incidentHandlers(store),
    ...externalHandlers(store),
    ...resultsHandlers(store),
    ...deviceHandlers(context),
    ...transferHandlers(store),
    ...mergeHandlers(context),
    ...quarantineHandlers(store),
  };
}
