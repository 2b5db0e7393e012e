/** Comparing two nodes of a timeline: where their paths part, and how postures and indicators differ. */
import type { Comparison, NodeId, PostureDifference, Timeline } from './types.ts';

export function compareNodes(timeline: Timeline, a: NodeId, b: NodeId): Comparison {
  const pathA = timeline.pathTo(a);
  const pathB = timeline.pathTo(b);
  let shared = 0;
  while (shared < pathA.length && shared < pathB.length && pathA[shared] === pathB[shared]) shared++;
  const postureA = timeline.postures(a);
  const postureB = timeline.postures(b);
  const postures: PostureDifference[] = [];
  for (const actor of timeline.scenario.actors) {
    for (const posture of actor.postures) {
      const la = postureA[actor.id]?.[posture.id] as string;
      const lb = postureB[actor.id]?.[posture.id] as string;
      if (la !== lb) postures.push({ actor: actor.id, posture: posture.id, a: la, b: lb });
    }
  }
  const ia = timeline.indicators(a);
  const ib = timeline.indicators(b);
  return {
    a,
    b,
    commonAncestor: pathA[shared - 1] as NodeId,
    firstDivergent: { a: pathA[shared] ?? null, b: pathB[shared] ?? null },
    postures,
    tensionDelta: ib.tension - ia.tension,
    cumulativeGoldsteinDelta: Object.fromEntries(
      timeline.scenario.actors.map((actor) => [actor.id, (ib.cumulativeGoldstein[actor.id] ?? 0) - (ia.cumulativeGoldstein[actor.id] ?? 0)]),
    ),
    outcomesOnlyA: ia.outcomes.filter((o) => !ib.outcomes.includes(o)),
    outcomesOnlyB: ib.outcomes.filter((o) => !ia.outcomes.includes(o)),
  };
}
