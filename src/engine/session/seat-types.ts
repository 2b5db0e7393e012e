/**
 * A session with every seat on its own device (the networked exercise): what a seat may ask for,
 * the per-team drafts only that team sees, and why a seat is refused. The rules are in seat-step.ts.
 */
import type { ClassroomAction, TeamId } from '../classroom/index.ts';
import type { ActorId, MoveId, NodeId } from '../types.ts';
import type { Refusal, SessionState } from './types.ts';

/** A team's not-yet-committed selection, by actor. */
export type DraftMoves = Readonly<Record<ActorId, MoveId>>;

export interface Draft {
  /** The class's head when the draft was made: a draft for an earlier point is stale and not shown. */
  readonly at: NodeId;
  readonly moves: DraftMoves;
}

export interface SeatedSession {
  readonly session: SessionState;
  /** Each team's uncommitted selection, so a device that reconnects gets it back. */
  readonly drafts: Readonly<Record<TeamId, Draft>>;
  /** The facilitator ended the exercise: every seat opens the debrief and nothing more is played. */
  readonly ended: boolean;
}

/**
 * What a seat may ask of the exercise over the network: the classroom's actions but taking the
 * screen (every team has its own), a team's draft, and the end. A team commits (simultaneous) or
 * plays (alternating); the facilitator reveals (once the round's time is up, the teams that have
 * not committed pass), moves on, injects, overrides, undoes, pauses, resumes and ends.
 */
export type SeatIntent =
  /** A team: its selection so far (kept for its devices, hidden from everyone else, the facilitator too). */
  | { readonly type: 'draft'; readonly moves: DraftMoves }
  | Exclude<ClassroomAction, { type: 'take-screen' }>
  /** The facilitator ends the exercise: everyone gets the debrief. */
  | { readonly type: 'end' };

export type SeatIntentType = SeatIntent['type'];

/** Why a seat was refused, as a code with its parameters (the words live with whoever shows them). */
export type SeatRefusal =
  | Refusal
  /** An observer (a projector) only watches. */
  | { readonly code: 'seat.observer' }
  | { readonly code: 'seat.facilitator-only'; readonly intent: SeatIntentType }
  /** Only a team chooses moves; the facilitator injects them instead. */
  | { readonly code: 'seat.team-only'; readonly intent: SeatIntentType }
  | { readonly code: 'seat.unknown-team'; readonly team: TeamId }
  /** The team asked to move for actors it does not play. */
  | { readonly code: 'seat.not-yours'; readonly actors: readonly ActorId[] }
  /** Alternating turns: another team's actor is next (null when no team is). */
  | { readonly code: 'seat.not-your-turn'; readonly team: TeamId | null }
  | { readonly code: 'exercise.ended' };

export type SeatStepResult = { readonly ok: true; readonly state: SeatedSession } | { readonly ok: false; readonly refusal: SeatRefusal };

/** What one seat is shown: the session as it may see it, its own draft, and whether the exercise ended. */
export interface SeatView {
  readonly session: SessionState;
  readonly draft: DraftMoves | null;
  readonly ended: boolean;
}
