// Renderer tests run in jsdom: jest-dom matchers, a clean DOM and clean storage for every test,
// and the few layout facts jsdom lacks so the virtual list renders rows.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
  document.documentElement.lang = '';
});

// jsdom does no layout: every element reports 0×0, so a virtualizer would render no rows.
// A 600 px high viewport shows about 14 rows of the candidate list.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get: () => 600,
});
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 900 });
// Content height: the tallest explicitly sized child (the virtual list's canvas), or the viewport.
Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
  configurable: true,
  get(this: HTMLElement) {
    const heights = Array.from(
      this.children,
      (child) => Number.parseFloat((child as HTMLElement).style?.height ?? '') || 0,
    );
    return Math.max(600, ...heights);
  },
});
// jsdom does not implement element scrolling; keep scrollTop in step so scroll events work.
Element.prototype.scrollTo = function scrollTo(
  this: Element,
  options?: ScrollToOptions | number,
  y?: number,
) {
  const top = typeof options === 'number' ? y : options?.top;
  if (typeof top === 'number') this.scrollTop = top;
  this.dispatchEvent(new Event('scroll'));
} as Element['scrollTo'];
