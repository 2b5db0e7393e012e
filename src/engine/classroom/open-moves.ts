/**
 * Which moves an actor could make at a node whatever the turn order says: what a team may
 * commit in simultaneous play, where every actor chooses from the same starting point.
 */
import { conditionHolds, explainFailure } from '../../scenario/conditions.ts';
import { PASS, type ActorId, type MoveId, type NodeId, type ScenarioMove, type Timeline } from '../types.ts';

export interface CommitOption {
  readonly move: ScenarioMove;
  readonly open: boolean;
  readonly reason: string | null;
}

/** The terminal outcomes holding at a node, by label; empty while the game goes on. */
export function gameOverAt(timeline: Timeline, node: NodeId): readonly string[] {
  const holding = new Set(timeline.indicators(node).outcomes);
  return timeline.scenario.outcomes.filter((o) => o.terminal && holding.has(o.id)).map((o) => o.label);
}

export function commitOptions(timeline: Timeline, node: NodeId, actor: ActorId): readonly CommitOption[] {
  const { scenario } = timeline;
  const postures = timeline.postures(node);
  const over = gameOverAt(timeline, node);
  return scenario.moves
    .filter((m) => m.actor === actor)
    .map((move) => {
      if (over.length > 0) return { move, open: false, reason: `the game is over: ${over.join(', ')}` };
      const open = !move.requires || conditionHolds(scenario, move.requires, postures);
      return { move, open, reason: open || !move.requires ? null : explainFailure(scenario, move.requires, postures) };
    });
}

/** Why `move` cannot be committed for `actor` at `node`, or null when it can. */
export function commitProblem(timeline: Timeline, node: NodeId, actor: ActorId, move: MoveId): string | null {
  const { scenario } = timeline;
  const name = scenario.actors.find((a) => a.id === actor)?.short ?? actor;
  if (move === PASS) return scenario.turns.pass.allowed ? null : `Scenario "${scenario.meta.id}" does not allow passing.`;
  const option = commitOptions(timeline, node, actor).find((o) => o.move.id === move);
  if (!option) return `${name} has no move "${move}".`;
  return option.open ? null : `"${option.move.label}" is closed for ${name}: ${option.reason ?? 'not open here'}.`;
}
