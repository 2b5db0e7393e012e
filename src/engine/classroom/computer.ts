/**
 * The computer's move for an actor: drawn by propensity (the engine's response probabilities)
 * from a generator seeded with the session's seed, the turn number and the actor. The same
 * session replays to the same computer moves, also after an undo.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { PASS, type ActorId, type MoveId, type NodeId, type Timeline } from '../types.ts';

function drawSeed(seed: number, turn: number, actorIndex: number): number {
  // Mixing the parts keeps neighbouring turns from drawing correlated numbers.
  let h = (seed ^ 0x9e3779b9) | 0;
  h = Math.imul(h ^ (turn + 1), 0x85ebca6b);
  h = Math.imul(h ^ (actorIndex + 1), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** The computer's choice for `actor` at `node`; PASS when nothing is open (or passing wins the draw). */
export function computerChoice(timeline: Timeline, node: NodeId, actor: ActorId, seed: number, turn: number): MoveId {
  const options = timeline.responses(node, actor).filter((r) => r.probability > 0);
  if (options.length === 0) return PASS;
  const actorIndex = timeline.scenario.actors.findIndex((a) => a.id === actor);
  const u = uniformFloat64(xoroshiro128plus(drawSeed(seed, turn, actorIndex)));
  let sum = 0;
  for (const option of options) {
    sum += option.probability;
    if (u < sum) return option.move;
  }
  return (options[options.length - 1] as { move: MoveId }).move;
}
