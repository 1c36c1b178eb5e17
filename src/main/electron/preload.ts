/**
 * The sandboxed preload: puts `window.panitia` in the page, one named function per channel.
 * It imports only `electron` and the zod-free channel list, because a sandboxed preload cannot
 * require anything else and is bundled into one file. `ipcRenderer` itself never reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Bridge } from '../../shared/contract/bridge';
import { BRIDGE_GLOBAL } from '../../shared/contract/bridge';
import { CHANNELS, IPC_PREFIX } from '../../shared/contract/channels';
import type { Envelope } from '../../shared/contract/envelope';

/** Builds the bridge: each function forwards one argument to its own prefixed channel only. */
export function createBridge(): Bridge {
  const entries = CHANNELS.map((channel) => {
    const ipcChannel = IPC_PREFIX + channel;
    // Exactly one argument is forwarded, so the page cannot smuggle extra ones to the handler.
    const call = (input: unknown): Promise<Envelope<unknown>> =>
      ipcRenderer.invoke(ipcChannel, input);
    return [channel, call] as const;
  });
  return Object.freeze(Object.fromEntries(entries)) as Bridge;
}

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge());
