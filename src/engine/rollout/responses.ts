/** The next move's probabilities under the rollout model, with what-if scaling applied. */
import type { CompiledScenario } from '../compile.ts';
import { PASS } from '../types.ts';
import { modelFor } from './model.ts';
import type { RolloutResponse, RolloutStart, WhatIf } from './types.ts';

/**
 * Every option of the actor(s) to move at `start`, most likely first. With no what-if, `probability`
 * equals Timeline.responses' (a test holds them together); `next` is the chance it is the game's next move.
 */
export function nextResponses(compiled: CompiledScenario, start: RolloutStart, whatIf: WhatIf = {}): RolloutResponse[] {
  const model = modelFor(compiled, whatIf);
  const table = model.table(model.sidOf(start.state), model.firstSlot(start));
  const out: RolloutResponse[] = model.options(table).map((o) => ({
    actor: compiled.actorIds[o.actor] as string,
    move: o.code >= 0 ? (compiled.scenario.moves[o.code]?.id as string) : PASS,
    weight: o.weight,
    probability: o.withinActor,
    next: o.probability,
    goldstein: o.code >= 0 ? (compiled.moveGoldstein[o.code] as number) : null,
  }));
  // Stable sort: ties keep scenario order.
  return out.sort((a, b) => b.next - a.next);
}
