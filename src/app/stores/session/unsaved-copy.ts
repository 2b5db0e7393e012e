/**
 * The last session this tab could not save, kept in sessionStorage (it survives a reload of the
 * tab, and has its own quota), so the next start can say what happened and offer it back.
 */
import { parseSessionText, type SessionFile } from '../../../engine/session/index.ts';

type Keep = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null | undefined;

/** This tab's sessionStorage, or null where the browser refuses it. */
export function tabStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

const KEY = 'whn:unsaved';

export interface UnsavedCopy {
  readonly session: SessionFile;
  /** When the write failed (ISO). */
  readonly at: string;
}

export function keepUnsaved(keep: Keep, session: SessionFile, at = new Date().toISOString()): boolean {
  try {
    keep?.setItem(KEY, JSON.stringify({ at, session }));
    return keep != null;
  } catch {
    // Does not fit either: the banner and the leave warning still say so.
    return false;
  }
}

export function forgetUnsaved(keep: Keep, id?: string): void {
  try {
    if (id === undefined || readUnsaved(keep)?.session.id === id) keep?.removeItem(KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** The kept copy, or null when there is none or it does not read as a session. */
export function readUnsaved(keep: Keep): UnsavedCopy | null {
  try {
    const text = keep?.getItem(KEY);
    if (!text) return null;
    const { at, session } = JSON.parse(text) as { at?: unknown; session?: unknown };
    const parsed = parseSessionText(JSON.stringify(session));
    return parsed.ok && typeof at === 'string' ? { session: parsed.session, at } : null;
  } catch {
    return null;
  }
}
