/** A seeded random session tree for the benches (not a test): `npm run bench:sessions` and `npm run bench:ui`. */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Scenario } from '../src/scenario/types.ts';
import { startTimeline, type NodeId, type Timeline } from '../src/engine/index.ts';

/** A seeded random tree: each move is played at a random node that has an open move. */
export function randomTree(scenario: Scenario, size: number, seed: number): Timeline {
  let rng = xoroshiro128plus(seed);
  const pick = (n: number) => {
    const value = uniformInt(rng, 0, n - 1);
    return value;
  };
  let timeline = startTimeline(scenario);
  const open: NodeId[] = [...timeline.replayTrack()];
  if (open.length === 0) open.push(timeline.root);
  while (timeline.size < size && open.length > 0) {
    const k = pick(open.length);
    const at = open[k] as NodeId;
    const moves = timeline.moves(at).filter((m) => m.open);
    const fresh = moves.filter((m) => !timeline.children(at).some((c) => timeline.node(c).move?.move === m.move.id));
    if (fresh.length === 0) {
      open.splice(k, 1);
      continue;
    }
    const m = fresh[pick(fresh.length)] as (typeof fresh)[number];
    const played = timeline.play(at, { actor: m.actor, move: m.move.id });
    timeline = played.timeline;
    open.push(played.node);
    rng = xoroshiro128plus(seed + timeline.size);
  }
  return timeline;
}
