/**
 * The transport-agnostic entry point of every call: validate the input, run the handler, validate
 * the output. Electron IPC and the loopback HTTP server are thin adapters over this function.
 */
import { z } from 'zod';
import { CHANNELS, type Channel } from '../../../shared/contract/channels';
import { contract, type Handlers } from '../../../shared/contract/contract';
import type { Envelope } from '../../../shared/contract/envelope';
import { AppError } from '../../../shared/errors';
import type { Language } from '../../../shared/i18n/errors';
import { toWireError } from './wire-error';

const KNOWN = new Set<string>(CHANNELS);

/** Whether `name` is a channel of the contract. */
export function isChannel(name: string): name is Channel {
  return KNOWN.has(name);
}

/** Runs one call; throws {@link AppError} for anything the caller should see. */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  raw: unknown,
): Promise<unknown> {
  if (!isChannel(channel)) throw new AppError('request.unknownChannel', { channel });
  const schemas = contract[channel];
  const parsed = schemas.input.safeParse(raw ?? {});
  if (!parsed.success) {
    throw new AppError('request.invalid', { detail: z.prettifyError(parsed.error) });
  }
  const handler = handlers[channel] as (input: unknown) => unknown;
  const result = await handler(parsed.data);
  // A handler that returns the wrong shape is our bug, not the caller's: report it as internal.
  return schemas.output.parse(result);
}

/** Runs one call and wraps the outcome in the `{ok, value}` / `{ok, error}` envelope. */
export async function dispatchEnveloped(
  handlers: Handlers,
  channel: string,
  raw: unknown,
  language: Language = 'id',
): Promise<Envelope<unknown>> {
  try {
    return { ok: true, value: await dispatch(handlers, channel, raw) };
  } catch (error) {
    return { ok: false, error: toWireError(error, language) };
  }
}
