/**
 * The loopback HTTP transport: the built renderer and the same `dispatch` as Electron IPC, on
 * 127.0.0.1 only, every call requiring a random bearer token. Used by `npm run web` and by the
 * end-to-end tests; never part of the packaged desktop app.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../../shared/contract/contract';
import { MAX_IMPORT_BYTES } from '../../shared/contract/contract';
import type { Envelope } from '../../shared/contract/envelope';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { AppError } from '../../shared/errors';
import { RPC_PATH, TOKEN_PARAM } from '../../shared/transport';
import { dispatchEnveloped } from '../core/contract/dispatch';
import { toWireError } from '../core/contract/wire-error';
import { mimeType, resolveStaticPath } from '../core/static/resolve-static-path';

/** Options of {@link startWebServer}. */
export interface WebServerOptions {
  handlers: Handlers;
  /** The built renderer (index.html and assets). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed token for tests; default 32 random bytes. */
  token?: string;
}

/** A running server. */
export interface WebServer {
  /** The address to open, token included. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

// A base64 import plus JSON framing; anything bigger is refused before it is read.
const MAX_BODY_BYTES = Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 64 * 1024;

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** Starts the server on 127.0.0.1. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const expected = Buffer.from(`Bearer ${token}`);
  let port = 0;
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      send(response, 500, { ok: false, error: toWireError(error, 'id') });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Refusing foreign Host headers stops DNS-rebinding pages from reaching this port.
    const host = request.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return send(response, 421, failure(new AppError('request.forbidden')));
    }
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path.startsWith(RPC_PATH)) return rpc(request, response, path.slice(RPC_PATH.length));
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, failure(new AppError('request.forbidden')));
    }
    return serveStatic(response, options.rendererDir, request.url ?? '/');
  }

  async function rpc(request: IncomingMessage, response: ServerResponse, channel: string) {
    if (request.method !== 'POST')
      return send(response, 405, failure(new AppError('request.forbidden')));
    const authorization = Buffer.from(request.headers.authorization ?? '');
    if (authorization.length !== expected.length || !timingSafeEqual(authorization, expected)) {
      return send(response, 401, failure(new AppError('request.unauthorized')));
    }
    const language = (request.headers['accept-language'] ?? '').startsWith('en') ? 'en' : 'id';
    let input: unknown;
    try {
      const body = await readBody(request);
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch (error) {
      const detail = error instanceof BodyTooLarge ? 'body too large' : 'malformed JSON';
      return send(response, 400, failure(new AppError('request.invalid', { detail }), language));
    }
    send(response, 200, await dispatchEnveloped(options.handlers, channel, input, language));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?${TOKEN_PARAM}=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function failure(error: AppError, language: 'id' | 'en' = 'id'): Envelope<never> {
  return { ok: false, error: toWireError(error, language) };
}

function send(response: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  const body = JSON.stringify(envelope);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  response.end(body);
}

async function serveStatic(response: ServerResponse, root: string, urlPath: string): Promise<void> {
  const file = resolveStaticPath(root, urlPath);
  if (!file) {
    response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  const content = await readFile(file);
  response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': mimeType(file) });
  response.end(content);
}

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
