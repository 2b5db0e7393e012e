import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../../../src/scenario/load.ts';
import type { Scenario } from '../../../src/scenario/types.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Loads a scenario file relative to the repository root; a test fails loudly if it is invalid. */
export function loadFile(path: string): Scenario {
  const result = loadScenario(readFileSync(join(ROOT, path), 'utf8'), path);
  if (!result.ok) throw new Error(`${path} is invalid: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.scenario;
}

/** A fixture with more moves: `movesYaml` (list items of `moves:`, indented two spaces) goes in before `turns:`. */
export function loadWithMoves(path: string, movesYaml: string): Scenario {
  const text = readFileSync(join(ROOT, path), 'utf8').replace('\nturns:\n', `\n${movesYaml}turns:\n`);
  const result = loadScenario(text, path.replace(/\.yaml$/, '-more-moves.yaml'));
  if (!result.ok) throw new Error(`${path} with more moves is invalid: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.scenario;
}

export const liaison = (): Scenario => loadFile('tests/fixtures/engine-liaison.yaml');
export const free = (): Scenario => loadFile('tests/fixtures/engine-free.yaml');

/** The liaison fixture with its turn order reversed: DPRK first, while history's first move is the US's (step 0's test case). */
export const dprkFirstText = (): string => readFileSync(join(ROOT, 'tests/fixtures/engine-liaison.yaml'), 'utf8').replace('order: [us, dprk]', 'order: [dprk, us]');

/** Every engine fixture and every shipped scenario (scenarios/*.yaml), so new scenarios are covered when they land. */
export function allScenarioFiles(): string[] {
  const fixtures = readdirSync(join(ROOT, 'tests/fixtures'))
    .filter((f) => /^engine-.*\.yaml$/.test(f))
    .map((f) => `tests/fixtures/${f}`);
  const shipped = existsSync(join(ROOT, 'scenarios'))
    ? readdirSync(join(ROOT, 'scenarios'))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => `scenarios/${f}`)
    : [];
  return [...fixtures, ...shipped];
}
