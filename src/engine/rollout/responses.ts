/** The next move's probabilities under the rollout model, with what-if scaling applied. */
import type { CompiledScenario } from '../compile.ts';
import { PASS } from '../types.ts';
import { ACTOR, CODE, modelFor, PROBABILITY, STRIDE, WEIGHT, WITHIN_ACTOR } from './model.ts';
import type { RolloutResponse, RolloutStart, WhatIf } from './types.ts';

/**
 * Every option of the actor(s) to move at `start`, most likely first. With no what-if, `probability`
 * equals Timeline.responses' (a test holds them together); `next` is the chance it is the game's next move.
 */
export function nextResponses(compiled: CompiledScenario, start: RolloutStart, whatIf: WhatIf = {}): RolloutResponse[] {
  const model = modelFor(compiled, whatIf);
  const info = model.info(start.state);
  const table = model.table(info, start.state, model.firstSlot(start));
  const out: RolloutResponse[] = [];
  for (let i = 0; i < table.size; i++) {
    const field = (f: number) => table.data[i * STRIDE + f] as number;
    const code = field(CODE);
    out.push({
      actor: compiled.actorIds[field(ACTOR)] as string,
      move: code >= 0 ? (compiled.scenario.moves[code]?.id as string) : PASS,
      weight: field(WEIGHT),
      probability: field(WITHIN_ACTOR),
      next: field(PROBABILITY),
      goldstein: code >= 0 ? (compiled.moveGoldstein[code] as number) : null,
    });
  }
  // Stable sort: ties keep scenario order.
  return out.sort((a, b) => b.next - a.next);
}
