/** Loads a scenario shipped in scenarios/ by its file name, failing loudly with every problem. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../../../src/scenario/index.ts';
import type { Scenario } from '../../../src/scenario/index.ts';

export const SCENARIO_DIR = join(import.meta.dirname, '../../../scenarios');

export function shippedScenarioFiles(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort();
}

export function loadShipped(fileName: string): Scenario {
  const path = join(SCENARIO_DIR, fileName);
  const result = loadScenario(readFileSync(path, 'utf8'), path);
  if (!result.ok) {
    const lines = result.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.path}: ${p.message}`);
    throw new Error(`${fileName} does not load:\n${lines.join('\n')}`);
  }
  return result.scenario;
}
