import { browserSessionStore, openedSessionStore } from './browser-store.ts';
import type { SessionStore } from './session-store-types.ts';

export { createSessionStore, formatBytes, isQuotaError, type StoreChannel } from './session-store.ts';
export { createMemoryStorage, type StorageLike } from './memory-storage.ts';
export { memoryBackend, type StoreBackend, type StoredRecord } from './store-backend.ts';
export { idbBackend } from './idb-backend.ts';
export { migrateLocalStorage } from './migrate-local.ts';
export { browserSessionStore } from './browser-store.ts';
export type { SessionStore, SessionEntry, Saved, SaveOptions, StoreChange } from './session-store-types.ts';
export { isShareLink, loadShareLinks, SHARE_PREFIX } from './share-link-hash.ts';
export { exportSessionFile, fileLabel, importSessionFile, sessionFileName } from './session-io.ts';

const store = browserSessionStore;

/** The app's saved sessions (IndexedDB; in memory when the browser refuses storage). Opened on first use. */
export const sessionStore: SessionStore = {
  get persistent() {
    return openedSessionStore()?.persistent ?? true;
  },
  list: async () => (await store()).list(),
  get: async (id) => (await store()).get(id),
  open: async (id) => (await store()).open(id),
  raw: async (id) => (await store()).raw(id),
  save: async (s, options) => (await store()).save(s, options),
  autosave: async (s) => (await store()).autosave(s),
  seen: (id) => openedSessionStore()?.seen(id) ?? null,
  rename: async (id, name) => (await store()).rename(id, name),
  delete: async (id) => (await store()).delete(id),
  lastSession: async () => (await store()).lastSession(),
  listen(onChange) {
    let stop: (() => void) | null = null;
    let live = true;
    void store().then((s) => {
      if (live) stop = s.listen(onChange);
    });
    return () => {
      live = false;
      stop?.();
    };
  },
};
