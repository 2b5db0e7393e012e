/**
 * The last write, kept where a closing page can still reach it. IndexedDB writes are async: one
 * started as the page goes away (a reload right after a move, a closed tab) may never commit. So
 * when the page is hidden with a write pending or unconfirmed, the session also goes to
 * localStorage at once (synchronous), and the next start settles it: a journal that holds all the
 * saved work (and where the user stood) is written to the store; one that conflicts with it is offered back as an unsaved copy.
 */
import { parseSessionText, supersedes, type SessionFile } from '../../../engine/session/index.ts';
import type { SessionStore } from '../persistence/index.ts';
import { keepUnsaved, tabStorage } from './unsaved-copy.ts';

type Place = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;

const KEY = 'whn:last-write';

/** This origin's localStorage, or null where the browser refuses it. */
export function journalStorage(): Place {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function journalWrite(place: Place, session: SessionFile): void {
  try {
    place?.setItem(KEY, JSON.stringify(session));
  } catch {
    // Too large for localStorage: the IndexedDB write still runs, and the unsaved copy covers a failure.
  }
}

/** Drops the journal once the store holds `id`'s write (another session's journal stays). */
export function journalDone(place: Place, id: string): void {
  try {
    const text = place?.getItem(KEY);
    if (text && readId(text) === id) place?.removeItem(KEY);
  } catch {
    // Nothing to drop.
  }
}

function readId(text: string): string | null {
  try {
    const id = (JSON.parse(text) as { id?: unknown }).id;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

/** At start: writes a journalled session the store lacks, or keeps a conflicting one as an unsaved copy. Never throws. */
export async function settleJournal(store: SessionStore, place: Place = journalStorage(), keep: Place = tabStorage()): Promise<void> {
  let text: string | null = null;
  try {
    text = place?.getItem(KEY) ?? null;
  } catch {
    return;
  }
  if (!text) return;
  const parsed = parseSessionText(text);
  if (parsed.ok) {
    const journal = parsed.session;
    const stored = await store.get(journal.id);
    const placed = !stored.ok ? 'newer' : supersedes(journal, stored.session);
    // 'same' work may still stand elsewhere (a replay stepped forward): the journal has where the user was.
    if (placed !== 'other') {
      const saved = await store.autosave(journal);
      if (!saved.ok) keepUnsaved(keep, journal);
    } else if (placed === 'other') {
      keepUnsaved(keep, journal);
    }
  }
  try {
    place?.removeItem(KEY);
  } catch {
    // Read-only storage: the journal is settled again next time, with the same result.
  }
}
