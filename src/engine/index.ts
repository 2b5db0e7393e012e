/** The engine's public face: everything the UI, the CLI and the worker use. */
export * from './types.ts';
export { EngineError, type EngineErrorCode } from './errors.ts';
export { nextDate, type MoveEvent, type MachineContext, type ScenarioMachine } from './build-machine.ts';
export type { CompiledScenario, CompiledPosture, PackedState } from './compile.ts';
export { engineFor, type ScenarioEngine } from './scenario-engine.ts';
export { isActive, type OutlineNode, type StateValueLike } from './machine-outline.ts';
export { startTimeline, machineSnapshotAt } from './timeline.ts';
export { timelineFromJSON, type TimelineLoadResult } from './timeline-load.ts';
export { parseTimelineJson, migrateTimelineJson, TimelineJsonSchema, TIMELINE_FORMAT, type TimelineJsonResult } from './timeline-format.ts';
export { DEFAULT_MAX_STATES, explore, exploreCapacity, type ExploreOptions, type ExploreReport, type ExploreFinding } from './explore.ts';
export { MAX_SEARCH_STATES } from './state-set.ts';
export { replayRows, type ReplayRow } from './replay.ts';
export { freePlayThroughTime, playThroughTime, posturesOn, replayThroughTime, type LapseStep, type PendingLapse, type TimedMove } from './lapses.ts';
export { tensionRange, tensionOf, escalationSum } from './indicators.ts';
export { actorShort, moveGoldstein, moveCameo } from './moves.ts';
export { conditionHolds, explainFailure, describeCondition, type ConditionTerm, type LevelTest, type UnmetCondition } from '../scenario/conditions.ts';
export { closedMoveLabel, explainClosed, explainClosedMove, type ClosedMove, type ClosedReason } from './closed-reason.ts';
export { csvCell, toCsv, type CsvCell, type CsvOptions } from './csv.ts';
