import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// What a browser has and jsdom lacks, used by Ant Design's responsive layout.
if (typeof window.matchMedia === 'undefined') {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (typeof window.ResizeObserver === 'undefined') {
  window.ResizeObserver = class {
    observe(): void {
      // jsdom does no layout: nothing ever resizes
    }
    unobserve(): void {
      // nothing observed
    }
    disconnect(): void {
      // nothing observed
    }
  };
}

afterEach(() => {
  cleanup();
  localStorage.clear();
});
