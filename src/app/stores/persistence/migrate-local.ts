/**
 * Sessions saved by earlier versions of the app live in localStorage ("whn:session:<id>" and
 * "whn:last-session"). They move once into the store's backend, verbatim (damaged ones too, so
 * they stay downloadable); a session already in the backend is never overwritten. The old keys
 * are removed only after everything was written.
 */
import type { StorageLike } from './memory-storage.ts';
import type { StoreBackend } from './store-backend.ts';

const LEGACY_PREFIX = 'whn:session:';
const LEGACY_LAST = 'whn:last-session';
const MIGRATED = 'migrated-local-storage';

/** Moves legacy sessions; returns how many were moved (0 when done before or nothing was there). Rejects when the backend fails, leaving localStorage as it was. */
export async function migrateLocalStorage(storage: StorageLike, backend: StoreBackend): Promise<number> {
  if ((await backend.getMeta(MIGRATED)) !== undefined) return 0;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(LEGACY_PREFIX)) keys.push(key);
  }
  for (const key of keys) {
    const text = storage.getItem(key);
    if (text === null) continue;
    const id = key.slice(LEGACY_PREFIX.length);
    await backend.update(id, (current) => (current ? null : { id, text, revision: 1 }));
  }
  const last = storage.getItem(LEGACY_LAST);
  if (last !== null && (await backend.getMeta('last-session')) === undefined) await backend.setMeta('last-session', last);
  await backend.setMeta(MIGRATED, new Date().toISOString());
  for (const key of keys) storage.removeItem(key);
  storage.removeItem(LEGACY_LAST);
  return keys.length;
}
