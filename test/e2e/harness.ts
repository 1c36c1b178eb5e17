/**
 * End-to-end harness: the real web mode (store, handlers, loopback server, built renderer) on a
 * temporary data folder, driven by Debian's Chromium through Playwright.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createHandlers } from '../../src/main/core/handlers';
import { openStore, type Store } from '../../src/main/core/store/open-store';
import { startWebServer, type WebServer } from '../../src/main/web/server';

const ROOT = resolve(__dirname, '../..');
const RENDERER = join(ROOT, 'out', 'renderer');
/** Where screenshots go; CI keeps this folder. */
export const SCREENSHOTS = join(ROOT, 'test-results', 'e2e');

// Flags that work as root here; without the background-networking ones Chromium floods the
// closed network (reference/toolchain.md).
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=id-ID',
];

/** A running app and a browser page on it. */
export interface E2eApp {
  page: Page;
  server: WebServer;
  store: Store;
  dataDir: string;
  /** Saves what the user sees (the app scrolls inside its panes) as test-results/e2e/<name>.png. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts web mode on a fresh data folder and opens its URL in Chromium. */
export async function startApp(): Promise<E2eApp> {
  if (!existsSync(join(RENDERER, 'index.html'))) {
    throw new Error(
      'The renderer is not built: run `npm run build:renderer` (npm test does it first).',
    );
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'panitia-e2e-data-'));
  const profile = mkdtempSync(join(tmpdir(), 'panitia-e2e-profile-'));
  const store = await openStore(join(dataDir, 'panitia.db'));
  const server = await startWebServer({
    handlers: createHandlers({
      store,
      dataDir,
      resourcesDir: join(ROOT, 'resources'),
      transport: 'web',
      version: 'e2e',
    }),
    rendererDir: RENDERER,
  });
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 768 },
    locale: 'id-ID',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // Offline, always: any request leaving 127.0.0.1 fails the test that caused it.
  const external: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') external.push(request.url());
  });
  await page.goto(server.url);
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    page,
    server,
    store,
    dataDir,
    async screenshot(name) {
      const path = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await context.close();
      await server.close();
      store.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
      if (external.length > 0)
        throw new Error(`The app made network requests: ${external.join(', ')}`);
    },
  };
}
