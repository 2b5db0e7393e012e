/**
 * The futures as a tree of move prefixes (issue 13): when nearly every rollout follows a path of its
 * own, "most likely paths" are rows of 0.01% that say nothing, but the first moves still have clear
 * odds. A run keeps each rollout's first PREFIX_LEVELS move codes and the class of its last state
 * (runs × (levels + 1) numbers, whatever the depth); this groups them: the likeliest first moves,
 * what follows each, with probabilities and each outcome's chance at the horizon.
 */
import { PASS } from '../types.ts';
import type { StateCatalog } from './state-catalog.ts';
import type { PrefixNode, PrefixTree } from './types.ts';
import type { CompiledScenario } from '../compile.ts';

/** Moves deep the tree goes. */
export const PREFIX_LEVELS = 3;
/** Children listed per node, likeliest first; the rest are counted in `others`. */
export const PREFIX_SHOWN = 5;
/** No move at this level: the rollout ended before it. */
export const NO_MOVE = -0x7fffffff;

export interface PrefixRecord {
  /** codes[r * PREFIX_LEVELS + k]: rollout r's move k + 1, or NO_MOVE. */
  readonly codes: Int32Array;
  /** finalClass[r]: the class (StateCatalog) of rollout r's state at the horizon. */
  readonly finalClass: Int32Array;
}

export function prefixTree(record: PrefixRecord, n: number, compiled: CompiledScenario, catalog: StateCatalog): PrefixTree {
  const outcomeIds = compiled.scenario.outcomes.map((o) => o.id);
  const name = (code: number) => (code >= 0 ? (compiled.scenario.moves[code]?.id as string) : `${PASS}:${compiled.actorIds[-1 - code]}`);
  const all = Int32Array.from({ length: n }, (_v, r) => r);

  const outcomesOf = (rollouts: Int32Array): Record<string, number> => {
    const held = new Float64Array(outcomeIds.length);
    for (const r of rollouts) for (const i of catalog.classOutcomes[record.finalClass[r] as number] ?? []) held[i] = (held[i] as number) + 1;
    return Object.fromEntries(outcomeIds.map((id, i) => [id, rollouts.length > 0 ? (held[i] as number) / rollouts.length : 0]));
  };

  const childrenOf = (rollouts: Int32Array, level: number): { children: PrefixNode[]; others: number } => {
    if (level >= PREFIX_LEVELS) return { children: [], others: 0 };
    // Groups in order of first appearance, so ties keep a stable order.
    const groups = new Map<number, number[]>();
    for (const r of rollouts) {
      const code = record.codes[r * PREFIX_LEVELS + level] as number;
      if (code === NO_MOVE) continue;
      let group = groups.get(code);
      if (!group) groups.set(code, (group = []));
      group.push(r);
    }
    const ranked = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
    const shown = ranked.slice(0, PREFIX_SHOWN);
    const others = ranked.slice(PREFIX_SHOWN).reduce((sum, [, g]) => sum + g.length, 0);
    const children = shown.map(([code, group]) => {
      const members = Int32Array.from(group);
      const below = childrenOf(members, level + 1);
      return {
        move: name(code),
        count: members.length,
        probability: n > 0 ? members.length / n : 0,
        conditional: rollouts.length > 0 ? members.length / rollouts.length : 0,
        outcomes: outcomesOf(members),
        children: below.children,
        others: below.others,
      };
    });
    return { children, others };
  };

  const top = childrenOf(all, 0);
  return { levels: PREFIX_LEVELS, children: top.children, others: top.others };
}
