/** The classroom session model: teams, turns, facilitator, log, debrief and reports. Pure TypeScript. */
export * from './types.ts';
export { checkSettings, defaultSettings, MAX_TEAMS, MAX_NAME, TIMER_MIN_SECONDS, TIMER_MAX_SECONDS, type SetupProblem, type SetupResult } from './setup.ts';
export { startClassroom, classroomStep, commitFor, playingTeams, phaseAt, MAX_REASON, type Classroom, type ClassroomAction, type ClassroomResult } from './session.ts';
export { resolveRound, resolutionOrder, type Commit, type Resolution } from './resolve.ts';
export { commitOptions, commitProblem, gameOverAt, type CommitOption } from './open-moves.ts';
export { computerChoice } from './computer.ts';
export { remainingMs, formatClock, pauseTimer, resumeTimer, startTimer, STOPPED } from './timer.ts';
export { actorMove, actorShort, actorsOf, controllerName, moveLabel, teamName, facilitatorName } from './labels.ts';
export { buildDebrief, divergenceText, nodeLabel, type Debrief, type DebriefDecision, type DebriefOutcome, type Divergence, type HistoryStep } from './debrief.ts';
export { turnsCsv, TURNS_CSV_HEADER } from './report-csv.ts';
export { markdownReport, mdText } from './report-markdown.ts';
export { classroomToJSON, classroomFromJSON, CLASSROOM_FORMAT, CLASSROOM_VERSION, type ClassroomJson, type ClassroomLoadResult } from './classroom-json.ts';
export { tensionChange, tensionText } from './tension-format.ts';
export { classSummaryText, summariseClass, type ClassSummary } from './class-summary.ts';
