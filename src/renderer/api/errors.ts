/** The errors a call to the main process can end in, as the renderer sees them. */
import type { ErrorCode, ErrorParams, WireError } from '../../shared/errors';

/** A refusal from the main process (`{ok:false}` envelope): typed code, params and details. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly details: unknown;

  constructor(wire: WireError) {
    super(wire.message);
    this.name = 'ApiError';
    this.code = wire.code;
    this.params = wire.params ?? {};
    this.details = wire.details;
  }
}

/** Why a call never got an envelope back. */
export type TransportFailure = 'unreachable' | 'badResponse';

/** The main process could not be reached, or answered with something that is not an envelope. */
export class TransportError extends Error {
  constructor(
    readonly failure: TransportFailure,
    readonly status: number | null = null,
  ) {
    super(`transport: ${failure}${status === null ? '' : ` (HTTP ${status})`}`);
    this.name = 'TransportError';
  }
}
