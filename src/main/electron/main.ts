/**
 * The Electron entry point (out/main/index.js): one instance, one store in userData, one window.
 * Everything here is wiring; the work happens in src/main/core.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { isAppError } from '../../shared/errors';
import { errorMessage } from '../../shared/i18n/errors';
import { prepareOsDeviceKey } from '../core/device/device-start';
import type { OsSealer } from '../core/device/os-sealer';
import { createHandlers } from '../core/handlers';
import { openStore, type Store } from '../core/store/open-store';
import { registerIpc } from './ipc';
import { appLanguage } from './locale';
import { installMenu } from './menu';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { safeStorageSealer } from './safe-storage-sealer';
import { createMainWindow, hardenWebContents } from './window';

/** File name of the database inside the userData folder. */
export const DATABASE_FILE = 'panitia.db';
/** Folder of automatic backups inside the userData folder. */
export const BACKUP_FOLDER = 'backups';

let store: Store | null = null;
let mainWindow: BrowserWindow | null = null;

/** Opens the store and the window; on a store error explains it in a dialog and quits. */
export async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  try {
    store = await openStore(join(dataDir, DATABASE_FILE), {
      backupDir: join(dataDir, BACKUP_FOLDER),
      checkpointWhenIdle: true,
    });
  } catch (error) {
    showFatalError(error);
    app.quit();
    return;
  }
  const osSealer = safeStorageSealer();
  prepareDeviceKey(store, osSealer);
  const handlers = createHandlers({
    store,
    dataDir,
    resourcesDir: resourcesDir(),
    transport: 'electron',
    version: app.getVersion(),
    osSealer,
  });
  // __dirname is out/main in the build; the renderer and preload are its siblings.
  serveAppProtocol(join(__dirname, '../renderer'));
  registerIpc(handlers, { getWindow: () => mainWindow, language: appLanguage });
  installMenu(app.isPackaged);
  openWindow();
}

/**
 * The folder holding `rubrics/`: electron-builder's extraResources put it beside app.asar in a
 * package; in development it is the repository's own (out/main/../../resources).
 */
export function resourcesDir(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'resources')
    : join(__dirname, '../../resources');
}

/**
 * Creates (first start) or unlocks the OS-sealed device key. A refusal does not stop the app:
 * the Perangkat screen shows the key locked and explains the refusal when asked to unlock.
 */
function prepareDeviceKey(opened: Store, osSealer: OsSealer): void {
  try {
    prepareOsDeviceKey(opened, osSealer);
  } catch (error) {
    console.error('[panitia] device key not ready:', isAppError(error) ? error.code : error);
  }
}

function openWindow(): void {
  mainWindow = createMainWindow(join(__dirname, '../preload/index.js'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

/** The translated dialog for an error that stops the app from starting. */
function showFatalError(error: unknown): void {
  const language = appLanguage();
  const message = isAppError(error)
    ? errorMessage(error.code, error.params, language)
    : errorMessage('internal', {}, language);
  if (!isAppError(error)) console.error('[panitia] cannot open the store:', error);
  dialog.showErrorBox('Panitia', message);
}

/** Installs the lifecycle hooks; called once when the bundle loads. */
export function main(): void {
  // Two processes writing one SQLite file is exactly what the store must never see.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Every web contents, not only the main window's, gets the navigation and window guards.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (store && BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('will-quit', () => {
    store?.close();
    store = null;
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      showFatalError(error);
      app.quit();
    });
}

main();
