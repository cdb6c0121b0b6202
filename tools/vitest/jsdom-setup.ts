import { cleanup, configure } from '@testing-library/react';
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

// findBy… and waitFor wait up to 5 s rather than 1 s: on a busy two-core CI machine a render
// after a click or a debounce can take longer than a second; a passing test returns as soon
// as its condition holds, so this costs nothing when the machine is quiet.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});
