/** The scenarios a room can play: the shipped ones (scenarios/*.yaml) and a facilitator's own YAML, both validated. */
import { readFileSync } from 'node:fs';
import { formatProblem, loadScenario, type Scenario } from '../scenario/index.ts';
import type { RefusalValues, ScenarioChoice, SetupRefusalCode } from '../protocol/index.ts';

const SHIPPED = new URL('../../scenarios/', import.meta.url);
const cache = new Map<string, Scenario>();

/** A scenario that does not load says why in English, and as a code with values for a device to word. */
export type Loaded =
  | { readonly ok: true; readonly scenario: Scenario; readonly source: string | null }
  | { readonly ok: false; readonly code: Extract<SetupRefusalCode, 'no-scenario' | 'scenario-broken'>; readonly values: RefusalValues; readonly message: string };

export function shippedScenario(id: string): Loaded {
  const cached = cache.get(id);
  if (cached) return { ok: true, scenario: cached, source: null };
  const none: Loaded = { ok: false, code: 'no-scenario', values: { scenario: id }, message: `This server has no scenario "${id}": update the server, or host your own copy of the scenario.` };
  if (!/^[a-z0-9-]{1,64}$/.test(id)) return none;
  let text: string;
  try {
    text = readFileSync(new URL(`${id}.yaml`, SHIPPED), 'utf8');
  } catch {
    return none;
  }
  const result = loadScenario(text, `scenarios/${id}.yaml`);
  if (!result.ok) return broken(result.problems.map(formatProblem));
  cache.set(id, result.scenario);
  return { ok: true, scenario: result.scenario, source: null };
}

export function chosenScenario(choice: ScenarioChoice): Loaded {
  if (choice.kind === 'shipped') return shippedScenario(choice.id);
  const result = loadScenario(choice.text, 'scenario.yaml');
  if (!result.ok) return broken(result.problems.map(formatProblem));
  return { ok: true, scenario: result.scenario, source: choice.text };
}

/** "This scenario does not load (2 problems):" and the first five, each as the loader says it. */
function broken(problems: readonly string[]): Loaded {
  const shown = problems.slice(0, 5).join('\n');
  const count = problems.length;
  return { ok: false, code: 'scenario-broken', values: { count, problems: shown }, message: `This scenario does not load (${count} problem${count === 1 ? '' : 's'}):\n${shown}` };
}
