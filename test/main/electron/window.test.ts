import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type PermissionCallback = (granted: boolean) => void;

/** A stand-in for WebContents: records the guards the shell installs on it. */
class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  permissionRequest:
    ((contents: unknown, permission: string, callback: PermissionCallback) => void) | null = null;
  permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  setWindowOpenHandler(handler: FakeContents['openHandler']) {
    this.openHandler = handler;
  }
  session = {
    setPermissionRequestHandler: (handler: FakeContents['permissionRequest']) => {
      this.permissionRequest = handler;
    },
    setPermissionCheckHandler: (handler: FakeContents['permissionCheck']) => {
      this.permissionCheck = handler;
    },
  };
}

const windows = vi.hoisted(
  () => [] as Array<{ options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }>,
);

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class BrowserWindow extends Emitter {
    webContents = new FakeContents();
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
  }
  return { BrowserWindow };
});

const { createMainWindow, hardenWebContents, secureWebPreferences } =
  await import('../../../src/main/electron/window');

function navigate(contents: FakeContents, event: string, url: string): boolean {
  const preventDefault = vi.fn();
  contents.emit(event, { preventDefault, url }, 'app://panitia/index.html');
  return preventDefault.mock.calls.length > 0;
}

const FOREIGN = [
  'https://evil.example/',
  'http://127.0.0.1:5173/',
  'file:///etc/passwd',
  'app://panitia.evil/index.html',
  'app://panitia@evil/index.html',
  'app://other/index.html',
  'javascript:alert(1)',
  'not a url',
];

beforeEach(() => {
  windows.length = 0;
});

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and denies Node to the page', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.js');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      allowRunningInsecureContent: false,
    });
  });
});

describe('createMainWindow', () => {
  it('creates one window with the secure preferences and loads app://panitia/index.html', () => {
    const window = createMainWindow('/app/out/preload/index.js');
    expect(windows).toHaveLength(1);
    expect(windows[0]?.options.webPreferences).toEqual(
      secureWebPreferences('/app/out/preload/index.js'),
    );
    expect(
      (window as unknown as { loadURL: ReturnType<typeof vi.fn> }).loadURL,
    ).toHaveBeenCalledWith('app://panitia/index.html');
  });

  it('denies every new window', () => {
    const contents = (createMainWindow('/p.js') as unknown as { webContents: FakeContents })
      .webContents;
    for (const url of ['https://evil.example/', 'app://panitia/index.html', 'about:blank']) {
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('prevents navigation and redirects to any other origin, allows the app origin', () => {
    const contents = (createMainWindow('/p.js') as unknown as { webContents: FakeContents })
      .webContents;
    for (const event of ['will-navigate', 'will-redirect']) {
      for (const url of FOREIGN)
        expect(navigate(contents, event, url), `${event} ${url}`).toBe(true);
      expect(navigate(contents, event, 'app://panitia/index.html#/peserta')).toBe(false);
    }
  });

  it('denies every permission request and check', () => {
    const contents = (createMainWindow('/p.js') as unknown as { webContents: FakeContents })
      .webContents;
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'openExternal',
    ]) {
      const callback = vi.fn();
      contents.permissionRequest?.(contents, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
    expect(contents.permissionCheck?.(contents, 'media', 'app://panitia', {})).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it('refuses to attach a webview', () => {
    const contents = new FakeContents();
    hardenWebContents(contents as never);
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault }, {}, {});
    expect(preventDefault).toHaveBeenCalled();
  });
});
