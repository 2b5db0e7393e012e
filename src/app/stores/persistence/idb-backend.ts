/** Saved sessions in IndexedDB (through `idb`): far more room than localStorage, and atomic read-then-write. */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { StoreBackend, StoredRecord } from './store-backend.ts';

interface SessionsDb extends DBSchema {
  sessions: { key: string; value: StoredRecord };
  meta: { key: string; value: string };
}

export const DB_NAME = 'whn';

/** Opens the database; rejects when the browser has no usable IndexedDB. */
export async function idbBackend(name = DB_NAME): Promise<StoreBackend> {
  const db: IDBPDatabase<SessionsDb> = await openDB<SessionsDb>(name, 1, {
    upgrade(database) {
      database.createObjectStore('sessions', { keyPath: 'id' });
      database.createObjectStore('meta');
    },
  });
  return {
    persistent: true,
    get: (id) => db.get('sessions', id),
    all: () => db.getAll('sessions'),
    async update(id, decide) {
      const tx = db.transaction('sessions', 'readwrite');
      const next = decide(await tx.store.get(id));
      // A failed put aborts the transaction: tx.done rejects with its error (quota), which the store reports.
      if (next !== null) tx.store.put(next).catch(() => undefined);
      await tx.done;
    },
    delete: (id) => db.delete('sessions', id),
    getMeta: (key) => db.get('meta', key),
    async setMeta(key, value) {
      if (value === null) await db.delete('meta', key);
      else await db.put('meta', value, key);
    },
  };
}
