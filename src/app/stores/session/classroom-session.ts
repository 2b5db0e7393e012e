/**
 * Classroom events for the app's session state: the session reducer hands them here, so the
 * shell's reducer only routes them. Pure; the wall-clock time comes in with the event.
 */
import type { NodeId, Timeline } from '../../../engine/index.ts';
import { classroomStep, startClassroom, type ClassroomAction, type ClassroomSettings, type ClassroomState } from '../../../engine/classroom/index.ts';

export type ClassroomEvent =
  | { readonly type: 'classroom.start'; readonly settings: ClassroomSettings; readonly now: number }
  | { readonly type: 'classroom.act'; readonly action: ClassroomAction; readonly now: number }
  | { readonly type: 'classroom.end' };

export interface ClassroomSlice {
  readonly timeline: Timeline;
  readonly current: NodeId;
  readonly classroom: ClassroomState | null;
}

export type ClassroomOutcome = ({ readonly ok: true } & ClassroomSlice) | { readonly ok: false; readonly error: string };

export function reduceClassroom(slice: ClassroomSlice, event: ClassroomEvent): ClassroomOutcome {
  if (event.type === 'classroom.end') return { ok: true, timeline: slice.timeline, current: slice.current, classroom: null };
  const result =
    event.type === 'classroom.start'
      ? startClassroom(slice.timeline, event.settings, event.now)
      : slice.classroom
        ? classroomStep({ timeline: slice.timeline, state: slice.classroom }, event.action, event.now)
        : ({ ok: false, error: 'No classroom session is running: set one up first.' } as const);
  if (!result.ok) return result;
  // The board and the charts follow the class: the current node is the class's head.
  return { ok: true, timeline: result.timeline, current: result.state.head, classroom: result.state };
}
