import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src/shared/contract/channels';
import { AppError } from '../../../src/shared/errors';

/** Everything the shell asks of Electron, recorded; reset before each test. */
const state = vi.hoisted(() => ({
  lock: true,
  locale: 'id-ID',
  appEvents: new Map<string, (...args: unknown[]) => void>(),
  ready: Promise.resolve() as Promise<void>,
  quit: vi.fn(),
  errorBox: vi.fn(),
  protocolHandle: vi.fn(),
  privileged: vi.fn(),
  ipcHandle: vi.fn(),
  windows: [] as Array<{ options: Record<string, unknown> }>,
  openStore: vi.fn(),
  createHandlers: vi.fn(),
  storeClose: vi.fn(),
  prepareDeviceKey: vi.fn(),
  safeStorage: { isEncryptionAvailable: vi.fn(() => true), getSelectedStorageBackend: vi.fn() },
}));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  class WebContents extends EventEmitter {
    setWindowOpenHandler = vi.fn();
    session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
  }
  class BrowserWindow extends EventEmitter {
    static getAllWindows = () => state.windows;
    webContents = new WebContents();
    loadURL = vi.fn(async () => undefined);
    constructor(readonly options: Record<string, unknown>) {
      super();
      state.windows.push(this);
    }
  }
  return {
    app: {
      requestSingleInstanceLock: () => state.lock,
      whenReady: () => state.ready,
      on: (name: string, listener: (...args: unknown[]) => void) =>
        state.appEvents.set(name, listener),
      quit: state.quit,
      getPath: (name: string) => (name === 'userData' ? '/data/Panitia' : `/unexpected/${name}`),
      getVersion: () => '0.1.0',
      getLocale: () => state.locale,
      isPackaged: true,
    },
    BrowserWindow,
    dialog: { showErrorBox: state.errorBox },
    protocol: { registerSchemesAsPrivileged: state.privileged, handle: state.protocolHandle },
    ipcMain: { handle: state.ipcHandle, removeHandler: vi.fn() },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: vi.fn() },
    safeStorage: state.safeStorage,
  };
});

vi.mock('../../../src/main/core/store/open-store', () => ({ openStore: state.openStore }));
vi.mock('../../../src/main/core/handlers', () => ({ createHandlers: state.createHandlers }));
vi.mock('../../../src/main/core/device/device-start', () => ({
  prepareOsDeviceKey: state.prepareDeviceKey,
}));

beforeEach(() => {
  vi.resetModules();
  // Electron sets process.resourcesPath; plain Node (the test) does not.
  Object.defineProperty(process, 'resourcesPath', {
    value: '/opt/Panitia/resources',
    configurable: true,
  });
  state.lock = true;
  state.locale = 'id-ID';
  state.appEvents.clear();
  state.ready = Promise.resolve();
  state.windows.length = 0;
  for (const mock of [
    state.quit,
    state.errorBox,
    state.protocolHandle,
    state.privileged,
    state.ipcHandle,
  ])
    mock.mockReset();
  state.storeClose.mockReset();
  state.prepareDeviceKey.mockReset().mockReturnValue('created');
  state.openStore
    .mockReset()
    .mockResolvedValue({ deviceId: 'd', schemaVersion: 1, close: state.storeClose });
  state.createHandlers.mockReset().mockReturnValue({});
});

/** Loads main.ts (which starts itself) and lets whenReady().then(start) finish. */
async function boot() {
  const main = await import('../../../src/main/electron/main');
  await state.ready;
  await vi.waitFor(() =>
    expect(state.quit.mock.calls.length + state.windows.length).toBeGreaterThan(0),
  );
  return main;
}

describe('main', () => {
  it('opens the store in userData, serves the renderer, registers IPC and opens one window', async () => {
    await boot();
    expect(state.privileged).toHaveBeenCalledOnce();
    expect(state.openStore).toHaveBeenCalledExactlyOnceWith(join('/data/Panitia', 'panitia.db'), {
      backupDir: join('/data/Panitia', 'backups'),
      checkpointWhenIdle: true,
    });
    expect(state.createHandlers).toHaveBeenCalledWith(
      expect.objectContaining({
        dataDir: '/data/Panitia',
        resourcesDir: join('/opt/Panitia/resources', 'resources'),
        transport: 'electron',
        version: '0.1.0',
      }),
    );
    expect(state.protocolHandle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(state.ipcHandle).toHaveBeenCalledTimes(CHANNELS.length);
    expect(state.windows).toHaveLength(1);
    expect(state.quit).not.toHaveBeenCalled();
  });

  it('creates or unlocks the device key with safeStorage, and gives the handlers that sealer', async () => {
    await boot();
    const [store, sealer] = state.prepareDeviceKey.mock.calls[0] as [
      unknown,
      { available(): boolean },
    ];
    expect(store).toBe(await state.openStore.mock.results[0]?.value);
    const context = state.createHandlers.mock.calls[0]?.[0] as { osSealer: unknown };
    expect(context.osSealer).toBe(sealer);
    // The sealer asks safeStorage itself, so the core's refusal follows the OS's answer.
    expect(sealer.available()).toBe(true);
    state.safeStorage.isEncryptionAvailable.mockReturnValueOnce(false);
    expect(sealer.available()).toBe(false);
  });

  it('starts anyway when the OS refuses to open the device key, logging only the code', async () => {
    state.prepareDeviceKey.mockImplementation(() => {
      throw new AppError('deviceKey.osUnsealFailed');
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await boot();
    expect(logged).toHaveBeenCalledWith(
      '[panitia] device key not ready:',
      'deviceKey.osUnsealFailed',
    );
    logged.mockRestore();
    expect(state.windows).toHaveLength(1);
    expect(state.quit).not.toHaveBeenCalled();
  });

  it('closes the store when the app quits', async () => {
    await boot();
    state.appEvents.get('will-quit')?.();
    expect(state.storeClose).toHaveBeenCalledOnce();
  });

  it('quits at once when another instance holds the lock', async () => {
    state.lock = false;
    await import('../../../src/main/electron/main');
    expect(state.quit).toHaveBeenCalledOnce();
    expect(state.openStore).not.toHaveBeenCalled();
  });

  it('explains a store error in a translated dialog, then quits without a window', async () => {
    state.openStore.mockRejectedValue(new AppError('store.locked'));
    await boot();
    expect(state.errorBox).toHaveBeenCalledExactlyOnceWith(
      'Panitia',
      'Basis data sedang dipakai oleh proses lain. Tutup aplikasi Panitia lain lalu coba lagi.',
    );
    expect(state.quit).toHaveBeenCalled();
    expect(state.windows).toHaveLength(0);
    expect(state.ipcHandle).not.toHaveBeenCalled();
  });

  it('uses English when the OS locale is English, and hides unexpected errors behind `internal`', async () => {
    state.locale = 'en-US';
    state.openStore.mockRejectedValue(new Error('SQLITE_IOERR: secret path /x'));
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await boot();
    quiet.mockRestore();
    const [, message] = state.errorBox.mock.calls[0] as [string, string];
    expect(message).toMatch(/^An internal error occurred/);
    expect(message).not.toContain('SQLITE_IOERR');
  });

  it('guards every web contents the app creates', async () => {
    await boot();
    const contents = { setWindowOpenHandler: vi.fn(), on: vi.fn() };
    state.appEvents.get('web-contents-created')?.({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.on.mock.calls.map(([name]) => name)).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']),
    );
  });
});
