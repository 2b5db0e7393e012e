/** One machine and one compiled form per scenario object, built on first use and shared. */
import type { Scenario } from '../scenario/types.ts';
import { buildMachine, type ScenarioMachine } from './build-machine.ts';
import { compileScenario, type CompiledScenario } from './compile.ts';

export interface ScenarioEngine {
  readonly machine: ScenarioMachine;
  readonly compiled: CompiledScenario;
}

const cache = new WeakMap<Scenario, ScenarioEngine>();

export function engineFor(scenario: Scenario): ScenarioEngine {
  let engine = cache.get(scenario);
  if (!engine) {
    engine = { machine: buildMachine(scenario), compiled: compileScenario(scenario) };
    cache.set(scenario, engine);
  }
  return engine;
}
