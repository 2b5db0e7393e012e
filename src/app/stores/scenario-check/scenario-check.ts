/**
 * The page's handle on scenario checking: the loader in a Web Worker (through comlink), or, where
 * workers are unavailable (jsdom), the same loader on the page, loaded on demand.
 */
import { wrap, type Remote } from 'comlink';
import type { LoadResult } from '../../../scenario/index.ts';
import type { ScenarioCheckApi } from './scenario-check.worker.ts';

let remote: Remote<ScenarioCheckApi> | null | undefined;

function worker(): Remote<ScenarioCheckApi> | null {
  if (remote !== undefined) return remote;
  remote = null;
  if (typeof Worker !== 'undefined') {
    try {
      remote = wrap<ScenarioCheckApi>(new Worker(new URL('./scenario-check.worker.ts', import.meta.url), { type: 'module', name: 'scenario-check' }));
    } catch {
      remote = null;
    }
  }
  return remote;
}

/** Validates scenario text as the loader does, off the main thread when the browser can. */
export async function checkScenarioOffThread(text: string, file: string): Promise<LoadResult> {
  const checker = worker();
  if (checker) {
    try {
      return await checker.check(text, file);
    } catch {
      // A worker that failed to start (or died) must not cost the user their file: check here instead.
      remote = null;
    }
  }
  const { loadScenario } = await import('../../../scenario/load.ts');
  return loadScenario(text, file);
}
