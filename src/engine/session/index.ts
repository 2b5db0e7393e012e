/** The one session model (see docs/architecture.md): step, viewFor, the session file and restore. Pure TypeScript. */
export type * from './types.ts';
export { initialState, step, canTravel } from './step.ts';
export { modeAt, stepTarget, openingMode } from './navigation.ts';
export { viewFor, hasHiddenCommits, HIDDEN_MOVE } from './view.ts';
export { parseSessionFile, parseSessionText, checkScenario, SESSION_FORMAT, SESSION_VERSION, type SessionFile, type ParseOptions } from './session-file.ts';
export { sessionError, type SessionError, type SessionErrorKind, type Result } from './session-error.ts';
export { toSessionFile, sessionFileFor, type SessionParts } from './to-file.ts';
export { restoreSession, type Restored, type ReadScenario, type RestoreNote, type RestoreOptions } from './restore.ts';
export { newSessionId } from './ids.ts';
export { supersedes, type Supersedes } from './supersedes.ts';
export { startSeatedSession, seatStep, seatView } from './seat-step.ts';
export type * from './seat-types.ts';
