/**
 * The `app://panitia/` protocol: serves the built renderer (out/renderer) to the one window, with
 * the strict Content-Security-Policy on every response and nothing outside that folder reachable.
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { mimeType, resolveStaticPath } from '../core/static/resolve-static-path';
import { APP_HOST, APP_SCHEME } from './app-url';

// Sent with every answer, errors included, so no response is ever without the CSP.
const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
} as const;

/**
 * Declares `app:` a standard, secure scheme with fetch support. Must run before the app is
 * ready: without `standard` the page has no origin ('self' in the CSP would match nothing) and
 * without `secure` it is treated like plain http. No `corsEnabled` and no `bypassCSP`: the page
 * only loads its own origin, and leaving CORS off keeps app:// unreadable from any other origin.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves `rootDir` on the `app:` scheme of the default session (after ready). */
export function serveAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}

/**
 * The request handler, separate from Electron so a test can call it with a plain `Request`.
 * Anything that is not a GET/HEAD for a file inside `rootDir` on host `panitia` gets a 404/405.
 */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plain(405, 'Method not allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(404, 'Not found');
    }
    if (url.host !== APP_HOST) return plain(404, 'Not found');
    // Chromium has usually normalised the URL already, but the guard must not rely on that: it
    // gets the path as written and does its own decoding, resolving and realpath check.
    const file = resolveStaticPath(rootDir, rawPath(request.url) ?? url.pathname);
    if (!file) return plain(404, 'Not found');
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return new Response(body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': mimeType(file) },
    });
  };
}

/** The path of `app://host/path?query` exactly as sent, before any normalisation. */
function rawPath(url: string): string | null {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url);
  return match ? match[1] || '/' : null;
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
