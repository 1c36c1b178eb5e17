/** The envelope every transport wraps a result in, so errors never arrive as thrown stacks. */
import type { WireError } from '../errors';

/** A successful call. */
export interface OkEnvelope<T> {
  ok: true;
  value: T;
}

/** A failed call, with a translated, typed error. */
export interface ErrorEnvelope {
  ok: false;
  error: WireError;
}

/** What a transport returns for one call. */
export type Envelope<T> = OkEnvelope<T> | ErrorEnvelope;
