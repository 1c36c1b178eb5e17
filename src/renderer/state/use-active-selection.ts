/** The active selection, as the object rather than its id. */
import type { Selection } from '../../shared/domain/selection';
import { useSelections } from './services';

/** The active selection, or null when none is chosen (or the list is not loaded yet). */
export function useActiveSelection(): Selection | null {
  return useSelections((state) => state.selections.find((s) => s.id === state.activeId) ?? null);
}
