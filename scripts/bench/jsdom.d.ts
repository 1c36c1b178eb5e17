/**
 * The one part of jsdom the bench uses. jsdom comes with vitest's renderer environment but
 * without types; a declaration this small beats another dependency.
 */
declare module 'jsdom' {
  /** A document and its window, outside any browser. */
  export class JSDOM {
    constructor(html: string);
    readonly window: Window & typeof globalThis;
  }
}
