export { SessionProvider, useSession, useSend, useSessionActor, type SessionActor } from './session-context.tsx';
export { sessionMachine } from './session-machine.ts';
export { bootSession, restoreSession, freshInit, type BootResult, type RecoveryNotice, type RestoreResult } from './restore.ts';
export { startAutosave, sessionFileOf } from './autosave.ts';
export { initialState, sessionReducer, stepTarget, type Mode, type SessionEvent, type SessionInit, type SessionState } from './session-state.ts';
export { openShareLink, useShareLinkNavigation, type LinkOpened } from './share-link-navigation.ts';
