import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import type { ActorRefFrom } from 'xstate';
import { sessionMachine } from './session-machine.ts';
import type { SessionInit } from '../../../engine/session/index.ts';
import type { AppSession, AppSessionEvent } from './session-reducer.ts';

export type SessionActor = ActorRefFrom<typeof sessionMachine>;

const SessionContext = createContext<SessionActor | null>(null);

export interface SessionProviderProps {
  readonly init: SessionInit;
  readonly children: ReactNode;
}

/** Starts the one session actor for the app; `init` is read once (later sessions arrive as events). */
export function SessionProvider({ init, children }: SessionProviderProps) {
  const actor = useActorRef(sessionMachine, { input: init });
  return <SessionContext.Provider value={actor}>{children}</SessionContext.Provider>;
}

export function useSessionActor(): SessionActor {
  const actor = useContext(SessionContext);
  if (!actor) throw new Error('useSessionActor needs a <SessionProvider> above it');
  return actor;
}

/** Select one narrow slice of the session; components re-render only when it changes. */
export function useSession<T>(select: (state: AppSession) => T): T {
  return useSelector(useSessionActor(), (snapshot) => select(snapshot.context));
}

export function useSend(): (event: AppSessionEvent) => void {
  const actor = useSessionActor();
  return useCallback((event: AppSessionEvent) => actor.send(event), [actor]);
}

/** Whether the session would take `event` now (undo, redo): what a button asks before it enables. */
export function useCan(event: AppSessionEvent): boolean {
  return useSelector(useSessionActor(), (snapshot) => snapshot.can(event));
}
