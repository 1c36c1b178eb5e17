/** The Electron transport: the preload's `window.panitia`, one named function per channel. */
import type { Bridge, Invoke } from '../../shared/contract/bridge';

/** An {@link Invoke} over the preload bridge. */
export function createBridgeInvoke(bridge: Bridge): Invoke {
  return (channel, input) => bridge[channel](input);
}
