/**
 * Whose turn it is. Alternating play: the actor after the last mover in turns.order (the first at
 * the root of a scenario with no replay track). At the root of a replay track and at a replay node
 * that history continues from, the actor who moved next in history moves next (step 0 is no
 * exception: history's first mover moves first), so "branch here" lets the user choose differently from what really happened next
 * (on 22 March 2019 that is the US, whatever the turn order says). After the last replay step,
 * and on branches, the turn order resumes after the last mover. Free play: every actor.
 * When a terminal outcome holds the game is over and nobody moves.
 */
import { isPlayed } from '../scenario/move-parties.ts';
import type { Scenario } from '../scenario/types.ts';
import type { ClosedReason } from './closed-reason.ts';
import type { TimelineView } from './timeline-view.ts';
import type { ActorId, NodeId } from './types.ts';

/** The actors that take turns: `turns.order`, or every played actor in the scenario's order (an actor with played: false never moves). */
export function turnOrder(scenario: Scenario): readonly string[] {
  return scenario.turns.order ?? scenario.actors.filter(isPlayed).map((a) => a.id);
}

export function nextActorIds(scenario: Scenario, lastActor: string | null, gameOver: boolean, historyNext: string | null = null): readonly string[] {
  if (gameOver) return [];
  if (scenario.turns.mode === 'free') return scenario.actors.filter(isPlayed).map((a) => a.id);
  if (historyNext !== null) return [historyNext];
  const order = turnOrder(scenario);
  if (lastActor === null) return order.slice(0, 1);
  const i = order.indexOf(lastActor);
  return [order[(i + 1) % order.length] as string];
}

/**
 * The actor of the replay step after step `replayIndex` (-1: the root, so the first step's), or null after
 * the last step. Steps whose move is made only by actors that are not played (a UN resolution) are
 * skipped: history's next played actor moves next.
 */
export function historyNextActor(scenario: Scenario, replayIndex: number): string | null {
  const played = new Set(scenario.actors.filter(isPlayed).map((a) => a.id));
  for (const step of scenario.replay.slice(replayIndex + 1)) {
    const actor = scenario.moves.find((m) => m.id === step.move)?.actor;
    if (actor !== undefined && played.has(actor)) return actor;
  }
  return null;
}

/** Who moves next at a timeline node. */
export function nextActorsAt(view: TimelineView, id: NodeId): readonly ActorId[] {
  view.check(id);
  const { scenario } = view;
  const replayIndex = id === view.root ? -1 : view.node(id).replayIndex;
  const historyNext = replayIndex === null ? null : historyNextActor(scenario, replayIndex);
  return nextActorIds(scenario, view.lastActor(id), view.engine.compiled.isTerminal(view.stateOf(id)), historyNext);
}

/** Why nobody may move at a node, or why it is not this actor's turn there; null when the actor may move. */
export function turnReason(view: TimelineView, id: NodeId, actor: ActorId, next: readonly ActorId[]): ClosedReason | null {
  const { scenario } = view;
  const { compiled } = view.engine;
  const state = view.stateOf(id);
  if (compiled.isTerminal(state)) {
    return { code: 'game-over', outcomes: scenario.outcomes.filter((o, i) => o.terminal && compiled.outcomeHolds(state, i)).map((o) => o.id) };
  }
  if (next.includes(actor)) return null;
  return { code: 'not-your-turn', next };
}
