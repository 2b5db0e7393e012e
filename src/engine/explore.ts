/**
 * Exploration: breadth-first search over every posture state reachable from the start, through
 * the compiled form. Whose turn it is is ignored (replay and free play can reach any order of
 * moves), passes change nothing, and terminal states are not expanded (the game ends there).
 * Reports unreachable levels, moves that never open and dead ends (no open move, no terminal
 * outcome), each split into expected (listed in scenario.explore) and unexpected.
 */
import type { Scenario } from '../scenario/types.ts';
import { EngineError } from './errors.ts';
import { engineFor } from './scenario-engine.ts';
import type { PostureState } from './types.ts';

export interface ExploreOptions {
  /** Stop with an EngineError past this many states (default 2,000,000). */
  readonly maxStates?: number;
  /** How many dead-end states to list as examples (default 5). */
  readonly examples?: number;
}

export interface ExploreFinding<T> {
  readonly all: readonly T[];
  /** Not declared in scenario.explore: a problem. */
  readonly unexpected: readonly T[];
}

export interface ExploreReport {
  readonly scenario: string;
  readonly reachableStates: number;
  readonly terminalStates: number;
  /** "actor.posture.level" refs never reached. */
  readonly unreachableLevels: ExploreFinding<string>;
  /** Move ids never open in any reachable state. */
  readonly neverOpenMoves: ExploreFinding<string>;
  readonly deadEnds: { readonly count: number; readonly expected: boolean; readonly examples: readonly PostureState[] };
  /** Expectations in scenario.explore that no longer hold (an expected-unreachable level is reached, …). */
  readonly staleExpectations: readonly string[];
  /** Whether anything unexpected was found. */
  readonly ok: boolean;
}

export function explore(scenario: Scenario, options: ExploreOptions = {}): ExploreReport {
  const { compiled } = engineFor(scenario);
  const maxStates = options.maxStates ?? 2_000_000;
  const moveCount = scenario.moves.length;
  const postureCount = compiled.postures.length;
  // A byte per state when the packed space is small enough, else a set.
  const bitmap = compiled.stateSpace <= 1 << 25 ? new Uint8Array(compiled.stateSpace) : null;
  const seenSet = bitmap ? null : new Set<number>();
  const markSeen = (s: number) => (bitmap ? (bitmap[s] = 1) : seenSet?.add(s));
  const isSeen = (s: number) => (bitmap ? bitmap[s] === 1 : (seenSet?.has(s) ?? false));

  const everOpen = new Uint8Array(moveCount);
  const reached = compiled.postures.map((p) => new Uint8Array(p.levels.length));
  const queue: number[] = [compiled.initial];
  markSeen(compiled.initial);
  let terminal = 0;
  let deadEnds = 0;
  const examples: PostureState[] = [];
  const exampleCount = options.examples ?? 5;

  for (let head = 0; head < queue.length; head++) {
    const s = queue[head] as number;
    for (let p = 0; p < postureCount; p++) (reached[p] as Uint8Array)[compiled.level(s, p)] = 1;
    if (compiled.isTerminal(s)) {
      terminal++;
      continue;
    }
    let anyOpen = false;
    for (let m = 0; m < moveCount; m++) {
      if (!compiled.isOpen(s, m)) continue;
      anyOpen = true;
      everOpen[m] = 1;
      const next = compiled.apply(s, m);
      if (!isSeen(next)) {
        if (queue.length >= maxStates) {
          throw new EngineError('too-many-states', `Exploring "${scenario.meta.id}" passed ${maxStates} reachable states; raise the cap (maxStates / --max-states) or split the scenario.`);
        }
        markSeen(next);
        queue.push(next);
      }
    }
    if (!anyOpen) {
      deadEnds++;
      if (examples.length < exampleCount) examples.push(compiled.unpack(s));
    }
  }

  const unreachable = compiled.postures.flatMap((p, i) => p.levels.filter((_l, l) => (reached[i] as Uint8Array)[l] === 0).map((l) => `${p.ref}.${l}`));
  const neverOpen = scenario.moves.filter((_m, i) => everOpen[i] === 0).map((m) => m.id);
  const expected = scenario.explore;
  const unexpectedUnreachable = unreachable.filter((r) => !expected.unreachable.includes(r));
  const unexpectedNeverOpen = neverOpen.filter((m) => !expected.neverOpen.includes(m));
  const stale = [
    ...expected.unreachable.filter((r) => !unreachable.includes(r)).map((r) => `level ${r} is listed as unreachable but is reached`),
    ...expected.neverOpen.filter((m) => !neverOpen.includes(m)).map((m) => `move ${m} is listed as never open but opens`),
  ];
  return {
    scenario: scenario.meta.id,
    reachableStates: queue.length,
    terminalStates: terminal,
    unreachableLevels: { all: unreachable, unexpected: unexpectedUnreachable },
    neverOpenMoves: { all: neverOpen, unexpected: unexpectedNeverOpen },
    deadEnds: { count: deadEnds, expected: expected.deadEnds, examples },
    staleExpectations: stale,
    ok: unexpectedUnreachable.length === 0 && unexpectedNeverOpen.length === 0 && (deadEnds === 0 || expected.deadEnds),
  };
}
