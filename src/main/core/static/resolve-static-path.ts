/** Maps a URL path onto a file inside a root folder, refusing anything that would leave it. */
import { realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The file under `root` that `urlPath` names (`/` → index.html), or null when the path is
 * malformed, escapes the root (`..`, encoded dots or backslashes, symlinks) or is not a file.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
  } catch {
    return null;
  }
  // Backslashes and NUL never appear in our file names; refusing them closes Windows tricks.
  if (decoded.includes('\\') || decoded.includes('\0')) return null;
  const relativePath =
    decoded === '' || decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (isAbsolute(relativePath)) return null;
  const rootReal = realpathSync(root);
  const candidate = resolve(rootReal, relativePath);
  if (!isInside(rootReal, candidate)) return null;
  try {
    const real = realpathSync(candidate);
    if (!isInside(rootReal, real) || !statSync(real).isFile()) return null;
    return real;
  } catch {
    return null;
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type for a file name; unknown types are served as opaque bytes. */
export function mimeType(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
