/**
 * The session as an XState actor: one actor for the whole app, read through narrow selectors.
 * The rules live in session-state.ts; the machine gives them an actor, an inspector and `can`.
 */
import { assign, setup } from 'xstate';
import { initialState, sessionReducer, type SessionEvent, type SessionInit, type SessionState } from './session-state.ts';

export const sessionMachine = setup({
  types: {
    context: {} as SessionState,
    events: {} as SessionEvent,
    input: {} as SessionInit,
  },
  guards: {
    canUndo: ({ context }) => context.past.length > 0,
    canRedo: ({ context }) => context.future.length > 0,
  },
}).createMachine({
  id: 'session',
  context: ({ input }) => initialState(input),
  on: {
    'history.undo': { guard: 'canUndo', actions: assign(({ context, event }) => sessionReducer(context, event)) },
    'history.redo': { guard: 'canRedo', actions: assign(({ context, event }) => sessionReducer(context, event)) },
    '*': { actions: assign(({ context, event }) => sessionReducer(context, event)) },
  },
});
