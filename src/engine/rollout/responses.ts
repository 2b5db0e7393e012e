/**
 * Response probabilities: the one place they are read out of the rollout model (model.ts works
 * them out, the numbers its draws use). Timeline.responses gives actorResponses; the What happens
 * next panel and the CLI give nextResponses, with what-if scaling.
 */
import type { CompiledScenario, PackedState } from '../compile.ts';
import { PASS, type ResponseProbability } from '../types.ts';
import type { ModelOption } from './choice-tables.ts';
import { lapseTrack } from './lapse-track.ts';
import { modelFor } from './model.ts';
import type { RolloutResponse, RolloutStart, WhatIf } from './types.ts';

/**
 * Every option of the actor(s) to move at `start`, most likely first. `probability` is within the
 * actor's options; `next` is the chance it is the game's next move.
 */
export function nextResponses(compiled: CompiledScenario, start: RolloutStart, whatIf: WhatIf = {}): RolloutResponse[] {
  const model = modelFor(compiled, whatIf);
  // The first move meets the start's postures with the lapses due by its date applied.
  const lapses = lapseTrack(model, start, 1);
  lapses?.reset();
  const sid = model.sidOfStart(start);
  const table = model.table(lapses ? lapses.due(sid, 1) : sid, model.firstSlot(start));
  const out: RolloutResponse[] = model.options(table).map((o) => ({
    ...response(compiled, o),
    next: o.probability,
    goldstein: o.code >= 0 ? (compiled.moveGoldstein[o.code] as number) : null,
  }));
  // Stable sort: ties keep scenario order.
  return out.sort((a, b) => b.next - a.next);
}

/**
 * Every option of one actor (its index) in a state, whoever's turn it is: its open moves in
 * scenario order, then the pass where allowed, as written (no what-if). Empty when the game is over.
 */
export function actorResponses(compiled: CompiledScenario, state: PackedState, actor: number): ResponseProbability[] {
  const model = modelFor(compiled);
  // Free play keeps one table per state, holding every actor's options.
  const table = model.table(model.sidOf(state), model.free ? 0 : actor);
  return model
    .options(table)
    .filter((o) => o.actor === actor)
    .map((o) => response(compiled, o));
}

function response(compiled: CompiledScenario, o: ModelOption): ResponseProbability {
  return {
    actor: compiled.actorIds[o.actor] as string,
    move: o.code >= 0 ? (compiled.scenario.moves[o.code]?.id as string) : PASS,
    weight: o.weight,
    probability: o.withinActor,
  };
}
