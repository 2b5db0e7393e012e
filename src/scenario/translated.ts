/**
 * What a translated scenario remembers (translation.ts makes them): the scenario it was made from,
 * and which of its texts are still the original's. Kept apart, with no imports, so the app can ask
 * without loading the YAML parser.
 */
import type { Scenario } from './types.ts';

const originals = new WeakMap<Scenario, Scenario>();
const untranslated = new WeakMap<Scenario, ReadonlySet<string>>();

export function rememberTranslation(translated: Scenario, original: Scenario, kept: ReadonlySet<string>): void {
  originals.set(translated, original);
  untranslated.set(translated, kept);
}

/** The scenario as its own file has it: itself, or what a translation was made from. */
export function originalScenario(scenario: Scenario): Scenario {
  return originals.get(scenario) ?? scenario;
}

/** The texts of a translated scenario that are still in the original's language (empty for an original). */
export function untranslatedTexts(scenario: Scenario): ReadonlySet<string> {
  return untranslated.get(scenario) ?? new Set();
}
