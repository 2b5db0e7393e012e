import { PASS, type NodeId, type Timeline } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/index.ts';

/** Who did what at a node, in words: "DPRK · Withdraws liaison staff". */
export function nodeText(scenario: Scenario, timeline: Timeline, id: NodeId): { actor: string | null; colour: string | null; label: string } {
  const node = timeline.node(id);
  if (node.override) {
    const { actor: actorId, posture: postureId, level: levelId } = node.override;
    const actor = scenario.actors.find((a) => a.id === actorId);
    const posture = actor?.postures.find((p) => p.id === postureId);
    const level = posture?.levels.find((l) => l.id === levelId)?.label ?? levelId;
    return { actor: 'Facilitator', colour: null, label: `Sets ${actor?.short ?? actorId} ${posture?.label ?? postureId} to ${level}` };
  }
  if (!node.move) return { actor: null, colour: null, label: 'Start' };
  const actor = scenario.actors.find((a) => a.id === node.move?.actor);
  const label = node.move.move === PASS ? 'Passes' : (scenario.moves.find((m) => m.id === node.move?.move)?.label ?? node.move.move);
  return { actor: actor?.short ?? node.move.actor, colour: actor?.colour ?? null, label };
}
