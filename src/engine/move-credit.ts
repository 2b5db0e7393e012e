/**
 * Whose cumulative Goldstein a move adds to (docs/indicators.md, "Who a move counts for").
 *
 * CAMEO codes an event as a dyad: its actors' act towards its target. The cumulative Goldstein
 * of an actor measures how it has treated the other side of the crisis, so a move counts when it
 * is aimed at a played actor outside its own side, and then for every actor making it. Sides are
 * the groups of actors that make moves together (`actor: [us, rok]` puts the US and the ROK on
 * one side, and a side grows through every joint move). A move with no target is aimed at every
 * actor not making it, as before targets existed. So US–ROK military cooperation (`actor: us,
 * target: rok`, with a joint US–ROK move elsewhere) counts for nobody, and never as a cooperative
 * move towards the DPRK; an appeal to an actor that is not played (`target: unsc`) counts for nobody
 * either, while the unplayed UN Security Council's resolution aimed at the DPRK counts for the UNSC.
 * A scenario of one actor has nobody to aim at: its moves count for it, as they always did.
 */
import { isPlayed } from '../scenario/move-parties.ts';
import type { Scenario } from '../scenario/types.ts';

type Move = Scenario['moves'][number];

/** Each actor's side: the id of the first actor of its group (groups joined by joint moves). */
export function sidesOf(scenario: Scenario): ReadonlyMap<string, string> {
  const parent = new Map(scenario.actors.map((a) => [a.id, a.id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r && parent.has(r)) r = parent.get(r) as string;
    return r;
  };
  for (const move of scenario.moves) {
    const [first, ...others] = move.actors.map(root);
    for (const other of others) if (first !== undefined && other !== first) parent.set(other, first);
  }
  return new Map(scenario.actors.map((a) => [a.id, root(a.id)]));
}

/** The actors the move is aimed at: its target, or every actor not making it. */
export function targetsOf(scenario: Scenario, move: Move): readonly string[] {
  return move.target ?? scenario.actors.map((a) => a.id).filter((id) => !move.actors.includes(id));
}

/** The ids of the actors whose cumulative Goldstein the move adds to (none for a move within one side or at a third party). */
export function creditedActors(scenario: Scenario, move: Move, sides: ReadonlyMap<string, string> = sidesOf(scenario)): readonly string[] {
  const targets = targetsOf(scenario, move);
  // With no target and nobody else in the scenario (one actor alone), the move counts for its actors, as before targets existed.
  if (move.target === undefined && targets.length === 0) return move.actors;
  const played = new Set(scenario.actors.filter(isPlayed).map((a) => a.id));
  const own = sides.get(move.actor);
  const acrossSides = targets.some((t) => played.has(t) && sides.get(t) !== own);
  return acrossSides ? move.actors : [];
}
