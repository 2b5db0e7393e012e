/**
 * The one session model: what a session is, what can be done to it, and who is looking.
 * Pure data; the rules live in step.ts, the projections in view.ts.
 */
import type { Scenario } from '../../scenario/index.ts';
import type { ClassroomAction, ClassroomSettings, ClassroomState, TeamId } from '../classroom/index.ts';
import type { ClosedMove } from '../closed-reason.ts';
import type { MoveRef, NodeId, Timeline } from '../types.ts';

/** On the historical track it is replay, elsewhere free play. */
export type Mode = 'replay' | 'free';

/** What an undoable change was, for the undo button ("Undo: delete branch"); words live in the app. */
export type ChangeKind = 'play' | 'rename' | 'delete';

/** One undoable state of the session. Timelines are immutable, so keeping old ones is cheap. */
export interface HistoryEntry {
  readonly timeline: Timeline;
  readonly current: NodeId;
  readonly mode: Mode;
  readonly change: ChangeKind;
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
  /** Bumped on every change worth saving. */
  readonly revision: number;
  /** The classroom exercise running on this session (teams, log, settings), or null. */
  readonly classroom: ClassroomState | null;
}

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

/** Everything a seat can ask of a session. Time comes in with the action; the model never reads a clock. */
export type SessionAction =
  | { readonly type: 'move.play'; readonly move: MoveRef }
  | { readonly type: 'node.go'; readonly id: NodeId }
  | { readonly type: 'replay.step'; readonly delta: 1 | -1 }
  | { readonly type: 'replay.first' }
  | { readonly type: 'branch.here' }
  | { readonly type: 'branch.rename'; readonly id: NodeId; readonly name: string | null }
  | { readonly type: 'branch.delete'; readonly id: NodeId }
  | { readonly type: 'history.undo' }
  | { readonly type: 'history.redo' }
  | { readonly type: 'session.rename'; readonly name: string }
  | { readonly type: 'classroom.start'; readonly settings: ClassroomSettings; readonly now: number }
  | { readonly type: 'classroom.act'; readonly action: ClassroomAction; readonly now: number }
  | { readonly type: 'classroom.end' };

/** Why an action was refused, as a code with its parameters; the app words it. */
export type Refusal =
  | { readonly code: 'node.unknown'; readonly id: NodeId }
  | { readonly code: 'history.classroom' }
  | { readonly code: 'classroom.none' }
  /** The rules close that move: why, as ids (the app words it), and in the engine's English. */
  | { readonly code: 'move.closed'; readonly closed: ClosedMove; readonly message: string }
  /** The engine or the classroom rules refused, with their own explanation. */
  | { readonly code: 'engine'; readonly message: string };

/** What the UI announces after a change. */
export type Notice =
  | { readonly code: 'branch.deleted' }
  | { readonly code: 'history.undone'; readonly change: ChangeKind }
  | { readonly code: 'history.redone'; readonly change: ChangeKind };

export type StepResult = { readonly ok: true; readonly state: SessionState; readonly notice: Notice | null } | { readonly ok: false; readonly refusal: Refusal };

/**
 * Who is looking at a session. A team sees its own pending commits and only *that* the others have
 * committed; the facilitator sees everything; an observer (the projector, or anything that leaves
 * a shared hot-seat device) sees what the whole class may see.
 */
export type Seat = { readonly kind: 'team'; readonly team: TeamId } | { readonly kind: 'facilitator' } | { readonly kind: 'observer' };
