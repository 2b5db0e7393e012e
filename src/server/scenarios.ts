/** The scenarios a room can play: the shipped ones (scenarios/*.yaml) and a facilitator's own YAML, both validated. */
import { readFileSync } from 'node:fs';
import { formatProblem, loadScenario, type Scenario } from '../scenario/index.ts';
import type { ScenarioChoice } from '../protocol/index.ts';

const SHIPPED = new URL('../../scenarios/', import.meta.url);
const cache = new Map<string, Scenario>();

export type Loaded = { readonly ok: true; readonly scenario: Scenario; readonly source: string | null } | { readonly ok: false; readonly message: string };

export function shippedScenario(id: string): Loaded {
  const cached = cache.get(id);
  if (cached) return { ok: true, scenario: cached, source: null };
  if (!/^[a-z0-9-]{1,64}$/.test(id)) return { ok: false, message: `There is no shipped scenario "${id}".` };
  let text: string;
  try {
    text = readFileSync(new URL(`${id}.yaml`, SHIPPED), 'utf8');
  } catch {
    return { ok: false, message: `There is no shipped scenario "${id}".` };
  }
  const result = loadScenario(text, `scenarios/${id}.yaml`);
  if (!result.ok) return { ok: false, message: `The shipped scenario "${id}" does not load: ${result.problems.map(formatProblem).join('; ')}` };
  cache.set(id, result.scenario);
  return { ok: true, scenario: result.scenario, source: null };
}

export function chosenScenario(choice: ScenarioChoice): Loaded {
  if (choice.kind === 'shipped') return shippedScenario(choice.id);
  const result = loadScenario(choice.text, 'scenario.yaml');
  if (!result.ok) {
    const shown = result.problems.slice(0, 5).map(formatProblem).join('\n');
    return { ok: false, message: `This scenario does not load (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}):\n${shown}` };
  }
  return { ok: true, scenario: result.scenario, source: choice.text };
}
