import { browserSessionStore, type SessionStore } from './session-store.ts';

export {
  createSessionStore,
  createMemoryStorage,
  browserSessionStore,
  formatBytes,
  type SessionStore,
  type SessionEntry,
  type StorageLike,
} from './session-store.ts';
export { isShareLink, loadShareLinks, SHARE_PREFIX } from './share-link-hash.ts';
export { exportSessionFile, importSessionFile, sessionFileName } from './session-io.ts';

/** The app's saved sessions (localStorage; in memory when the browser refuses storage). Created on first use. */
export const sessionStore: SessionStore = {
  get persistent() {
    return browserSessionStore().persistent;
  },
  list: () => browserSessionStore().list(),
  get: (id) => browserSessionStore().get(id),
  raw: (id) => browserSessionStore().raw(id),
  save: (s) => browserSessionStore().save(s),
  autosave: (s) => browserSessionStore().autosave(s),
  rename: (id, name) => browserSessionStore().rename(id, name),
  delete: (id) => browserSessionStore().delete(id),
  lastSession: () => browserSessionStore().lastSession(),
};
