/**
 * The classroom session model: teams, turns, facilitator, log and debrief, as data (the app words them). Pure TypeScript.
 * Code that runs on the first page (engine/session, the app's words layer) imports the files it needs,
 * not this index: through it the build kept the debrief in the first page's JS.
 */
export * from './types.ts';
export { actorShort } from '../moves.ts';
export { checkSettings, defaultSettings, MAX_TEAMS, MAX_NAME, TIMER_MIN_SECONDS, TIMER_MAX_SECONDS, type SetupProblem, type SetupProblemCode, type SetupResult } from './setup.ts';
export { startClassroom, classroomStep, commitFor, playingTeams, phaseAt, MAX_REASON, type Classroom, type ClassroomAction, type ClassroomResult } from './session.ts';
export { resolveRound, resolutionOrder, type Commit, type Resolution } from './resolve.ts';
export { commitOptions, commitProblem, gameOverAt, type CommitOption, type CommitProblem } from './open-moves.ts';
export { computerChoice } from './computer.ts';
export { remainingMs, formatClock, pauseTimer, resumeTimer, startTimer, STOPPED } from './timer.ts';
export { actorsOf, teamName } from './teams.ts';
export { buildDebrief, type Debrief, type DebriefDecision, type DebriefOutcome, type Divergence, type HistoryStep } from './debrief.ts';
export { classroomToJSON, classroomFromJSON, CLASSROOM_FORMAT, CLASSROOM_VERSION, type ClassroomJson, type ClassroomLoadResult } from './classroom-json.ts';
export { summariseClass, type ClassSummary } from './class-summary.ts';
