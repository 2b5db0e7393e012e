/** Sessions as files: build one from the live state, export it, import it back. */
import type { NodeId, Timeline } from '../../../engine/types.ts';
import { newSessionId, parseSessionText, SESSION_FORMAT, SESSION_VERSION, type SessionFile, type SessionMode } from './session-file.ts';
import { sessionError, type Result } from './session-error.ts';

const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface SessionState {
  readonly timeline: Timeline;
  readonly current: NodeId;
  readonly mode: SessionMode;
  /** Keeps the id (and so the storage slot) of an existing session; omitted starts a new one. */
  readonly id?: string;
  readonly name?: string;
  /** The YAML text of a user-loaded scenario; omit for shipped scenarios. */
  readonly source?: string;
  /** The classroom exercise's JSON (classroomToJSON), when one is running. */
  readonly classroom?: unknown;
  readonly now?: () => string;
}

/** Snapshot of the live session as a SessionFile. */
export function toSessionFile(state: SessionState): SessionFile {
  const { scenario } = state.timeline;
  const savedAt = (state.now ?? (() => new Date().toISOString()))();
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    id: state.id ?? newSessionId(),
    name: state.name ?? `${scenario.meta.title} — ${savedAt.slice(0, 10)}`,
    savedAt,
    scenario: state.source === undefined ? { id: scenario.meta.id, hash: scenario.hash } : { id: scenario.meta.id, hash: scenario.hash, source: state.source },
    timeline: state.timeline.toJSON(),
    current: state.current,
    mode: state.mode,
    ...(state.classroom !== undefined ? { classroom: state.classroom } : {}),
  };
}

export function exportSessionFile(session: SessionFile): Blob {
  return new Blob([JSON.stringify(session, null, 2) + '\n'], { type: 'application/json' });
}

/** "whn-march-2019-my-branch-2024-05-01.json": readable, safe on every file system. */
export function sessionFileName(session: SessionFile): string {
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40);
  const parts = ['whn', slug(session.scenario.id), slug(session.name), session.savedAt.slice(0, 10)].filter((p) => p.length > 0);
  return `${parts.join('-')}.json`;
}

/** Reads a session file chosen by the user. Never throws or rejects. */
export async function importSessionFile(file: Blob & { readonly name?: string }): Promise<Result<{ session: SessionFile; migratedFrom: number | null }>> {
  const label = file.name ? `"${file.name}"` : 'The file';
  if (file.size > MAX_IMPORT_BYTES) return sessionError('too-large', `${label} is ${Math.round(file.size / 1024 / 1024)} MB: too large to be a session file.`);
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return sessionError('corrupt', `${label} could not be read (${e instanceof Error ? e.message : String(e)}).`);
  }
  const parsed = parseSessionText(text);
  if (!parsed.ok) return sessionError(parsed.error.kind, `${label}: ${parsed.error.message}`);
  return parsed;
}
