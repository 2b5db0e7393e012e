/**
 * What a seat may see of a session. Everything that leaves a device (autosave, export, share link,
 * a network message) is made from `viewFor`, so a team's secret commit never leaves its seat.
 */
import { COMPUTER, type ClassroomState } from '../classroom/types.ts';
import type { ActorId, MoveId } from '../types.ts';
import type { Seat, SessionState } from './types.ts';

/** Stands for a commit the seat may not read: it says *that* the actor committed, never what. */
export const HIDDEN_MOVE = '#hidden';

function visibleTo(classroom: ClassroomState, seat: Seat, actor: ActorId): boolean {
  if (seat.kind === 'facilitator') return true;
  if (seat.kind === 'observer') return false;
  const controller = classroom.settings.assignment[actor];
  return controller !== undefined && controller !== COMPUTER && controller === seat.team;
}

/** The session as `seat` may see it: other seats' pending commits become HIDDEN_MOVE. */
export function viewFor(state: SessionState, seat: Seat): SessionState {
  const { classroom } = state;
  if (classroom === null || Object.keys(classroom.pending).length === 0) return state;
  const pending: Record<ActorId, MoveId> = {};
  for (const [actor, move] of Object.entries(classroom.pending)) pending[actor] = visibleTo(classroom, seat, actor) ? move : HIDDEN_MOVE;
  // Undo stacks hold earlier timelines only (commits never enter a timeline before the reveal), but
  // nothing that leaves a seat needs them.
  return { ...state, classroom: { ...classroom, pending }, past: [], future: [] };
}

/** Whether a view had commits hidden from it (a restored hot-seat round must then be chosen again). */
export function hasHiddenCommits(classroom: ClassroomState | null): boolean {
  return classroom !== null && Object.values(classroom.pending).some((move) => move === HIDDEN_MOVE);
}
