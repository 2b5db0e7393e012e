/**
 * Exploration: breadth-first search over every posture state reachable from the start, through
 * the compiled form. Whose turn it is is ignored (replay and free play can reach any order of
 * moves), passes change nothing, and terminal states are not expanded (the game ends there).
 * Reports unreachable levels, moves that never open and dead ends (no open move, no terminal
 * outcome), each split into expected (listed in scenario.explore) and unexpected.
 * The search holds its states in typed arrays within a byte budget (state-set.ts): a cap the
 * budget cannot hold is refused before it starts, and running out of room stops it with a message.
 * A scenario with a lasting effect (for/until) is searched with its pending lapses
 * (explore-lapses.ts): a lapse is a way on, so a level reached only when an effect runs out is
 * reachable and a state a lapse leaves is no dead end.
 */
import type { Scenario } from '../scenario/types.ts';
import { EngineError } from './errors.ts';
import { compileScenario } from './compile.ts';
import { capReached, count, megabytes, type ExploreSearch } from './explore-search.ts';
import { checkLapseSpace, lapseLayout, searchWithLapses } from './explore-lapses.ts';
import { engineFor } from './scenario-engine.ts';
import { bytesFor, OutOfRoom, Room, StateQueue, stateSet, statesWithin } from './state-set.ts';
import type { PostureState } from './types.ts';

export const DEFAULT_MAX_STATES = 2_000_000;
/** The budget when the caller names none; the CLI gives half the memory the machine has free. */
export const DEFAULT_EXPLORE_BYTES = 2 ** 30;

export interface ExploreOptions {
  /** Stop with an EngineError past this many states (default DEFAULT_MAX_STATES). */
  readonly maxStates?: number;
  /** Bytes the search may hold (default DEFAULT_EXPLORE_BYTES). */
  readonly maxBytes?: number;
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
  /** Distinct posture states reached. */
  readonly reachableStates: number;
  /** With lasting effects only: the states searched, each a posture state with its pending lapses (explore-lapses.ts). */
  readonly searchedStates?: number;
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

/**
 * The most states an exploration of this scenario can hold within `maxBytes`, or Infinity when
 * every packed state fits (then no cap is too large).
 */
export function exploreCapacity(scenario: Scenario, maxBytes: number): number {
  const { compiled } = engineFor(scenario);
  const space = searchSpace(compiled.stateSpace, lapseLayout(compiled)?.space);
  const states = statesWithin(maxBytes, space, compiled.bytesPerState);
  return states >= space ? Infinity : states;
}

/** How many states a search can meet: posture states, times the ways lapses can be pending. */
function searchSpace(stateSpace: number, lapses = 1): number {
  return stateSpace * lapses;
}

export function explore(scenario: Scenario, options: ExploreOptions = {}): ExploreReport {
  // A wide scenario's states are interned in its compiled form: a search gets a compiled form of its
  // own, dropped with it, so the states it met do not stay in memory after it.
  const shared = engineFor(scenario).compiled;
  const compiled = shared.wide ? compileScenario(scenario) : shared;
  const maxStates = options.maxStates ?? DEFAULT_MAX_STATES;
  const maxBytes = options.maxBytes ?? DEFAULT_EXPLORE_BYTES;
  const layout = lapseLayout(compiled);
  if (layout) checkLapseSpace(compiled, layout);
  const space = searchSpace(compiled.stateSpace, layout?.space);
  const capacity = exploreCapacity(scenario, maxBytes);
  if (maxStates > capacity) {
    throw new EngineError(
      'too-many-states',
      `Exploring "${scenario.meta.id}" with a cap of ${count(maxStates)} states could need ${megabytes(bytesFor(Math.min(maxStates, space), space, compiled.bytesPerState))}; the ${megabytes(maxBytes)} it may use hold at most ${count(capacity)} states (maxStates / --max-states).`,
    );
  }
  const room = new Room(maxBytes);
  const queue = new StateQueue(room);
  const search: ExploreSearch = {
    compiled,
    maxStates,
    room,
    queue,
    everOpen: new Uint8Array(scenario.moves.length),
    reached: compiled.postures.map((p) => new Uint8Array(p.levels.length)),
    examples: [],
    exampleCount: options.examples ?? 5,
    reachable: 0,
    terminal: 0,
    deadEnds: 0,
  };
  try {
    if (layout) searchWithLapses(search, layout);
    else searchPostures(search);
  } catch (error) {
    // A RangeError: an interned pool (wide states) could not grow, the machine has less free than the budget said.
    if (!(error instanceof OutOfRoom) && !(error instanceof RangeError)) throw error;
    throw new EngineError(
      'too-many-states',
      `Exploring "${scenario.meta.id}" stopped at ${count(queue.pushed)} states: out of memory (${megabytes(room.bytes + queue.pushed * compiled.bytesPerState)} in use of the ${megabytes(maxBytes)} it may use); lower the cap (maxStates / --max-states) or split the scenario.`,
    );
  }
  const { everOpen, reached, examples } = search;

  const unreachable = compiled.postures.flatMap((p, i) => p.levels.filter((_l, l) => (reached[i] as Uint8Array)[l] === 0).map((l) => `${p.ref}.${l}`));
  const neverOpen = scenario.moves.filter((_m, i) => everOpen[i] === 0).map((m) => m.id);
  const expected = scenario.explore;
  const unexpectedUnreachable = unreachable.filter((r) => !expected.unreachable.includes(r));
  const unexpectedNeverOpen = neverOpen.filter((m) => !expected.neverOpen.includes(m));
  const stale = [
    ...expected.unreachable.filter((r) => !unreachable.includes(r)).map((r) => `level ${r} is listed as unreachable but is reached`),
    ...expected.neverOpen.filter((m) => !neverOpen.includes(m)).map((m) => `move ${m} is listed as never open but opens`),
  ];
  const deadEnds = search.deadEnds;
  return {
    scenario: scenario.meta.id,
    reachableStates: search.reachable,
    ...(layout ? { searchedStates: queue.pushed } : {}),
    terminalStates: search.terminal,
    unreachableLevels: { all: unreachable, unexpected: unexpectedUnreachable },
    neverOpenMoves: { all: neverOpen, unexpected: unexpectedNeverOpen },
    deadEnds: { count: deadEnds, expected: expected.deadEnds, examples },
    staleExpectations: stale,
    ok: unexpectedUnreachable.length === 0 && unexpectedNeverOpen.length === 0 && (deadEnds === 0 || expected.deadEnds),
  };
}

/** The search over posture states alone, for a scenario where nothing lapses: one state per posture combination. */
function searchPostures(search: ExploreSearch): void {
  const { compiled, queue, maxStates, everOpen, reached, examples, exampleCount } = search;
  const moveCount = everOpen.length;
  const postureCount = compiled.postures.length;
  const seen = stateSet(compiled.stateSpace, search.room);
  seen.add(compiled.initial);
  queue.push(compiled.initial);
  while (!queue.empty) {
    const s = queue.take();
    for (let p = 0; p < postureCount; p++) (reached[p] as Uint8Array)[compiled.level(s, p)] = 1;
    if (compiled.isTerminal(s)) {
      search.terminal++;
      continue;
    }
    let anyOpen = false;
    for (let m = 0; m < moveCount; m++) {
      // Terminal states were not expanded (above): only the requires are left to check.
      if (!compiled.requiresHold(s, m)) continue;
      anyOpen = true;
      everOpen[m] = 1;
      const next = compiled.apply(s, m);
      if (seen.add(next)) {
        if (queue.pushed >= maxStates) throw capReached(search);
        queue.push(next);
      }
    }
    if (!anyOpen) {
      search.deadEnds++;
      if (examples.length < exampleCount) examples.push(compiled.unpack(s));
    }
  }
  search.reachable = queue.pushed;
}
