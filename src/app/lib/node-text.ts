import { PASS, type NodeId, type Timeline } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/index.ts';

/** Who did what at a node, in words: "DPRK · Withdraws liaison staff". */
export function nodeText(scenario: Scenario, timeline: Timeline, id: NodeId): { actor: string | null; colour: string | null; label: string } {
  const node = timeline.node(id);
  if (!node.move) return { actor: null, colour: null, label: 'Start' };
  const actor = scenario.actors.find((a) => a.id === node.move?.actor);
  const label = node.move.move === PASS ? 'Passes' : (scenario.moves.find((m) => m.id === node.move?.move)?.label ?? node.move.move);
  return { actor: actor?.short ?? node.move.actor, colour: actor?.colour ?? null, label };
}
