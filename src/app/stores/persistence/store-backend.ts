/**
 * Where saved sessions physically live. The session store speaks to one of these: IndexedDB in
 * the browser (idb-backend.ts), memory in tests and when the browser refuses storage. A backend
 * may throw (storage full, disabled); the session store turns that into values.
 */

/** One saved session as stored: its JSON text (kept verbatim, even when damaged) and its revision. */
export interface StoredRecord {
  readonly id: string;
  readonly text: string;
  /** 1 on the first save, +1 on every save: what tells two tabs' versions apart. */
  readonly revision: number;
}

export interface StoreBackend {
  /** Whether records survive a reload. */
  readonly persistent: boolean;
  get(id: string): Promise<StoredRecord | undefined>;
  all(): Promise<StoredRecord[]>;
  /** Reads the record and writes what `decide` returns, in one step no other tab can come between (null: write nothing). */
  update(id: string, decide: (current: StoredRecord | undefined) => StoredRecord | null): Promise<void>;
  delete(id: string): Promise<void>;
  getMeta(key: string): Promise<string | undefined>;
  /** null removes the key. */
  setMeta(key: string, value: string | null): Promise<void>;
}

/** Records in memory; `quotaChars` makes writes beyond it fail as a full browser storage does. */
export function memoryBackend(quotaChars = Infinity): StoreBackend {
  const records = new Map<string, StoredRecord>();
  const meta = new Map<string, string>();
  const used = () => [...records.values()].reduce((n, r) => n + r.text.length, 0);
  return {
    persistent: false,
    get: async (id) => records.get(id),
    all: async () => [...records.values()],
    async update(id, decide) {
      const next = decide(records.get(id));
      if (next === null) return;
      if (used() - (records.get(id)?.text.length ?? 0) + next.text.length > quotaChars) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      records.set(id, next);
    },
    delete: async (id) => void records.delete(id),
    getMeta: async (key) => meta.get(key),
    async setMeta(key, value) {
      if (value === null) meta.delete(key);
      else meta.set(key, value);
    },
  };
}
