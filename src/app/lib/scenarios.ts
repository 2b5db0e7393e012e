/**
 * The scenarios shipped in scenarios/, loaded lazily as text and validated on demand.
 */
import type { LoadResult } from '../../scenario/index.ts';

const files = import.meta.glob('/scenarios/*.yaml', { query: '?raw', import: 'default' }) as Record<
  string,
  () => Promise<string>
>;

/** The scenario loader (the YAML parser and the schema), loaded on first use, in parallel with the first scenario's text. */
export const loadScenarioReader = () => import('../../scenario/load.ts');

export const DEFAULT_SCENARIO_ID = 'march-2019';

export interface ShippedScenario {
  /** The file name without .yaml, which is also the scenario id by convention. */
  readonly id: string;
  readonly file: string;
  readonly read: () => Promise<string>;
}

export const shippedScenarios: readonly ShippedScenario[] = Object.entries(files)
  .map(([path, read]) => {
    const file = path.split('/').pop() ?? path;
    return { id: file.replace(/\.yaml$/, ''), file, read };
  })
  .sort((a, b) => (a.id === DEFAULT_SCENARIO_ID ? -1 : b.id === DEFAULT_SCENARIO_ID ? 1 : a.id.localeCompare(b.id)));

export interface LoadedShipped {
  readonly entry: ShippedScenario;
  readonly text: string;
  readonly result: LoadResult;
}

/** Reads and validates one shipped scenario; null when no file has that id. */
export async function loadShipped(id: string): Promise<LoadedShipped | null> {
  const entry = shippedScenarios.find((s) => s.id === id);
  if (!entry) return null;
  const [text, { loadScenario }] = await Promise.all([entry.read(), loadScenarioReader()]);
  return { entry, text, result: loadScenario(text, `scenarios/${entry.file}`) };
}

/** The text a new scenario starts from (scenarios/templates/new-scenario.yaml), loaded on first use. */
export const readNewScenarioTemplate = (): Promise<string> => import('/scenarios/templates/new-scenario.yaml?raw').then((m: { default: string }) => m.default);
