/**
 * Resolving a simultaneous round. THE CONFLICT RULE (also in docs/classroom.md):
 *
 * 1. Every actor's move was committed against the same starting point, the node where the round began.
 * 2. The moves are played one by one in the scenario's turn order (`turns.order`), starting with
 *    the actor whose turn it is at that node; in a free-play scenario, in the order of its actors.
 * 3. A move that an earlier move of the round has closed (its `requires` no longer holds, or a
 *    terminal outcome now holds) is void: the actor passes instead, and the log says why.
 *    When the game is over, the moves still to come are void and nothing more is played.
 *
 * So an earlier actor in the turn order wins a conflict; the order is printed on the reveal screen.
 */
import { PASS, type ActorId, type MoveId, type NodeId, type Timeline } from '../types.ts';
import { isPlayed } from '../../scenario/move-parties.ts';
import { turnOrder } from '../turns.ts';
import { gameOverAt } from './open-moves.ts';
import type { MoveSource, TurnMove, VoidReason } from './types.ts';

/** The order in which a round starting at `node` resolves. */
export function resolutionOrder(timeline: Timeline, node: NodeId): readonly ActorId[] {
  const { scenario } = timeline;
  if (scenario.turns.mode === 'free') return scenario.actors.filter(isPlayed).map((a) => a.id);
  const order = turnOrder(scenario);
  const first = timeline.nextActors(node)[0];
  const at = first === undefined ? 0 : Math.max(0, order.indexOf(first));
  return [...order.slice(at), ...order.slice(0, at)];
}

export interface Commit {
  readonly move: MoveId;
  readonly source: MoveSource;
}

export interface Resolution {
  readonly timeline: Timeline;
  readonly head: NodeId;
  readonly moves: readonly TurnMove[];
}

export function resolveRound(timeline: Timeline, start: NodeId, commits: Readonly<Record<ActorId, Commit>>): Resolution {
  let current = timeline;
  let head = start;
  const moves: TurnMove[] = [];
  for (const actor of resolutionOrder(timeline, start)) {
    const commit = commits[actor];
    if (!commit) continue;
    const over = gameOverAt(current, head);
    if (over.length > 0) {
      moves.push({ actor, chosen: commit.move, source: commit.source, node: null, voidReason: { code: 'game-over', outcomes: over } });
      continue;
    }
    let voidReason: VoidReason | null = null;
    if (commit.move !== PASS) {
      const option = current.moves(head, actor).find((m) => m.move.id === commit.move);
      if (!option?.open) voidReason = { code: 'closed-earlier', reason: option?.reason ?? null };
    }
    const ref = { actor, move: voidReason === null ? commit.move : PASS };
    // A move that matches history lands on the replay node, whose next mover is history's (the US met
    // Kim, then the US left the summit). The round's order still holds: the next committed actor
    // moves, recorded as out of the node's turn order rather than refused.
    const due = current.nextActors(head).includes(actor);
    const played = due ? current.play(head, ref) : current.inject(head, ref);
    current = played.timeline;
    head = played.node;
    moves.push({ actor, chosen: commit.move, source: commit.source, node: head, voidReason });
  }
  return { timeline: current, head, moves };
}
