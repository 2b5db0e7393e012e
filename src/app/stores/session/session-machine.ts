/**
 * The session as an XState actor: one actor for the whole app, read through narrow selectors.
 * The rules live in the engine (engine/session) and session-reducer.ts; the machine gives them an
 * actor, an inspector and `can`: the undo and redo buttons ask `snapshot.can(...)` before enabling.
 */
import { assign, setup } from 'xstate';
import { canTravel, type SessionInit } from '../../../engine/session/index.ts';
import { appSession, appSessionReducer, type AppSession, type AppSessionEvent } from './session-reducer.ts';

export const sessionMachine = setup({
  types: {
    context: {} as AppSession,
    events: {} as AppSessionEvent,
    input: {} as SessionInit,
  },
  actions: {
    reduce: assign(({ context, event }) => appSessionReducer(context, event)),
  },
  guards: {
    canUndo: ({ context }) => canTravel(context, 'undo'),
    canRedo: ({ context }) => canTravel(context, 'redo'),
    // In a classroom, undo is the facilitator's (with a reason): the reducer says so.
    inClassroom: ({ context }) => context.classroom !== null,
    notTravel: ({ event }) => event.type !== 'history.undo' && event.type !== 'history.redo',
  },
}).createMachine({
  id: 'session',
  context: ({ input }) => appSession(input),
  on: {
    'history.undo': [
      { guard: 'canUndo', actions: 'reduce' },
      { guard: 'inClassroom', actions: 'reduce' },
    ],
    'history.redo': { guard: 'canRedo', actions: 'reduce' },
    // Not undo or redo: those above are all they may do, so `can()` answers for them truly.
    '*': { guard: 'notTravel', actions: 'reduce' },
  },
});
