/**
 * Errors that cross a process boundary. They carry a stable code and parameters, never a stack
 * trace; each side turns the code into a sentence in the user's language (see i18n/errors.ts).
 */
import type { ErrorCode } from './i18n/errors';

export type { ErrorCode } from './i18n/errors';

/** Parameters interpolated into an error message. */
export type ErrorParams = Record<string, string | number>;

/** The plain shape an error takes on the wire (IPC, HTTP, CLI JSON output). */
export interface WireError {
  code: ErrorCode;
  params: ErrorParams;
  message: string;
  /** Optional structured detail, e.g. every invalid row of an import. */
  details?: unknown;
}

/** An expected failure that the user can act on. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    readonly details?: unknown,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

/** Type guard for {@link AppError}, which also works across realms. */
export function isAppError(error: unknown): error is AppError {
  return error instanceof Error && error.name === 'AppError' && 'code' in error;
}
