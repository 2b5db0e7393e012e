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
  const cameo = (node.move && cameos(timeline.scenario).get(node.move.move)) ?? null;
  return { actor: node.move?.actor ?? null, actorShort: said.actor ?? '', label: said.label, cameo };
}

const cameosByScenario = new WeakMap<Timeline['scenario'], ReadonlyMap<string, string>>();

/** Each move's CAMEO code by move id, once per scenario (a scenario has up to 500 moves). */
function cameos(scenario: Timeline['scenario']): ReadonlyMap<string, string> {
  let found = cameosByScenario.get(scenario);
  if (!found) cameosByScenario.set(scenario, (found = new Map(scenario.moves.map((m) => [m.id, m.cameo]))));
  return found;
}
