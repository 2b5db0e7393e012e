/**
 * Several saved sessions, one record per session, so a damaged entry or a failed write can only
 * ever affect that one session. Every record carries a revision: a tab writes on top of the
 * revision it last read, and a write on top of an older one is refused as "changed elsewhere"
 * rather than silently undoing another tab's work. Nothing here throws or rejects: storage errors
 * (full, disabled, private mode) come back as values.
 */
import { parseSessionText, sessionError, supersedes, type Result, type SessionFile } from '../../../engine/session/index.ts';
import { currentT } from '../../lib/words/index.ts';
import type { StoreBackend, StoredRecord } from './store-backend.ts';
import type { SessionEntry, SessionStore, Saved, SaveOptions, StoreChange } from './session-store-types.ts';

// Storage has no language of its own: its messages are the catalogue's English (the app's default).
// Worded when it happens, in the language chosen then.
const t = currentT;

const LAST_KEY = 'last-session';
/** This tab's own session (sessionStorage): a reload reopens it even when another tab wrote later. */
const TAB_KEY = 'whn:tab-session';

type TabStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface StoreOptions {
  readonly now?: () => string;
  /** Tells other tabs about a write, and hears theirs (BroadcastChannel in the browser). */
  readonly channel?: StoreChannel;
  /** This tab's sessionStorage: remembers the tab's own session; a new tab falls back to the last one saved. */
  readonly tab?: TabStorage | null;
}

export interface StoreChannel {
  post(change: StoreChange): void;
  listen(onChange: (change: StoreChange) => void): () => void;
}

class Refused extends Error {
  constructor(readonly stored: number) {
    super('changed elsewhere');
  }
}

export function createSessionStore(backend: StoreBackend, options: StoreOptions = {}): SessionStore {
  const now = options.now ?? (() => new Date().toISOString());
  const channel = options.channel;
  const tab = options.tab ?? null;
  const tabSession = (): string | null => {
    try {
      return tab?.getItem(TAB_KEY) ?? null;
    } catch {
      return null;
    }
  };
  const setTabSession = (id: string | null): void => {
    try {
      if (id === null) tab?.removeItem(TAB_KEY);
      else tab?.setItem(TAB_KEY, id);
    } catch {
      // sessionStorage refused: the tab falls back to the last session saved anywhere.
    }
  };
  /** The revision of each session as this tab last read or wrote it. */
  const seen = new Map<string, number>();

  async function attempt<T>(run: () => Promise<T>, size: number): Promise<Result<{ value: T }>> {
    try {
      return { ok: true, value: await run() };
    } catch (e) {
      if (e instanceof Refused) return sessionError('changed-elsewhere', t('store.changedElsewhere'));
      if (isQuotaError(e)) return sessionError('quota', t('store.full', { size: formatBytes(size * 2) }));
      return sessionError('storage-unavailable', t('store.refused', { reason: e instanceof Error ? e.message : String(e) }));
    }
  }

  function parse(record: StoredRecord | undefined, id: string): Result<Saved> {
    if (record === undefined) return sessionError('not-found', t('store.notFound', { id }));
    const parsed = parseSessionText(record.text, { now });
    if (!parsed.ok) return parsed;
    if (parsed.session.id !== id) return sessionError('corrupt', t('store.altered', { id, other: parsed.session.id }));
    return { ok: true, session: parsed.session, revision: record.revision };
  }

  async function get(id: string): Promise<Result<Saved>> {
    const read = await attempt(() => backend.get(id), 0);
    return read.ok ? parse(read.value, id) : read;
  }

  async function save(session: SessionFile, { base, adopt = false }: SaveOptions = {}): Promise<Result<Saved>> {
    const text = JSON.stringify(session);
    let previous: number | undefined;
    let revision = 0;
    const written = await attempt(
      () =>
        backend.update(session.id, (current) => {
          previous = current?.revision;
          if (base !== undefined && (current?.revision ?? null) !== base) throw new Refused(current?.revision ?? 0);
          revision = (current?.revision ?? 0) + 1;
          return { id: session.id, text, revision };
        }),
      text.length,
    );
    if (!written.ok) return written;
    // This tab stays in step only if it was in step before (or never had this session).
    const known = seen.get(session.id);
    if (adopt || known === undefined || known === previous) seen.set(session.id, revision);
    channel?.post({ kind: 'saved', id: session.id, revision });
    return { ok: true, session, revision };
  }

  return {
    persistent: backend.persistent,
    async list() {
      const read = await attempt(() => backend.all(), 0);
      if (!read.ok) return [];
      const entries: SessionEntry[] = read.value.map((record) => {
        const { id, text, revision } = record;
        const result = parse(record, id);
        if (!result.ok) return { status: 'corrupt', id, error: result.error, raw: text, bytes: text.length };
        const s = result.session;
        return { status: 'ok', id, name: s.name, savedAt: s.savedAt, scenarioId: s.scenario.id, moves: s.timeline.nodes.length, bytes: text.length, revision };
      });
      // Newest first; damaged entries (no trustworthy date) last, by id for a stable order.
      return entries.sort((a, b) => {
        if (a.status !== b.status) return a.status === 'ok' ? -1 : 1;
        if (a.status === 'ok' && b.status === 'ok' && a.savedAt !== b.savedAt) return a.savedAt < b.savedAt ? 1 : -1;
        return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      });
    },
    get,
    async open(id) {
      const result = await get(id);
      if (result.ok) seen.set(id, result.revision);
      return result;
    },
    async raw(id) {
      const read = await attempt(() => backend.get(id), 0);
      return read.ok ? (read.value?.text ?? null) : null;
    },
    save,
    async autosave(session) {
      const file = { ...session, savedAt: now() };
      let saved = await save(file, { base: seen.get(session.id) ?? null });
      if (!saved.ok && saved.error.kind === 'changed-elsewhere') {
        // Another tab wrote it, but if this version holds all of that work, writing it loses nothing.
        const stored = await get(session.id);
        if (stored.ok && supersedes(file, stored.session) !== 'other') saved = await save(file, { base: stored.revision, adopt: true });
      }
      if (saved.ok) {
        setTabSession(session.id);
        await attempt(() => backend.setMeta(LAST_KEY, session.id), 0);
      }
      return saved;
    },
    seen: (id) => seen.get(id) ?? null,
    async rename(id, name) {
      const current = await get(id);
      if (!current.ok) return current;
      return save({ ...current.session, name: name.trim().slice(0, 200) }, { base: current.revision });
    },
    async delete(id) {
      await attempt(async () => {
        await backend.delete(id);
        if ((await backend.getMeta(LAST_KEY)) === id) await backend.setMeta(LAST_KEY, null);
      }, 0);
      seen.delete(id);
      if (tabSession() === id) setTabSession(null);
      channel?.post({ kind: 'deleted', id, revision: 0 });
    },
    async lastSession() {
      const own = tabSession();
      if (own !== null) {
        const mine = await get(own);
        // Deleted from another tab since: fall back to the last session saved anywhere.
        if (mine.ok || mine.error.kind !== 'not-found') {
          if (mine.ok) seen.set(own, mine.revision);
          return mine;
        }
        setTabSession(null);
      }
      const id = await attempt(() => backend.getMeta(LAST_KEY), 0);
      if (!id.ok || id.value === undefined) return null;
      const opened = await get(id.value);
      if (opened.ok) seen.set(id.value, opened.revision);
      return opened;
    },
    listen: (onChange) => channel?.listen(onChange) ?? (() => undefined),
  };
}

export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  // Names and codes differ across browsers (Firefox: NS_ERROR_DOM_QUOTA_REACHED / 1014).
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
