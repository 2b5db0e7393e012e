import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import type { ActorRefFrom } from 'xstate';
import { sessionMachine } from './session-machine.ts';
import type { SessionEvent, SessionInit, SessionState } from './session-state.ts';

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
export function useSession<T>(select: (state: SessionState) => T): T {
  return useSelector(useSessionActor(), (snapshot) => select(snapshot.context));
}

export function useSend(): (event: SessionEvent) => void {
  const actor = useSessionActor();
  return useCallback((event: SessionEvent) => actor.send(event), [actor]);
}
