/**
 * What happened at a node, in words: the one place that reads a node's move or override. Two
 * forms: split (who, and what, for the timeline tree and the charts) and one sentence (the debrief).
 */
import type { TimelineNode } from '../../../engine/index.ts';
import type { Scenario } from '../../../scenario/index.ts';
import { actorMoveText, moveText } from './moves.ts';
import type { Words } from './words.ts';

export interface NodeWords {
  /** Who acted: an actor's short name, "Facilitator" for an override, null at the start. */
  readonly actor: string | null;
  readonly colour: string | null;
  /** What they did: a move's label, "Pass", "Sets DPRK liaison office to withdrawn", "Start". */
  readonly label: string;
}

type Node = Pick<TimelineNode, 'move' | 'override'>;

function overrideParts(scenario: Scenario, override: NonNullable<TimelineNode['override']>) {
  const actor = scenario.actors.find((a) => a.id === override.actor);
  const posture = actor?.postures.find((p) => p.id === override.posture);
  return { actor: actor?.short ?? override.actor, posture: posture?.label ?? override.posture, level: posture?.levels.find((l) => l.id === override.level)?.label ?? override.level };
}

/**
 * Said once per words, scenario and move: a tree or a chart of 20,000 nodes asks for the same few
 * dozen phrases over and over, and formatting each again would cost more than everything else.
 */
const said = new WeakMap<Words, WeakMap<Scenario, Map<string, NodeWords>>>();

function keyOf(node: Node): string {
  if (node.override) return `o ${node.override.actor} ${node.override.posture} ${node.override.level}`;
  return node.move ? `m ${node.move.actor} ${node.move.move}` : 'start';
}

/** Who did what at a node, split: { actor: "DPRK", label: "Withdraw liaison staff" }. */
export function nodeWords(words: Words, scenario: Scenario, node: Node): NodeWords {
  let byScenario = said.get(words);
  if (!byScenario) said.set(words, (byScenario = new WeakMap()));
  let byKey = byScenario.get(scenario);
  if (!byKey) byScenario.set(scenario, (byKey = new Map()));
  const key = keyOf(node);
  let found = byKey.get(key);
  if (!found) byKey.set(key, (found = nodeWordsNow(words, scenario, node)));
  return found;
}

function nodeWordsNow(words: Words, scenario: Scenario, node: Node): NodeWords {
  if (node.override) return { actor: words.t('source.facilitator'), colour: null, label: words.t('node.override', overrideParts(scenario, node.override)) };
  if (!node.move) return { actor: null, colour: null, label: words.t('node.start') };
  const actor = scenario.actors.find((a) => a.id === node.move?.actor);
  return { actor: actor?.short ?? node.move.actor, colour: actor?.colour ?? null, label: moveText(words, scenario, node.move.move) };
}

/** What happened at a node as one phrase: "US: Announce sanctions", "DPRK passes", "Facilitator sets … to …", "Start". */
export function nodeSentence(words: Words, scenario: Scenario, node: Node): string {
  if (node.override) {
    const { posture, level } = overrideParts(scenario, node.override);
    return words.t('node.overrideSentence', { posture, level });
  }
  if (!node.move) return words.t('node.start');
  return actorMoveText(words, scenario, node.move.actor, node.move.move);
}
