/** A session as a file: the one way a session leaves a device (autosave, export, share link, network). */
import { classroomToJSON } from '../classroom/classroom-json.ts';
import type { NodeId, Timeline } from '../types.ts';
import { newSessionId } from './ids.ts';
import { SESSION_FORMAT, SESSION_VERSION, type SessionFile } from './session-file.ts';
import type { Mode, Seat, SessionState } from './types.ts';
import { viewFor } from './view.ts';

/** The parts a session file is made of; `id` and `name` default to a new session's. */
export interface SessionParts {
  readonly timeline: Timeline;
  readonly current: NodeId;
  readonly mode: Mode;
  readonly id?: string;
  readonly name?: string;
  /** The YAML text of a user-loaded scenario; omit for shipped scenarios. */
  readonly source?: string;
  /** The classroom exercise's JSON (classroomToJSON), when one is running. */
  readonly classroom?: unknown;
  readonly now?: () => string;
}

export function toSessionFile(parts: SessionParts): SessionFile {
  const { scenario } = parts.timeline;
  const savedAt = (parts.now ?? (() => new Date().toISOString()))();
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    id: parts.id ?? newSessionId(),
    name: parts.name ?? `${scenario.meta.title} — ${savedAt.slice(0, 10)}`,
    savedAt,
    scenario: parts.source === undefined ? { id: scenario.meta.id, hash: scenario.hash } : { id: scenario.meta.id, hash: scenario.hash, source: parts.source },
    timeline: parts.timeline.toJSON(),
    current: parts.current,
    mode: parts.mode,
    ...(parts.classroom !== undefined ? { classroom: parts.classroom } : {}),
  };
}

/** The session as `seat` may see it, as a file. A shared hot-seat device saves as an observer. */
export function sessionFileFor(state: SessionState, seat: Seat, now?: () => string): SessionFile {
  const view = viewFor(state, seat);
  return toSessionFile({
    timeline: view.timeline,
    current: view.current,
    mode: view.mode,
    id: view.id,
    name: view.name,
    ...(view.source !== null ? { source: view.source } : {}),
    ...(view.classroom !== null ? { classroom: classroomToJSON(view.classroom) } : {}),
    ...(now ? { now } : {}),
  });
}
