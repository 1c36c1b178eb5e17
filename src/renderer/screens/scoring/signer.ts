/** Who signed a sheet version, by name and key fingerprint, from the assessors the door lists. */
import type { Assessor } from '../../../shared/domain/assessor';
import { useScoring } from '../../state/services';

/** The assessor with id `id` among the selection's assessors, or null. */
export function useAssessor(id: string): Assessor | null {
  return useScoring((state) => state.assessors.find((assessor) => assessor.id === id) ?? null);
}
