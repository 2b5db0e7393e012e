/**
 * What a search of explore.ts fills in, whichever walk it takes: over posture states (explore.ts)
 * or over postures with their pending lapses (explore-lapses.ts).
 */
import type { CompiledScenario } from './compile.ts';
import { EngineError } from './errors.ts';
import type { Room, StateQueue } from './state-set.ts';
import type { PostureState } from './types.ts';

export interface ExploreSearch {
  readonly compiled: CompiledScenario;
  readonly maxStates: number;
  readonly room: Room;
  /** The states still to expand; `pushed` counts every state the search met. */
  readonly queue: StateQueue;
  /** By move index: 1 once the move is open in a reachable state. */
  readonly everOpen: Uint8Array;
  /** By posture, then level index: 1 once reached. */
  readonly reached: readonly Uint8Array[];
  readonly examples: PostureState[];
  readonly exampleCount: number;
  /** Distinct posture states reached, terminal among them, and dead ends. */
  reachable: number;
  terminal: number;
  deadEnds: number;
}

/** The error when the search meets more states than its cap. */
export function capReached(search: ExploreSearch): EngineError {
  return new EngineError(
    'too-many-states',
    `Exploring "${search.compiled.scenario.meta.id}" stopped at ${count(search.maxStates)} states, the cap, with more to reach; raise the cap (maxStates / --max-states) or split the scenario.`,
  );
}

export function count(n: number): string {
  return n.toLocaleString('en-US');
}

export function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / 2 ** 20).toLocaleString('en-US')} MB`;
}
