/**
 * Where rollout models come from: per compiled scenario (engineFor's, so one per scenario) one state
 * catalog, and the models of the last few what-ifs over it.
 */
import type { CompiledScenario } from '../compile.ts';
import { RolloutModel } from './choice-tables.ts';
import { StateCatalog } from './state-catalog.ts';
import type { WhatIf } from './types.ts';

const catalogs = new WeakMap<CompiledScenario, StateCatalog>();

function catalogFor(compiled: CompiledScenario): StateCatalog {
  let catalog = catalogs.get(compiled);
  if (!catalog) {
    catalog = new StateCatalog(compiled);
    catalogs.set(compiled, catalog);
  }
  return catalog;
}

const models = new WeakMap<CompiledScenario, Map<string, RolloutModel>>();
const MODELS_KEPT = 8;

/**
 * The model for a scenario and what-if, reused across runs (its tables are the costly part of a short
 * run). Keeps the last few what-ifs per scenario; sensitivity's many variants pass through it.
 */
export function modelFor(compiled: CompiledScenario, whatIf: WhatIf = {}): RolloutModel {
  let byWhatIf = models.get(compiled);
  if (!byWhatIf) {
    byWhatIf = new Map();
    models.set(compiled, byWhatIf);
  }
  const key = JSON.stringify([whatIf.hawkishness ?? {}, whatIf.moveFactors ?? {}, whatIf.passFactor ?? 1]);
  let model = byWhatIf.get(key);
  if (model) {
    // Most recently used last.
    byWhatIf.delete(key);
  } else {
    model = new RolloutModel(catalogFor(compiled), whatIf);
    if (byWhatIf.size >= MODELS_KEPT) byWhatIf.delete(byWhatIf.keys().next().value as string);
  }
  byWhatIf.set(key, model);
  return model;
}
