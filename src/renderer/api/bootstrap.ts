/**
 * The one place that chooses how the renderer talks to the main process: the Electron bridge
 * when the preload exposed it, otherwise the loopback HTTP server with its bearer token.
 */
import type { Invoke } from '../../shared/contract/bridge';
import type { Api } from '../../shared/contract/contract';
import { TOKEN_PARAM } from '../../shared/transport';
import { createBridgeInvoke } from './bridge-invoke';
import { createApi } from './create-api';
import { createHttpInvoke } from './http-invoke';

/** sessionStorage key of the web-mode token: survives a reload, not the closing of the tab. */
export const TOKEN_STORAGE_KEY = 'panitia.token';

/** What bootstrapping reads from the page; tests pass their own. */
export interface BootstrapEnvironment {
  window: Pick<Window, 'panitia' | 'location' | 'history' | 'sessionStorage'>;
  fetch?: typeof fetch;
  language?: () => string;
}

/** The chosen transport and the Api over it. */
export interface Bootstrapped {
  api: Api;
  transport: 'electron' | 'web';
}

/** Builds the Api for this page. */
export function bootstrapApi(env: BootstrapEnvironment): Bootstrapped {
  const bridge = env.window.panitia;
  if (bridge) return { api: createApi(createBridgeInvoke(bridge)), transport: 'electron' };
  const token = takeToken(env.window) ?? '';
  // A missing token is not fatal here: the server answers `request.unauthorized`, which the
  // screens show translated, telling the user to open the address `npm run web` printed.
  const invoke: Invoke = createHttpInvoke({ token, fetch: env.fetch, language: env.language });
  return { api: createApi(invoke), transport: 'web' };
}

/**
 * The token from `?token=` (stored, then removed from the address bar so it is not left in
 * history or shown on screen), or the one stored by an earlier load of this tab.
 */
export function takeToken(
  win: Pick<Window, 'location' | 'history' | 'sessionStorage'>,
): string | null {
  const url = new URL(win.location.href);
  const fromUrl = url.searchParams.get(TOKEN_PARAM);
  if (fromUrl) {
    win.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete(TOKEN_PARAM);
    win.history.replaceState(win.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return win.sessionStorage.getItem(TOKEN_STORAGE_KEY);
}
