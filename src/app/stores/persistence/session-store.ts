/**
 * Several saved sessions in the browser's storage, one key per session, so a damaged entry
 * or a failed write can only ever affect that one session. Nothing here throws: storage
 * errors (full, disabled, private mode) come back as values.
 */
import { parseSessionText, sessionError, type Result, type SessionError, type SessionFile } from '../../../engine/session/index.ts';
import { currentWords, type Words } from '../../lib/words/index.ts';

// Storage has no language of its own: its messages are the catalogue's English (the app's default).
// Worded when it happens, in the language chosen then.
const t: Words['t'] = (key, values) => currentWords().t(key, values);

/** The part of the Web Storage API we use; tests pass an in-memory one. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'whn:session:';
const LAST_KEY = 'whn:last-session';

export type SessionEntry =
  | {
      readonly status: 'ok';
      readonly id: string;
      readonly name: string;
      readonly savedAt: string;
      readonly scenarioId: string;
      /** Nodes in the timeline besides the root: a rough size of the work. */
      readonly moves: number;
      readonly bytes: number;
    }
  | {
      readonly status: 'corrupt';
      readonly id: string;
      readonly error: SessionError;
      /** Exactly what is stored, so the user can download it and nothing is lost. */
      readonly raw: string;
      readonly bytes: number;
    };

export interface SessionStore {
  /** Whether saves survive a reload (false when the browser refuses storage; we then keep sessions in memory). */
  readonly persistent: boolean;
  /** Every saved session, newest first; damaged entries are listed with status 'corrupt'. */
  list(): readonly SessionEntry[];
  get(id: string): Result<{ session: SessionFile }>;
  /** The stored text of an entry, valid or not (for "download raw data"). */
  raw(id: string): string | null;
  save(session: SessionFile): Result<{ session: SessionFile }>;
  /** Saves with the current time and remembers it as the session to restore on reload. */
  autosave(session: SessionFile): Result<{ session: SessionFile }>;
  rename(id: string, name: string): Result<{ session: SessionFile }>;
  delete(id: string): void;
  /** The session to restore on reload: null when there is none; an error when it is damaged. */
  lastSession(): Result<{ session: SessionFile }> | null;
}

export interface StoreOptions {
  readonly now?: () => string;
}

export function createSessionStore(storage: StorageLike, options: StoreOptions = {}, persistent = true): SessionStore {
  const now = options.now ?? (() => new Date().toISOString());

  function read(key: string): string | null {
    try {
      return storage.getItem(key);
    } catch {
      return null;
    }
  }

  function write(key: string, value: string): Result<object> {
    try {
      storage.setItem(key, value);
      return { ok: true };
    } catch (e) {
      if (isQuotaError(e)) {
        return sessionError(
          'quota',
          t('store.full', { size: formatBytes(value.length * 2) }),
        );
      }
      return sessionError('storage-unavailable', t('store.refused', { reason: e instanceof Error ? e.message : String(e) }));
    }
  }

  function ids(): string[] {
    const found: string[] = [];
    try {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(PREFIX)) found.push(key.slice(PREFIX.length));
      }
    } catch {
      // Storage became unreadable: list nothing rather than crash.
    }
    return found;
  }

  function get(id: string): Result<{ session: SessionFile }> {
    const text = read(PREFIX + id);
    if (text === null) return sessionError('not-found', t('store.notFound', { id }));
    const parsed = parseSessionText(text, { now });
    if (!parsed.ok) return parsed;
    if (parsed.session.id !== id) {
      return sessionError('corrupt', t('store.altered', { id, other: parsed.session.id }));
    }
    return { ok: true, session: parsed.session };
  }

  function save(session: SessionFile): Result<{ session: SessionFile }> {
    const written = write(PREFIX + session.id, JSON.stringify(session));
    return written.ok ? { ok: true, session } : written;
  }

  return {
    persistent,
    list() {
      const entries: SessionEntry[] = ids().map((id) => {
        const raw = read(PREFIX + id) ?? '';
        const result = get(id);
        if (!result.ok) return { status: 'corrupt', id, error: result.error, raw, bytes: raw.length };
        const s = result.session;
        return { status: 'ok', id, name: s.name, savedAt: s.savedAt, scenarioId: s.scenario.id, moves: s.timeline.nodes.length, bytes: raw.length };
      });
      // Newest first; damaged entries (no trustworthy date) last, by id for a stable order.
      return entries.sort((a, b) => {
        if (a.status !== b.status) return a.status === 'ok' ? -1 : 1;
        if (a.status === 'ok' && b.status === 'ok' && a.savedAt !== b.savedAt) return a.savedAt < b.savedAt ? 1 : -1;
        return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      });
    },
    get,
    raw: (id) => read(PREFIX + id),
    save,
    autosave(session) {
      const saved = save({ ...session, savedAt: now() });
      if (saved.ok) write(LAST_KEY, session.id);
      return saved;
    },
    rename(id, name) {
      const current = get(id);
      if (!current.ok) return current;
      return save({ ...current.session, name: name.trim().slice(0, 200) });
    },
    delete(id) {
      try {
        storage.removeItem(PREFIX + id);
        if (read(LAST_KEY) === id) storage.removeItem(LAST_KEY);
      } catch {
        // Nothing more we can do; the entry stays listed.
      }
    },
    lastSession() {
      const id = read(LAST_KEY);
      if (id === null) return null;
      return get(id);
    },
  };
}

/** An in-memory Storage: the fallback when the browser refuses localStorage, and the tests' storage. */
export function createMemoryStorage(quotaChars = Infinity): StorageLike {
  const map = new Map<string, string>();
  const used = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem(k, v) {
      const after = used() - (map.has(k) ? k.length + (map.get(k) ?? '').length : 0) + k.length + v.length;
      if (after > quotaChars) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(k, String(v));
    },
    removeItem: (k) => void map.delete(k),
  };
}

let defaultStore: SessionStore | null = null;

/** The app's store over localStorage, or over memory (persistent: false) when localStorage is unusable. */
export function browserSessionStore(): SessionStore {
  if (defaultStore) return defaultStore;
  let storage: StorageLike | null = null;
  try {
    // Accessing localStorage throws in some privacy modes; a probe write catches disabled storage.
    const ls = globalThis.localStorage;
    ls.setItem('whn:probe', '1');
    ls.removeItem('whn:probe');
    storage = ls;
  } catch {
    storage = null;
  }
  defaultStore = storage ? createSessionStore(storage) : createSessionStore(createMemoryStorage(), {}, false);
  return defaultStore;
}

function isQuotaError(e: unknown): boolean {
  if (!(e instanceof DOMException)) return false;
  // Names and codes differ across browsers (Firefox: NS_ERROR_DOM_QUOTA_REACHED / 1014).
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
