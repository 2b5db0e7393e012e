/**
 * Scenario drafts being written in the editor, kept in their own IndexedDB database (`whn-drafts`),
 * apart from saved sessions. Where IndexedDB is unavailable the drafts live in memory for the tab.
 */
import { openDB, type DBSchema } from 'idb';

export interface Draft {
  readonly id: string;
  /** The scenario's title as written in the text, or the file it came from. */
  readonly name: string;
  readonly text: string;
  /** Milliseconds since the epoch of the last change. */
  readonly updated: number;
}

interface DraftsDb extends DBSchema {
  drafts: { key: string; value: Draft };
}

export const DRAFTS_DB = 'whn-drafts';

export interface DraftStore {
  list(): Promise<readonly Draft[]>;
  get(id: string): Promise<Draft | undefined>;
  put(draft: Draft): Promise<void>;
  delete(id: string): Promise<void>;
}

export function memoryDrafts(): DraftStore {
  const drafts = new Map<string, Draft>();
  return {
    list: async () => newestFirst([...drafts.values()]),
    get: async (id) => drafts.get(id),
    put: async (draft) => void drafts.set(draft.id, draft),
    delete: async (id) => void drafts.delete(id),
  };
}

const newestFirst = (drafts: Draft[]) => drafts.sort((a, b) => b.updated - a.updated);

export async function idbDrafts(name = DRAFTS_DB): Promise<DraftStore> {
  const db = await openDB<DraftsDb>(name, 1, {
    upgrade: (database) => void database.createObjectStore('drafts', { keyPath: 'id' }),
  });
  return {
    list: async () => newestFirst(await db.getAll('drafts')),
    get: (id) => db.get('drafts', id),
    put: async (draft) => void (await db.put('drafts', draft)),
    delete: (id) => db.delete('drafts', id),
  };
}

let shared: Promise<DraftStore> | null = null;

/** The page's draft store, opened on first use. */
export function draftStore(): Promise<DraftStore> {
  shared ??= (typeof indexedDB === 'undefined' ? Promise.reject(new Error('no IndexedDB')) : idbDrafts()).catch(() => memoryDrafts());
  return shared;
}

/** A draft's name from its text: meta.title as written, else the fallback. */
export function draftName(text: string, fallback: string): string {
  const title = /^ {2}title:[ \t]*(.+)$/m.exec(text)?.[1]?.trim().replace(/^(['"])(.*)\1$/, '$2');
  return title ? title.slice(0, 120) : fallback;
}

export function newDraftId(): string {
  return `draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Saves `text` as a new draft and returns it. */
export async function createDraft(text: string, fallbackName: string, store?: DraftStore): Promise<Draft> {
  const draft: Draft = { id: newDraftId(), name: draftName(text, fallbackName), text, updated: Date.now() };
  await (store ?? (await draftStore())).put(draft);
  return draft;
}
