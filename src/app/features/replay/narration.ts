import type { NodeId, Timeline } from '../../../engine/index.ts';
import type { Scenario, Source } from '../../../scenario/index.ts';
import { stepWhen, type StepWhen } from '../../../scenario/step-when.ts';
import { stepLastingText, type Words } from '../../lib/words/index.ts';

export interface Narration {
  readonly heading: string;
  readonly time: string | null;
  /** A replay step's place and date (its zone, and the other place's date). */
  readonly when?: StepWhen;
  /** How long the step's effects last ("lasts until 31 Aug 2017"), when it says. */
  readonly lasting?: string | null;
  readonly text: string;
  readonly sources: readonly Source[];
  readonly flag: Scenario['replay'][number]['flag'] | null;
}

/** What to tell the reader at a node: the replay step's narration, or the move's description in free play. */
export function narrationAt(words: Words, scenario: Scenario, timeline: Timeline, id: NodeId): Narration {
  const node = timeline.node(id);
  const sourcesOf = (ids: readonly string[]) => ids.map((s) => scenario.meta.sources.find((src) => src.id === s)).filter((s): s is Source => !!s);
  if (node.replayIndex !== null) {
    const step = scenario.replay[node.replayIndex];
    if (step) {
      const move = scenario.moves.find((m) => m.id === step.move);
      return { heading: move?.label ?? step.move, time: step.time ?? null, when: stepWhen(scenario, step), lasting: stepLastingText(words, step), text: step.narration, sources: sourcesOf(step.sources), flag: step.flag ?? null };
    }
  }
  if (node.move) {
    const move = scenario.moves.find((m) => m.id === node.move?.move);
    if (move) return { heading: move.label, time: null, text: move.description, sources: sourcesOf(move.sources), flag: null };
    return { heading: words.t('moves.pass'), time: null, text: words.t('replay.passed'), sources: [], flag: null };
  }
  return { heading: words.t('replay.before'), time: null, text: scenario.meta.summary, sources: [], flag: null };
}
