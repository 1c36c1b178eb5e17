import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp';
import { createHandlers } from '../../../src/main/core/handlers';
import { startWebServer, type WebServer } from '../../../src/main/web/server';
import { RESOURCES_DIR } from '../../helpers/resources';
import { tempDir, tempStore } from '../../helpers/temp-store';

let server: WebServer;
let outside: string;

beforeAll(async () => {
  const store = await tempStore();
  const root = tempDir();
  outside = tempDir();
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Panitia</title>');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(outside, 'secret.txt'), 'rahasia');
  symlinkSync(join(outside, 'secret.txt'), join(root, 'assets', 'link.txt'));
  server = await startWebServer({
    handlers: createHandlers({
      store,
      dataDir: root,
      resourcesDir: RESOURCES_DIR,
      transport: 'web',
      version: '1.0.0',
    }),
    rendererDir: root,
  });
});

afterAll(() => server.close());

/** A raw request, so paths reach the server exactly as written (fetch would normalise them). */
function raw(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path,
          method: options.method ?? 'GET',
          headers: options.headers,
        },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.end(options.body);
    },
  );
}

const rpc = (channel: string, body: unknown, token = server.token) =>
  raw(`/rpc/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('the loopback web server', () => {
  it('prints a URL on 127.0.0.1 that carries the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(40);
  });

  it('serves the renderer with the strict CSP', async () => {
    const page = await raw('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect((await raw('/assets/app.js')).headers['content-type']).toContain('text/javascript');
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets%5c..%5c..%5csecret.txt',
    '/assets/link.txt',
    '/missing.js',
  ])('refuses %s', async (path) => {
    const response = await raw(path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('rahasia');
  });

  it('answers RPC calls with the envelope when the token is right', async () => {
    const response = await rpc('app:info', {});
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: true,
      value: { version: '1.0.0', transport: 'web' },
    });
  });

  it('refuses RPC calls without the token or with a wrong one, before running anything', async () => {
    const created = { name: 'S', year: 2024, type: 'CPNS', instansi: 'I', location: 'L' };
    for (const token of ['', 'x', `${server.token}x`]) {
      const response = await rpc('selection:create', created, token);
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body)).toMatchObject({
        ok: false,
        error: { code: 'request.unauthorized' },
      });
    }
    const list = JSON.parse((await rpc('selection:list', {})).body) as { value: unknown[] };
    expect(list.value).toEqual([]);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const response = await raw('/rpc/app:info', {
      method: 'POST',
      headers: { Host: 'evil.example:80', Authorization: `Bearer ${server.token}` },
      body: '{}',
    });
    expect(response.status).toBe(421);
  });

  it('answers malformed JSON with a translated request.invalid', async () => {
    const response = await raw('/rpc/selection:list', {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Accept-Language': 'en-US' },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: false,
      error: { code: 'request.invalid', message: expect.stringMatching(/^Invalid request/) },
    });
  });

  it('listens on 127.0.0.1 only: another address of the machine is refused', async () => {
    // A server bound to 0.0.0.0 would answer on 127.0.0.2 too; one bound to 127.0.0.1 does not.
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
      const req = request({ host: '127.0.0.2', port: server.port, path: '/' }, () => resolve(null));
      req.on('error', (e: NodeJS.ErrnoException) => resolve(e));
      req.end();
    });
    expect(error?.code).toBe('ECONNREFUSED');
  });
});
