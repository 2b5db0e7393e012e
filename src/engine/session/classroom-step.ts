/**
 * Classroom actions inside the session: start, act (a team's or the facilitator's action, with the
 * time passed in) and end. The board and the charts follow the class: the current node is its head.
 */
import { classroomStep as classroomRules, startClassroom, type ClassroomResult } from '../classroom/session.ts';
import type { ClosedMove } from '../closed-reason.ts';
import type { Refusal, SessionAction, SessionState, StepResult } from './types.ts';

type ClassroomSessionAction = Extract<SessionAction, { type: 'classroom.start' | 'classroom.act' | 'classroom.end' }>;

export function classroomStep(state: SessionState, action: ClassroomSessionAction): StepResult {
  if (action.type === 'classroom.end') return { ok: true, state: { ...state, classroom: null, past: [], future: [], revision: state.revision + 1 }, notice: null };
  if (action.type === 'classroom.start') return withClassroom(state, startClassroom(state.timeline, action.settings, action.now));
  if (state.classroom === null) return { ok: false, refusal: { code: 'classroom.none' } };
  return withClassroom(state, classroomRules({ timeline: state.timeline, state: state.classroom }, action.action, action.now));
}

/** The session after the classroom rules answered: their refusal, or the class's new state (and head). */
export function withClassroom(state: SessionState, result: ClassroomResult): StepResult {
  if (!result.ok) return { ok: false, refusal: engineRefusal(result.error, result.closed ?? null) };
  return {
    ok: true,
    state: { ...state, timeline: result.timeline, current: result.state.head, classroom: result.state, mode: 'free', past: [], future: [], revision: state.revision + 1 },
    notice: null,
  };
}

/** The engine's or the classroom rules' refusal: a closed move as ids, anything else in their own words. */
export function engineRefusal(message: string, closed: ClosedMove | null): Refusal {
  return closed ? { code: 'move.closed', closed, message } : { code: 'engine', message };
}
