/** The React context that hands the `Api` and the stores to every screen. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Api } from '../../shared/contract/contract';
import type { AssessorState } from './assessor-store';
import type { AuditState } from './audit-store';
import type { CandidateState } from './candidate-store';
import type { Stores } from './create-stores';
import type { ImportState } from './import-store';
import type { PaperState } from './paper-store';
import type { PlanState } from './plan-store';
import type { ProgressState } from './progress-store';
import type { ResultsState } from './results-store';
import type { RubricState } from './rubric-store';
import type { ScoringState } from './scoring-store';
import type { SelectionState } from './selection-store';
import type { SessionState } from './session-store';
import type { SystemState } from './system-store';

/** What the app runs on: tests inject a fake Api and fresh stores here. */
export interface Services {
  api: Api;
  stores: Stores;
}

/** The services context; the app renders inside its provider. */
export const ServicesContext = createContext<Services | null>(null);

/** The services of the surrounding provider. */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesContext.Provider');
  return services;
}

/** Reads the selection store. */
export function useSelections<T>(selector: (state: SelectionState) => T): T {
  return useStore(useServices().stores.selections, selector);
}

/** Reads the candidate store. */
export function useCandidates<T>(selector: (state: CandidateState) => T): T {
  return useStore(useServices().stores.candidates, selector);
}

/** Reads the import store. */
export function useImport<T>(selector: (state: ImportState) => T): T {
  return useStore(useServices().stores.imports, selector);
}

/** Reads the system store. */
export function useSystem<T>(selector: (state: SystemState) => T): T {
  return useStore(useServices().stores.system, selector);
}

/** Reads the rubric store. */
export function useRubrics<T>(selector: (state: RubricState) => T): T {
  return useStore(useServices().stores.rubrics, selector);
}

/** Reads the plan store. */
export function usePlans<T>(selector: (state: PlanState) => T): T {
  return useStore(useServices().stores.plans, selector);
}

/** Reads the assessor store. */
export function useAssessors<T>(selector: (state: AssessorState) => T): T {
  return useStore(useServices().stores.assessors, selector);
}

/** Reads the session store. */
export function useSessions<T>(selector: (state: SessionState) => T): T {
  return useStore(useServices().stores.sessions, selector);
}

/** Reads the audit trail store. */
export function useAudit<T>(selector: (state: AuditState) => T): T {
  return useStore(useServices().stores.audit, selector);
}

/** Reads the progress store (the chair's dashboard). */
export function useProgress<T>(selector: (state: ProgressState) => T): T {
  return useStore(useServices().stores.progress, selector);
}

/** Reads the scoring store. */
export function useScoring<T>(selector: (state: ScoringState) => T): T {
  return useStore(useServices().stores.scoring, selector);
}

/** Reads the paper-sheet import store (double entry). */
export function usePaper<T>(selector: (state: PaperState) => T): T {
  return useStore(useServices().stores.paper, selector);
}

/** Reads the results store (the committee's results screen). */
export function useResults<T>(selector: (state: ResultsState) => T): T {
  return useStore(useServices().stores.results, selector);
}
