/** Monte Carlo rollouts on the compiled engine (see docs/monte-carlo.md): the CLI, the worker and the tests call these. */
export type * from './types.ts';
export { RolloutRun, runRollouts } from './run.ts';
export { RolloutModel } from './choice-tables.ts';
export { modelFor } from './model.ts';
export { nextResponses } from './responses.ts';
export { SensitivityJob, type SensitivityEntry, type SensitivityKind, type SensitivityResult } from './sensitivity.ts';
export { rolloutStartAt, startPoint, type StartPoint } from './start.ts';
export {
  checkOptions,
  inexpressible,
  rolloutFrom,
  DEFAULT_DEPTH,
  DEFAULT_RUNS,
  DEFAULT_SEED,
  DEFAULT_TOP_PATHS,
  MAX_DEPTH,
  MAX_FACTOR,
  MAX_RUNS,
  MAX_SEED,
  MAX_TOP_PATHS,
  MIN_DEPTH,
  MIN_RUNS,
  MIN_SEED,
  type Inexpressible,
  type RolloutFrom,
} from './spec.ts';
export {
  MAX_INLINE_MOVES,
  MAX_MOVES_FILE_BYTES,
  movesFileText,
  movesFromText,
  movesNeedFile,
  parseRolloutArgs,
  rolloutArgs,
  ROLLOUT_USAGE,
  RolloutUsageError,
  type RolloutCommand,
} from './spec-cli.ts';
export { ROLLOUT_CSV_COLUMNS, rolloutCsv, type RolloutCsvColumns } from './csv.ts';
export { PREFIX_LEVELS, PREFIX_SHOWN } from './prefix-tree.ts';
