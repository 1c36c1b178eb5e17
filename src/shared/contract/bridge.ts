/**
 * What the sandboxed preload puts on `window.panitia`: one named function per channel, each
 * resolving to an envelope. The renderer never sees `ipcRenderer` itself.
 */
import type { Channel } from './channels';
import type { Envelope } from './envelope';

/** Sends one call over some transport and resolves to its envelope. */
export type Invoke = (channel: Channel, input: unknown) => Promise<Envelope<unknown>>;

/** The object the preload exposes in the main world as `window.panitia`. */
export type Bridge = Readonly<Record<Channel, (input: unknown) => Promise<Envelope<unknown>>>>;

/** The global name of the bridge. */
export const BRIDGE_GLOBAL = 'panitia';
