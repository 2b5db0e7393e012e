/// <reference lib="webworker" />
/** Checks a scenario file off the main thread: a 2 MB file or a 1,000-step replay never freezes the page. */
import { expose } from 'comlink';
import { loadScenario } from '../../../scenario/load.ts';

const api = {
  check: (text: string, file: string) => loadScenario(text, file),
};

export type ScenarioCheckApi = typeof api;

expose(api);
