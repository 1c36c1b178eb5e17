/** Turns anything thrown in the main process into a plain, translated {@link WireError}. */
import { isAppError, type WireError } from '../../../shared/errors';
import { errorMessage, type Language } from '../../../shared/i18n/errors';

/** Called with unexpected errors so they are logged on the main side, never sent. */
export type InternalErrorSink = (error: unknown) => void;

let sink: InternalErrorSink = (error) => console.error('[panitia] internal error:', error);

/** Replaces where unexpected errors are logged (tests silence it). */
export function setInternalErrorSink(next: InternalErrorSink): void {
  sink = next;
}

/** The wire form of `error`; unexpected errors become `internal` with no stack or message. */
export function toWireError(error: unknown, language: Language): WireError {
  if (isAppError(error)) {
    const wire: WireError = {
      code: error.code,
      params: error.params,
      message: errorMessage(error.code, error.params, language),
    };
    if (error.details !== undefined) wire.details = error.details;
    return wire;
  }
  sink(error);
  return { code: 'internal', params: {}, message: errorMessage('internal', {}, language) };
}
