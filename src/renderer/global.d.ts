/** Globals the renderer can rely on: the Electron preload bridge, when running in Electron. */
import type { Bridge } from '../shared/contract/bridge';

declare global {
  interface Window {
    /** Present only in Electron, put there by the sandboxed preload. */
    panitia?: Bridge;
  }
}

export {};
