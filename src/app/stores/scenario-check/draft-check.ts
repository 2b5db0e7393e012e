/**
 * The page's handle on the editor's checker: a Web Worker through comlink, started on first use;
 * where workers are unavailable (jsdom) or the worker dies, the same calls on the page.
 */
import { wrap, type Remote } from 'comlink';
import type { DraftCheck, DraftCheckApi } from './draft-check-api.ts';
import type { DraftDetails } from './draft-details.ts';

type Checker = Remote<DraftCheckApi> | DraftCheckApi;

let checker: Promise<Checker> | null = null;

async function onPage(): Promise<DraftCheckApi> {
  const [{ checkDraft }, { scenarioJsonSchema }] = await Promise.all([import('./draft-check-api.ts'), import('../../../scenario/json-schema.ts')]);
  return { ...checkDraft(), schema: () => scenarioJsonSchema() };
}

function start(): Promise<Checker> {
  if (typeof Worker !== 'undefined') {
    try {
      return Promise.resolve(wrap<DraftCheckApi>(new Worker(new URL('./draft-check.worker.ts', import.meta.url), { type: 'module', name: 'draft-check' })));
    } catch {
      // Fall through to the page.
    }
  }
  return onPage();
}

async function call<T>(run: (api: Checker) => T | Promise<T>): Promise<T> {
  checker ??= start();
  try {
    return await run(await checker);
  } catch {
    // A worker that failed to start or died must not leave the author without diagnostics.
    checker = onPage();
    return run(await checker);
  }
}

export const draftChecker = {
  check: (text: string, file: string): Promise<DraftCheck> => call((api) => api.check(text, file)),
  details: (): Promise<DraftDetails> => call((api) => api.details()),
  schema: (): Promise<Record<string, unknown>> => call((api) => api.schema()),
};
