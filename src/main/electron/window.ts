/**
 * The one BrowserWindow, locked down: isolated, sandboxed, no Node, no new windows, no
 * navigation away from app://panitia, no permissions.
 */
import { BrowserWindow, type WebContents, type WebPreferences } from 'electron';
import { APP_ENTRY_URL, isAppUrl } from './app-url';

/** The webPreferences of every window; a function so a test can assert each flag. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    // The preload gets only a few Electron modules and no Node: it must be one bundled file.
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // Chromium's spellchecker downloads dictionaries; the app stays offline.
    spellcheck: false,
    navigateOnDragDrop: false,
    experimentalFeatures: false,
    safeDialogs: true,
  };
}

/**
 * Guards any web contents: no new windows, no navigation or redirect off the app origin, no
 * `<webview>`. Applied to every contents the app creates, not only the main window's.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // `details.url`, not the positional url argument, which Electron has deprecated.
  const stayOnApp = (details: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(details.url)) details.preventDefault();
  };
  contents.on('will-navigate', stayOnApp);
  contents.on('will-redirect', stayOnApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Creates the main window and loads the app into it. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'Panitia',
    // Shown once the first paint is ready, so an old laptop does not flash a blank window.
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  const contents = window.webContents;
  hardenWebContents(contents);
  // Nothing the app does needs a camera, notifications, the clipboard API or anything else.
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  contents.session.setPermissionCheckHandler(() => false);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
