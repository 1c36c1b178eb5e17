/** The web-mode transport: `POST /rpc/<channel>` on the same origin with the bearer token. */
import type { Invoke } from '../../shared/contract/bridge';
import type { Envelope } from '../../shared/contract/envelope';
import { RPC_PATH } from '../../shared/transport';
import { TransportError } from './errors';

/** What the HTTP transport needs. */
export interface HttpInvokeOptions {
  token: string;
  /** The UI language, sent so the server's own `message` matches it. */
  language?: () => string;
  /** Injected by tests; the browser's fetch otherwise. */
  fetch?: typeof fetch;
}

/** An {@link Invoke} over the loopback HTTP server. */
export function createHttpInvoke(options: HttpInvokeOptions): Invoke {
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  return async (channel, input) => {
    let response: Response;
    try {
      response = await doFetch(`${RPC_PATH}${channel}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${options.token}`,
          'Accept-Language': options.language?.() ?? 'id',
        },
        body: JSON.stringify(input ?? {}),
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch {
      throw new TransportError('unreachable');
    }
    // Refusals (401, 400) still carry an envelope; only a body that is not one is a failure.
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new TransportError('badResponse', response.status);
    }
    if (!isEnvelope(body)) throw new TransportError('badResponse', response.status);
    return body;
  };
}

function isEnvelope(body: unknown): body is Envelope<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  return body.ok === true ? 'value' in body : body.ok === false && 'error' in body;
}
