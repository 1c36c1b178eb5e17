/**
 * The one origin the app's own pages live on. Every check that asks "is this us?" (the IPC
 * sender check, the navigation guard, the protocol handler) goes through {@link isAppUrl}.
 */

/** The custom scheme the renderer is served from. */
export const APP_SCHEME = 'app';

/** The host of every app URL; `app://panitia/…`. */
export const APP_HOST = 'panitia';

/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Whether `url` is on the app's origin. Parsed with `URL` and compared part by part, never with
 * `startsWith`: `app://panitia.evil/` and `app://panitia@evil/` must not pass.
 */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
