/** Builds every store of the app over one `Api`, wired to each other. */
import type { StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/contract/contract';
import { createAssessorStore, type AssessorState } from './assessor-store';
import { createAuditStore, type AuditState } from './audit-store';
import { createCandidateStore, type CandidateState } from './candidate-store';
import { createImportStore, type ImportState } from './import-store';
import { createPaperStore, type PaperState } from './paper-store';
import { createPlanStore, type PlanState } from './plan-store';
import { createProgressStore, type ProgressState } from './progress-store';
import { createResultsStore, type ResultsState } from './results-store';
import { createRubricStore, type RubricState } from './rubric-store';
import { createScoringStore, type ScoringState } from './scoring-store';
import { createSelectionStore, type SelectionState } from './selection-store';
import { createSessionStore, type SessionState } from './session-store';
import { createSystemStore, type SystemState } from './system-store';

/** The stores of one running app. */
export interface Stores {
  selections: StoreApi<SelectionState>;
  candidates: StoreApi<CandidateState>;
  imports: StoreApi<ImportState>;
  system: StoreApi<SystemState>;
  rubrics: StoreApi<RubricState>;
  plans: StoreApi<PlanState>;
  assessors: StoreApi<AssessorState>;
  sessions: StoreApi<SessionState>;
  audit: StoreApi<AuditState>;
  progress: StoreApi<ProgressState>;
  scoring: StoreApi<ScoringState>;
  paper: StoreApi<PaperState>;
  results: StoreApi<ResultsState>;
}

/** Fresh stores over `api`; `storage` remembers the active selection (localStorage in the app). */
export function createStores(
  api: Api,
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null,
): Stores {
  const selections = createSelectionStore(api, storage);
  const candidates = createCandidateStore(api);
  const imports = createImportStore(api, (selectionId) => {
    // New candidates change the list and the counts shown on the selection and its formasi.
    void selections.getState().load();
    void selections.getState().loadFormasi(selectionId);
    candidates.getState().refresh();
  });
  const system = createSystemStore(api);
  const rubrics = createRubricStore(api);
  // A plan decides which rubric versions are "used by" a formasi, which the rubric list shows.
  const plans = createPlanStore(api, () => {
    if (rubrics.getState().status !== 'idle') void rubrics.getState().load();
  });
  const assessors = createAssessorStore(api);
  const sessions = createSessionStore(api);
  const audit = createAuditStore(api);
  const progress = createProgressStore(api);
  const scoring = createScoringStore(api);
  const paper = createPaperStore(api);
  const results = createResultsStore(api);
  return {
    selections,
    candidates,
    imports,
    system,
    rubrics,
    plans,
    assessors,
    sessions,
    audit,
    progress,
    scoring,
    paper,
    results,
  };
}
