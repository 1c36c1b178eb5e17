import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp';

// Browsers ignore these in a <meta> policy (and warn); the server and app:// send them as headers.
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

describe('index.html', () => {
  const html = readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), '../../src/renderer/index.html'),
    'utf8',
  );
  const doc = new DOMParser().parseFromString(html, 'text/html');

  it('carries the shared CSP (minus header-only directives) in its meta tag', () => {
    const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    const expected = CONTENT_SECURITY_POLICY.split(';')
      .map((directive) => directive.trim())
      .filter((directive) => !HEADER_ONLY.includes(directive.split(/\s+/)[0] ?? ''))
      .join('; ');
    expect(meta?.getAttribute('content')).toBe(expected);
    expect(expected).toContain("script-src 'self'");
  });

  it('loads nothing from outside the app', () => {
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(doc.documentElement.lang).toBe('id');
  });
});
