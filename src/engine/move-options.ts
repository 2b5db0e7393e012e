/** What may be played at a timeline node: every move of the actors to move, open or closed and why, and how likely each response is. */
import { explainFailure } from '../scenario/conditions.ts';
import { checkActor, moveCameo, moveGoldstein } from './moves.ts';
import type { TimelineView } from './timeline-view.ts';
import { nextActorsAt, turnReason } from './turns.ts';
import { PASS, type ActorId, type MoveOption, type NodeId, type ResponseProbability } from './types.ts';

export function moveOptions(view: TimelineView, id: NodeId, actor?: ActorId): readonly MoveOption[] {
  const { scenario } = view;
  const { compiled } = view.engine;
  const next = nextActorsAt(view, id);
  const actors = actor !== undefined ? [checkActor(scenario, actor)] : next;
  const state = view.stateOf(id);
  const postures = compiled.unpack(state);
  return actors.flatMap((a) => {
    const notYours = turnReason(view, id, a, next);
    return scenario.moves.flatMap((move, i) => {
      if (move.actor !== a) return [];
      const open = notYours === null && compiled.isOpen(state, i);
      const reason = open ? null : (notYours ?? (move.requires ? explainFailure(scenario, move.requires, postures) : null));
      const { goldstein: _g, ...cameo } = moveCameo(move);
      return [{ actor: a, move, open, reason, goldstein: moveGoldstein(move), cameo }];
    });
  });
}

export function responseProbabilities(view: TimelineView, id: NodeId, actor?: ActorId): readonly ResponseProbability[] {
  view.check(id);
  const { scenario } = view;
  const { compiled } = view.engine;
  const state = view.stateOf(id);
  const actors = actor !== undefined ? [checkActor(scenario, actor)] : nextActorsAt(view, id);
  return actors.flatMap((a) => {
    const { moves, weights, pass } = compiled.weights(state, compiled.actorIds.indexOf(a));
    const entries = moves.map((m, i) => ({ move: scenario.moves[m]?.id as string, weight: weights[i] as number }));
    if (compiled.canPass(state)) entries.push({ move: PASS, weight: pass });
    const total = entries.reduce((sum, e) => sum + e.weight, 0);
    // With every weight at zero nobody can say what the actor prefers: all probabilities are 0.
    return entries.map((e) => ({ actor: a, move: e.move, weight: e.weight, probability: total > 0 ? e.weight / total : 0 }));
  });
}
