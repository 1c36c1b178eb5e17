/**
 * The problem lists that refusals carry in `details` (`rubric.invalid`, `rubric.fileInvalid`,
 * `rubric.hashMismatch`, `plan.invalid`), read defensively: a malformed item is left out.
 */
import type { RubricFileProblem } from '../../shared/rubric/rubric-file';
import { ApiError } from '../api/errors';

/** A plan problem as it travels: a code and its parameters. */
export interface WireProblem {
  code: string;
  params: Record<string, string | number>;
}

function isWireProblem(value: unknown): value is WireProblem {
  if (typeof value !== 'object' || value === null) return false;
  const { code, params } = value as Record<string, unknown>;
  return typeof code === 'string' && typeof params === 'object' && params !== null;
}

function details(error: unknown): unknown[] {
  return error instanceof ApiError && Array.isArray(error.details) ? error.details : [];
}

/** The plan problems of a refusal, or none. */
export function planProblemsOf(error: unknown): WireProblem[] {
  return details(error).filter(isWireProblem);
}

/** The rubric problems of a refusal (each with where it is), or none. */
export function rubricProblemsOf(error: unknown): RubricFileProblem[] {
  return details(error).filter(
    (item): item is RubricFileProblem =>
      isWireProblem(item) && Array.isArray((item as { path?: unknown }).path),
  );
}
