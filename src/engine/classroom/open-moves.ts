/**
 * Which moves an actor could make at a node whatever the turn order says: what a team may
 * commit in simultaneous play, where every actor chooses from the same starting point.
 */
import { unmetCondition } from '../../scenario/conditions.ts';
import { explainClosedMove, type ClosedMove, type ClosedReason } from '../closed-reason.ts';
import { PASS, type ActorId, type MoveId, type NodeId, type ScenarioMove, type Timeline } from '../types.ts';

export interface CommitOption {
  readonly move: ScenarioMove;
  readonly open: boolean;
  readonly reason: ClosedReason | null;
}

/** The terminal outcomes holding at a node, by id in the scenario's order; empty while the game goes on. */
export function gameOverAt(timeline: Timeline, node: NodeId): readonly string[] {
  const holding = new Set(timeline.indicators(node).outcomes);
  return timeline.scenario.outcomes.filter((o) => o.terminal && holding.has(o.id)).map((o) => o.id);
}

export function commitOptions(timeline: Timeline, node: NodeId, actor: ActorId): readonly CommitOption[] {
  const { scenario } = timeline;
  // A committed move is played on the next date: judged on the postures then, lapses applied.
  const { postures } = timeline.nextMove(node);
  const over = gameOverAt(timeline, node);
  // History's own next move lands on its replay node, on its step's date: judged as the moves list judges it.
  const history = scenario.actors.some((a) => a.id === actor) ? timeline.moves(node, actor).find((o) => o.history) : undefined;
  return scenario.moves
    .filter((m) => m.actor === actor)
    .map((move) => {
      if (over.length > 0) return { move, open: false, reason: { code: 'game-over', outcomes: over } };
      if (history?.move.id === move.id) return { move, open: history.open, reason: history.reason };
      const unmet = move.requires ? unmetCondition(scenario, move.requires, postures) : null;
      return { move, open: unmet === null, reason: unmet === null ? null : { code: 'requires', ...unmet } };
    });
}

/** Why a move cannot be committed: in English, and as ids when the move exists but is closed. */
export interface CommitProblem {
  readonly message: string;
  readonly closed: ClosedMove | null;
}

/** Why `move` cannot be committed for `actor` at `node`, or null when it can. */
export function commitProblem(timeline: Timeline, node: NodeId, actor: ActorId, move: MoveId): CommitProblem | null {
  const { scenario } = timeline;
  const name = scenario.actors.find((a) => a.id === actor)?.short ?? actor;
  if (move === PASS) return scenario.turns.pass.allowed ? null : { message: `Scenario "${scenario.meta.id}" does not allow passing.`, closed: null };
  const option = commitOptions(timeline, node, actor).find((o) => o.move.id === move);
  if (!option) return { message: `${name} has no move "${move}".`, closed: null };
  if (option.open) return null;
  const closed: ClosedMove = { actor, move, reason: option.reason };
  return { message: explainClosedMove(scenario, closed), closed };
}
