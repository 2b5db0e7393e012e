/**
 * One machine, one compiled form and one statechart outline per scenario object, each built on first
 * use and shared: the only place they are built. Lazily, because a rollout worker needs only the
 * compiled form and the board only the outline.
 */
import type { Scenario } from '../scenario/types.ts';
import { buildMachine, type ScenarioMachine } from './build-machine.ts';
import { compileScenario, type CompiledScenario } from './compile.ts';
import { outlineOf, type OutlineNode } from './machine-outline.ts';

export interface ScenarioEngine {
  readonly machine: ScenarioMachine;
  readonly compiled: CompiledScenario;
  readonly outline: OutlineNode;
}

const cache = new WeakMap<Scenario, ScenarioEngine>();

export function engineFor(scenario: Scenario): ScenarioEngine {
  let engine = cache.get(scenario);
  if (!engine) {
    engine = lazyEngine(scenario);
    cache.set(scenario, engine);
  }
  return engine;
}

function lazyEngine(scenario: Scenario): ScenarioEngine {
  let machine: ScenarioMachine | undefined;
  let compiled: CompiledScenario | undefined;
  let outline: OutlineNode | undefined;
  return {
    get machine() {
      return (machine ??= buildMachine(scenario));
    },
    get compiled() {
      return (compiled ??= compileScenario(scenario));
    },
    get outline() {
      return (outline ??= outlineOf(this.machine));
    },
  };
}
