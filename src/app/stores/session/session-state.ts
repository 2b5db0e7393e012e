/**
 * The session's state and its pure transitions: what the XState actor holds and how each
 * event changes it. Kept free of XState and React so the rules read (and test) on their own.
 */
import type { MoveRef, NodeId, Timeline } from '../../../engine/index.ts';
import type { Scenario } from '../../../scenario/index.ts';
import type { ClassroomState } from '../../../engine/classroom/index.ts';
import { reduceClassroom, type ClassroomEvent } from './classroom-session.ts';

export type Mode = 'replay' | 'free';

/** One undoable state of the session. Timelines are immutable, so keeping old ones is cheap. */
export interface HistoryEntry {
  readonly timeline: Timeline;
  readonly current: NodeId;
  readonly mode: Mode;
  /** What the change was, for the undo button's label ("Undo: delete branch"). */
  readonly label: string;
}

export interface SessionState {
  /** The saved-session slot this session autosaves into. */
  readonly id: string;
  readonly name: string;
  readonly scenario: Scenario;
  /** The YAML text of a scenario the user loaded from a file (shipped ones are found by id). */
  readonly source: string | null;
  readonly timeline: Timeline;
  readonly current: NodeId;
  readonly mode: Mode;
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  /** A readable message about the last thing that could not be done. */
  readonly error: string | null;
  /** The last announcement for screen readers and the status line ("Branch deleted"). */
  readonly notice: { readonly text: string; readonly undoable: boolean } | null;
  readonly compare: { readonly a: NodeId; readonly b: NodeId } | null;
  /** Bumped on every change worth saving. */
  readonly revision: number;
  /** The classroom exercise running on this session (teams, log, settings), or null. */
  readonly classroom: ClassroomState | null;
}

export type SessionEvent =
  | { type: 'move.play'; move: MoveRef }
  | { type: 'node.go'; id: NodeId }
  | { type: 'replay.step'; delta: 1 | -1 }
  | { type: 'replay.first' }
  | { type: 'branch.here' }
  | { type: 'branch.rename'; id: NodeId; name: string | null }
  | { type: 'branch.delete'; id: NodeId }
  | { type: 'history.undo' }
  | { type: 'history.redo' }
  | { type: 'compare.open'; a: NodeId; b: NodeId }
  | { type: 'compare.close' }
  | { type: 'notice.dismiss' }
  | { type: 'session.rename'; name: string }
  | { type: 'session.replace'; init: SessionInit }
  | ClassroomEvent;

export interface SessionInit {
  readonly id: string;
  readonly name: string;
  readonly scenario: Scenario;
  readonly timeline: Timeline;
  readonly source?: string | null;
  readonly current?: NodeId;
  readonly mode?: Mode;
  readonly classroom?: ClassroomState | null;
}

const HISTORY_LIMIT = 200;

export function initialState(init: SessionInit): SessionState {
  const { timeline } = init;
  const current = init.current !== undefined && timeline.has(init.current) ? init.current : timeline.root;
  const mode = init.mode ?? (timeline.replayTrack().length > 1 ? 'replay' : 'free');
  return {
    id: init.id,
    name: init.name,
    scenario: init.scenario,
    source: init.source ?? null,
    timeline,
    current,
    mode,
    past: [],
    future: [],
    error: null,
    notice: null,
    compare: null,
    revision: 0,
    classroom: init.classroom ?? null,
  };
}

/** Mode follows where the user is: on the historical track it is replay, elsewhere free play. */
function modeAt(timeline: Timeline, id: NodeId, fallback: Mode): Mode {
  const origin = timeline.node(id).origin;
  if (origin === 'play') return 'free';
  if (origin === 'replay') return 'replay';
  return fallback;
}

function withChange(state: SessionState, label: string, next: Pick<SessionState, 'timeline' | 'current' | 'mode'>, notice: SessionState['notice'] = null): SessionState {
  const entry: HistoryEntry = { timeline: state.timeline, current: state.current, mode: state.mode, label };
  return {
    ...state,
    ...next,
    past: [...state.past, entry].slice(-HISTORY_LIMIT),
    future: [],
    error: null,
    notice,
    revision: state.revision + 1,
  };
}

function moved(state: SessionState, current: NodeId, mode: Mode): SessionState {
  if (current === state.current && mode === state.mode) return state;
  return { ...state, current, mode, error: null, revision: state.revision + 1 };
}

/** The next node forward: along the replay track when on it, otherwise the newest child. */
export function stepTarget(timeline: Timeline, current: NodeId, delta: 1 | -1): NodeId | null {
  const track = timeline.replayTrack();
  const at = track.indexOf(current);
  if (delta === -1) return timeline.node(current).parent;
  if (at >= 0 && at + 1 < track.length) return track[at + 1] ?? null;
  const children = timeline.children(current);
  return children.length > 0 ? Math.max(...children) : null;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function sessionReducer(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'move.play': {
      try {
        // Playing a move that is already in the tree (history's move, say) only moves along it, but
        // to the user it is still a move they played: it is undone like any other.
        const { timeline, node } = state.timeline.play(state.current, event.move);
        return withChange(state, 'play move', { timeline, current: node, mode: modeAt(timeline, node, 'free') });
      } catch (error) {
        return { ...state, error: message(error) };
      }
    }
    case 'node.go':
      if (!state.timeline.has(event.id)) return { ...state, error: `There is no point ${event.id} in this timeline.` };
      return moved(state, event.id, modeAt(state.timeline, event.id, state.mode));
    case 'replay.step': {
      const target = stepTarget(state.timeline, state.current, event.delta);
      if (target === null) return state;
      return moved(state, target, modeAt(state.timeline, target, state.mode));
    }
    case 'replay.first':
      return moved(state, state.timeline.root, state.timeline.replayTrack().length > 1 ? 'replay' : state.mode);
    case 'branch.here':
      return moved(state, state.current, 'free');
    case 'branch.rename': {
      if (!state.timeline.has(event.id)) return state;
      const name = event.name?.trim() ? event.name.trim() : null;
      if (name === state.timeline.nameOf(event.id)) return state;
      try {
        return withChange(state, 'rename branch', { timeline: state.timeline.rename(event.id, name), current: state.current, mode: state.mode });
      } catch (error) {
        return { ...state, error: message(error) };
      }
    }
    case 'branch.delete': {
      if (!state.timeline.has(event.id)) return state;
      try {
        const timeline = state.timeline.deleteSubtree(event.id);
        const parent = state.timeline.node(event.id).parent ?? state.timeline.root;
        const current = timeline.has(state.current) ? state.current : parent;
        const compare = state.compare && timeline.has(state.compare.a) && timeline.has(state.compare.b) ? state.compare : null;
        const next = withChange(state, 'delete branch', { timeline, current, mode: modeAt(timeline, current, state.mode) }, { text: 'Branch deleted.', undoable: true });
        return { ...next, compare };
      } catch (error) {
        return { ...state, error: message(error) };
      }
    }
    case 'classroom.start':
    case 'classroom.act':
    case 'classroom.end': {
      const result = reduceClassroom(state, event);
      if (!result.ok) return { ...state, error: result.error };
      // The classroom keeps its own undo (with reasons, in its log): the session's undo stack would desynchronise it.
      return { ...state, timeline: result.timeline, current: result.current, classroom: result.classroom, mode: event.type === 'classroom.end' ? state.mode : 'free', past: [], future: [], error: null, revision: state.revision + 1 };
    }
    case 'history.undo': {
      if (state.classroom) return { ...state, error: 'In classroom mode the facilitator undoes the last turn, with a reason, from the facilitator panel.' };
      const entry = state.past[state.past.length - 1];
      if (!entry) return state;
      const redo: HistoryEntry = { timeline: state.timeline, current: state.current, mode: state.mode, label: entry.label };
      return {
        ...state,
        timeline: entry.timeline,
        current: entry.current,
        mode: entry.mode,
        past: state.past.slice(0, -1),
        future: [...state.future, redo],
        error: null,
        notice: { text: `Undone: ${entry.label}.`, undoable: false },
        compare: null,
        revision: state.revision + 1,
      };
    }
    case 'history.redo': {
      if (state.classroom) return state;
      const entry = state.future[state.future.length - 1];
      if (!entry) return state;
      const undo: HistoryEntry = { timeline: state.timeline, current: state.current, mode: state.mode, label: entry.label };
      return {
        ...state,
        timeline: entry.timeline,
        current: entry.current,
        mode: entry.mode,
        past: [...state.past, undo],
        future: state.future.slice(0, -1),
        error: null,
        notice: { text: `Redone: ${entry.label}.`, undoable: false },
        compare: null,
        revision: state.revision + 1,
      };
    }
    case 'compare.open':
      if (!state.timeline.has(event.a) || !state.timeline.has(event.b)) return state;
      return { ...state, compare: { a: event.a, b: event.b } };
    case 'compare.close':
      return { ...state, compare: null };
    case 'notice.dismiss':
      return { ...state, notice: null, error: null };
    case 'session.rename': {
      const name = event.name.trim();
      if (!name || name === state.name) return state;
      return { ...state, name, revision: state.revision + 1 };
    }
    case 'session.replace':
      return { ...initialState(event.init), revision: state.revision + 1 };
  }
}
