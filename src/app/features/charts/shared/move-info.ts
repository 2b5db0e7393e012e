/** What every chart says about a move on a path: who made it, its label and its CAMEO code. */
import type { ActorId, Timeline, TimelineNode } from '../../../../engine/types.ts';

export interface MoveInfo {
  readonly actor: ActorId | null;
  readonly actorShort: string;
  /** Move label, "Pass", or "Start" for the root. */
  readonly label: string;
  readonly cameo: string | null;
}

export function moveInfo(timeline: Timeline, node: TimelineNode): MoveInfo {
  if (!node.move) return { actor: null, actorShort: '', label: 'Start', cameo: null };
  const { actor, move } = node.move;
  const actorShort = timeline.scenario.actors.find((a) => a.id === actor)?.short ?? actor;
  const found = timeline.scenario.moves.find((m) => m.id === move);
  if (!found) return { actor, actorShort, label: 'Pass', cameo: null };
  return { actor, actorShort, label: found.label, cameo: found.cameo };
}
