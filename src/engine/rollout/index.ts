/** Monte Carlo rollouts on the compiled engine (see docs/monte-carlo.md): the CLI, the worker and the tests call these. */
export type * from './types.ts';
export { RolloutRun, runRollouts, checkOptions, MAX_RUNS, MAX_DEPTH, DEFAULT_RUNS, DEFAULT_DEPTH, DEFAULT_SEED } from './run.ts';
export { RolloutModel, modelFor, MAX_FACTOR } from './model.ts';
export { nextResponses } from './responses.ts';
export { SensitivityJob, type SensitivityEntry, type SensitivityKind, type SensitivityResult } from './sensitivity.ts';
export { rolloutStartAt, startPoint, type StartPoint } from './start.ts';
export { rolloutCsv } from './csv.ts';
