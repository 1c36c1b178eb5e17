/**
 * Registers one `ipcMain.handle` per contract channel. Every call is sender-checked, then goes
 * through the same `dispatchEnveloped` as the HTTP transport, so it always resolves to an envelope.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, IPC_PREFIX } from '../../shared/contract/channels';
import type { Handlers } from '../../shared/contract/contract';
import type { Envelope } from '../../shared/contract/envelope';
import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/i18n/errors';
import { dispatchEnveloped } from '../core/contract/dispatch';
import { toWireError } from '../core/contract/wire-error';
import { isAppUrl } from './app-url';

/** What the IPC layer needs from the rest of the shell. */
export interface IpcOptions {
  /** The one window allowed to call; null before it exists or after it closed. */
  getWindow: () => BrowserWindow | null;
  /** The language of error messages, read per call. */
  language: () => Language;
}

/**
 * Whether an invoke comes from the main frame of our window showing an app:// page. A subframe,
 * another window, a navigated-away page or a frame already gone (null) is refused.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame || frame.detached || !window || window.isDestroyed()) return false;
    if (event.sender !== window.webContents) return false;
    // The top frame has no parent; an iframe (even one on app://) does. The id comparison, not
    // object identity, because Electron may hand out a new wrapper for the same frame.
    if (frame.parent !== null) return false;
    if (frame.frameTreeNodeId !== window.webContents.mainFrame.frameTreeNodeId) return false;
    return isAppUrl(frame.url);
  } catch {
    // A frame disposed mid-call throws on property access: that sender is gone, refuse it.
    return false;
  }
}

/** Registers every channel; returns a function that removes them again. */
export function registerIpc(handlers: Handlers, options: IpcOptions): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(
      IPC_PREFIX + channel,
      async (event, raw: unknown): Promise<Envelope<unknown>> => {
        const language = options.language();
        if (!isTrustedSender(event, options.getWindow())) {
          return { ok: false, error: toWireError(new AppError('request.forbidden'), language) };
        }
        return dispatchEnveloped(handlers, channel, raw, language);
      },
    );
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(IPC_PREFIX + channel);
  };
}
