/** What every chart says about a move on a path: who made it, its label and its CAMEO code. */
import type { ActorId, Timeline, TimelineNode } from '../../../../engine/types.ts';
import type { Words } from '../../../lib/words/index.ts';
import { nodeWords } from '../../../lib/words/node-words.ts';

export interface MoveInfo {
  readonly actor: ActorId | null;
  /** The actor's short name ("Facilitator" for an override); empty at the root. */
  readonly actorShort: string;
  /** Move label, "Pass", what an override set, or "Start" for the root. */
  readonly label: string;
  readonly cameo: string | null;
}

export function moveInfo(words: Words, timeline: Timeline, node: TimelineNode): MoveInfo {
  const said = nodeWords(words, timeline.scenario, node);
  const cameo = (node.move && timeline.scenario.moves.find((m) => m.id === node.move?.move)?.cameo) ?? null;
  return { actor: node.move?.actor ?? null, actorShort: said.actor ?? '', label: said.label, cameo };
}
