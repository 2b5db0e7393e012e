// Shared test setup. jsdom tests opt in with `// @vitest-environment jsdom` at the top of the file.
import { afterEach } from 'vitest';

if (typeof window !== 'undefined') {
  // Recharts' ResponsiveContainer renders nothing without a ResizeObserver that reports a size.
  class FixedResizeObserver {
    private readonly callback: ResizeObserverCallback;
    constructor(callback: ResizeObserverCallback) {
      this.callback = callback;
    }
    observe(target: Element) {
      const contentRect = { width: 640, height: 300, top: 0, left: 0, bottom: 300, right: 640, x: 0, y: 0 } as DOMRectReadOnly;
      this.callback([{ target, contentRect } as ResizeObserverEntry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  }
  window.ResizeObserver = FixedResizeObserver as unknown as typeof ResizeObserver;
  const { cleanup, configure } = await import('@testing-library/react');
  afterEach(() => cleanup());
  // findBy… and waitFor wait 5 s, not 1 s: a loaded 2-core machine (CI beside other work) can take
  // longer than a second to render a dialog after an upload; a test that should fail still fails.
  configure({ asyncUtilTimeout: 5_000 });
}

// Code outside React (reports, log lines) reads every part of the catalogue; the app loads the
// lazy part with its features (src/app/lib/words/catalogue.ts).
const { loadLazyMessages } = await import('../src/app/lib/words/catalogue.ts');
await loadLazyMessages();
