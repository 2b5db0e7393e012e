/**
 * Which postures an actor's options can depend on: those its moves' requires and propensity modifiers
 * name, and those of the terminal outcomes (a game that is over has no options). Two states that agree
 * on these postures give the actor the same open moves, weights and pass, so the catalog asks the
 * compiled engine once per distinct combination instead of once per state (halving a cold run's calls).
 */
import type { Condition } from '../../scenario/conditions.ts';
import type { CompiledScenario } from '../compile.ts';

/** Indices into compiled.postures, ascending; null if a condition names something else (then nothing is shared). */
export function optionPostures(compiled: CompiledScenario, actor: number): Int32Array | null {
  const { scenario } = compiled;
  const refs = new Set<string>();
  const conditions: Condition[] = scenario.outcomes.filter((o) => o.terminal).map((o) => o.when);
  scenario.moves.forEach((move, i) => {
    if (compiled.moveActor[i] !== actor) return;
    if (move.requires) conditions.push(move.requires);
    for (const modifier of move.propensity.modifiers) conditions.push(modifier.when);
  });
  for (const condition of conditions) if (!collect(condition, refs)) return null;
  const indices: number[] = [];
  for (const ref of refs) {
    const p = compiled.postures.findIndex((posture) => posture.ref === ref);
    if (p < 0) return null;
    indices.push(p);
  }
  return Int32Array.from(indices.sort((a, b) => a - b));
}


function collect(condition: Condition, refs: Set<string>): boolean {
  if ('all' in condition) return condition.all.every((c) => collect(c, refs));
  if ('any' in condition) return condition.any.every((c) => collect(c, refs));
  if ('not' in condition) return collect(condition.not, refs);
  if (typeof condition.posture !== 'string') return false;
  refs.add(condition.posture);
  return true;
}
