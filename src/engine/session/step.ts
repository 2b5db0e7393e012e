/**
 * The session's rules as one pure function: `step(state, action)` gives the next state or says
 * why not. Solo play, replay, branching, undo and redo live here; classroom actions go to the
 * classroom rules (classroom-step.ts). No clock, no storage, no UI: every seat runs the same code.
 */
import { EngineError } from '../errors.ts';
import type { NodeId } from '../types.ts';
import { classroomStep, engineRefusal } from './classroom-step.ts';
import { modeAt, openingMode, stepTarget } from './navigation.ts';
import type { ChangeKind, HistoryEntry, Mode, Notice, Refusal, SessionAction, SessionInit, SessionState, StepResult } from './types.ts';

const HISTORY_LIMIT = 200;

export function initialState(init: SessionInit): SessionState {
  const { timeline } = init;
  const current = init.current !== undefined && timeline.has(init.current) ? init.current : timeline.root;
  return {
    id: init.id,
    name: init.name,
    scenario: init.scenario,
    source: init.source ?? null,
    timeline,
    current,
    mode: init.mode ?? openingMode(timeline),
    past: [],
    future: [],
    revision: 0,
    classroom: init.classroom ?? null,
  };
}

const done = (state: SessionState, notice: Notice | null = null): StepResult => ({ ok: true, state, notice });
const refuse = (refusal: Refusal): StepResult => ({ ok: false, refusal });

function changed(state: SessionState, change: ChangeKind, next: Pick<SessionState, 'timeline' | 'current' | 'mode'>): SessionState {
  const entry: HistoryEntry = { timeline: state.timeline, current: state.current, mode: state.mode, change };
  return { ...state, ...next, past: [...state.past, entry].slice(-HISTORY_LIMIT), future: [], revision: state.revision + 1 };
}

function moved(state: SessionState, current: NodeId, mode: Mode): SessionState {
  if (current === state.current && mode === state.mode) return state;
  return { ...state, current, mode, revision: state.revision + 1 };
}

/** Undo and redo are one move between two stacks. */
function travel(state: SessionState, from: 'past' | 'future'): StepResult {
  const stack = state[from];
  const entry = stack[stack.length - 1];
  if (!entry) return done(state);
  const back: HistoryEntry = { timeline: state.timeline, current: state.current, mode: state.mode, change: entry.change };
  const to = from === 'past' ? 'future' : 'past';
  const next: SessionState = {
    ...state,
    timeline: entry.timeline,
    current: entry.current,
    mode: entry.mode,
    [from]: stack.slice(0, -1),
    [to]: [...state[to], back],
    revision: state.revision + 1,
  };
  return done(next, { code: from === 'past' ? 'history.undone' : 'history.redone', change: entry.change });
}

/** Applies one action. Never throws: a refused action says why and changes nothing. */
export function step(state: SessionState, action: SessionAction): StepResult {
  try {
    return apply(state, action);
  } catch (error) {
    if (error instanceof EngineError) return refuse(engineRefusal(error.message, error.closed));
    throw error;
  }
}

function apply(state: SessionState, action: SessionAction): StepResult {
  const { timeline } = state;
  switch (action.type) {
    case 'move.play': {
      // Playing a move that is already in the tree (history's move, say) only moves along it, but
      // to the user it is still a move they played: it is undone like any other.
      const played = timeline.play(state.current, action.move);
      return done(changed(state, 'play', { timeline: played.timeline, current: played.node, mode: modeAt(played.timeline, played.node, 'free') }));
    }
    case 'node.go':
      if (!timeline.has(action.id)) return refuse({ code: 'node.unknown', id: action.id });
      return done(moved(state, action.id, modeAt(timeline, action.id, state.mode)));
    case 'replay.step': {
      const target = stepTarget(timeline, state.current, action.delta);
      return done(target === null ? state : moved(state, target, modeAt(timeline, target, state.mode)));
    }
    case 'replay.first':
      return done(moved(state, timeline.root, openingMode(timeline) === 'replay' ? 'replay' : state.mode));
    case 'branch.here':
      return done(moved(state, state.current, 'free'));
    case 'branch.rename': {
      if (!timeline.has(action.id)) return done(state);
      const name = action.name?.trim() ? action.name.trim() : null;
      if (name === timeline.nameOf(action.id)) return done(state);
      return done(changed(state, 'rename', { timeline: timeline.rename(action.id, name), current: state.current, mode: state.mode }));
    }
    case 'branch.delete': {
      if (!timeline.has(action.id)) return done(state);
      const next = timeline.deleteSubtree(action.id);
      const parent = timeline.node(action.id).parent ?? timeline.root;
      const current = next.has(state.current) ? state.current : parent;
      return done(changed(state, 'delete', { timeline: next, current, mode: modeAt(next, current, state.mode) }), { code: 'branch.deleted' });
    }
    case 'history.undo':
      // The classroom keeps its own undo (with reasons, in its log): the session's stack would desynchronise it.
      if (state.classroom) return refuse({ code: 'history.classroom' });
      return travel(state, 'past');
    case 'history.redo':
      if (state.classroom) return done(state);
      return travel(state, 'future');
    case 'session.rename': {
      const name = action.name.trim();
      if (!name || name === state.name) return done(state);
      return done({ ...state, name, revision: state.revision + 1 });
    }
    case 'classroom.start':
    case 'classroom.act':
    case 'classroom.end':
      return classroomStep(state, action);
  }
}

/** Whether undo or redo would change anything: what the UI's buttons ask before they enable. */
export function canTravel(state: SessionState, direction: 'undo' | 'redo'): boolean {
  return state.classroom === null && (direction === 'undo' ? state.past : state.future).length > 0;
}
