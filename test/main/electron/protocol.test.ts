import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp';

const electron = vi.hoisted(() => ({
  privileged: [] as unknown[],
  handled: new Map<string, (request: Request) => Promise<Response>>(),
}));

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => electron.privileged.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
      electron.handled.set(scheme, handler),
  },
}));

const { createAppProtocolHandler, registerAppScheme, serveAppProtocol } =
  await import('../../../src/main/electron/protocol');

let root: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'panitia-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Panitia</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
  // Beside the root: reachable only through a traversal.
  writeFileSync(join(base, 'secret.txt'), 'rahasia');
  mkdirSync(join(base, 'renderer-evil'));
  writeFileSync(join(base, 'renderer-evil', 'x.txt'), 'rahasia');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
  handler = createAppProtocolHandler(root);
});

/**
 * Calls the handler with the URL exactly as written. A real `Request` would normalise `..`
 * first, which would hide a broken guard, so the handler also gets a plain object.
 */
async function get(url: string, method = 'GET'): Promise<Response> {
  return handler({ url, method } as Request);
}

async function expectNotFound(url: string) {
  const response = await get(url);
  expect(response.status, url).toBe(404);
  expect(await response.text(), url).not.toContain('rahasia');
  expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
}

describe('app:// protocol', () => {
  it('registers app as a standard, secure, fetch-capable scheme', () => {
    registerAppScheme();
    expect(electron.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('installs the handler for the app scheme', () => {
    serveAppProtocol(root);
    expect([...electron.handled.keys()]).toEqual(['app']);
  });

  it('serves index.html with the CSP, nosniff and text/html', async () => {
    const response = await get('app://panitia/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Panitia</title>');
  });

  it('serves / as index.html and assets with their MIME types', async () => {
    expect((await get('app://panitia/')).headers.get('content-type')).toBe(
      'text/html; charset=utf-8',
    );
    expect((await get('app://panitia/assets/app.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await get('app://panitia/assets/app.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
  });

  it('works with a real, parsed Request too', async () => {
    const response = await handler(new Request('app://panitia/index.html'));
    expect(response.status).toBe(200);
  });

  it.each([
    'app://panitia/../secret.txt',
    'app://panitia/assets/../../secret.txt',
    'app://panitia/%2e%2e/secret.txt',
    'app://panitia/%2E%2E/secret.txt',
    'app://panitia/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://panitia/..%5csecret.txt',
    'app://panitia/assets%5c..%5c..%5csecret.txt',
    'app://panitia/../renderer-evil/x.txt',
    'app://panitia/assets/link.txt',
    'app://panitia/%00index.html',
    'app://panitia/%zz',
    'app://panitia/assets',
    'app://panitia/missing.js',
    'app://other/index.html',
    'app://panitia.evil/index.html',
  ])('refuses %s with 404', async (url) => {
    await expectNotFound(url);
  });

  it('refuses absolute paths', async () => {
    const secret = join(root, '..', 'secret.txt');
    await expectNotFound(`app://panitia/${secret}`);
    await expectNotFound(`app://panitia/${encodeURIComponent(secret)}`);
    await expectNotFound(`app://panitia//${secret}`);
    await expectNotFound('app://panitia/C:%5cWindows%5cwin.ini');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://panitia/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://panitia/index.html', 'POST')).status).toBe(405);
  });
});
