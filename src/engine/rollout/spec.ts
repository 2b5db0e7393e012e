/** What a rollout is asked for, the same in the CLI, the panel and the worker: its options within their bounds. */
import { EngineError } from '../errors.ts';
import type { RolloutOptions } from './types.ts';

export const MIN_RUNS = 1;
export const MAX_RUNS = 1_000_000;
export const DEFAULT_RUNS = 10_000;
export const MIN_DEPTH = 1;
export const MAX_DEPTH = 200;
export const DEFAULT_DEPTH = 12;
export const MIN_SEED = 0;
export const MAX_SEED = 0xffff_ffff;
export const DEFAULT_SEED = 1;
export const DEFAULT_TOP_PATHS = 10;
export const MAX_TOP_PATHS = 1000;
/** The largest what-if factor: hawkishness, a move's factor, the pass factor. */
export const MAX_FACTOR = 1000;

export function checkOptions(options: RolloutOptions): void {
  const { runs, depth, seed } = options;
  if (!Number.isInteger(runs) || runs < MIN_RUNS || runs > MAX_RUNS) {
    throw new EngineError('malformed', `The number of runs is ${runs}; it must be a whole number from ${MIN_RUNS} to ${MAX_RUNS.toLocaleString('en-US')}.`);
  }
  if (!Number.isInteger(depth) || depth < MIN_DEPTH || depth > MAX_DEPTH) {
    throw new EngineError('malformed', `The depth is ${depth}; it must be a whole number of turns from ${MIN_DEPTH} to ${MAX_DEPTH}.`);
  }
  if (!Number.isInteger(seed) || seed < MIN_SEED || seed > MAX_SEED) {
    throw new EngineError('malformed', `The seed is ${seed}; it must be a whole number from ${MIN_SEED} to ${MAX_SEED}.`);
  }
  const k = options.topPaths ?? DEFAULT_TOP_PATHS;
  if (!Number.isInteger(k) || k < 0 || k > MAX_TOP_PATHS) {
    throw new EngineError('malformed', `The number of top paths is ${k}; it must be a whole number from 0 to ${MAX_TOP_PATHS}.`);
  }
}
