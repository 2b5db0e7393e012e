export { SessionProvider, useSession, useSend, useCan, useSessionActor, type SessionActor } from './session-context.tsx';
export { sessionMachine } from './session-machine.ts';
export { bootSession, openSession, freshInit, DEVICE_SEAT, type BootResult, type RecoveryNotice, type OpenResult } from './restore.ts';
export { startAutosave, sessionFileOf } from './autosave.ts';
export { appSession, appSessionReducer, type AppSession, type AppSessionEvent } from './session-reducer.ts';
export { changeText, noticeText, refusalText } from './session-words.ts';
export { openShareLink, useShareLinkNavigation, type LinkOpened } from './share-link-navigation.ts';
