/**
 * Where the app starts: a share link in the URL, else the last session, else a fresh session on
 * the default scenario. A damaged link or save falls through to the next, with a notice that keeps
 * the damaged data downloadable. Safe mode (`?safe`) skips the last session, so one that breaks
 * start-up can still be downloaded or deleted from the sessions list.
 */
import { browserSessionStore, type SessionStore } from '../persistence/index.ts';
import type { SessionInit } from '../../../engine/session/index.ts';
import { DEFAULT_SCENARIO_ID, loadShipped, shippedScenarios } from '../../lib/scenarios.ts';
import { currentT } from '../../lib/words/index.ts';
import { freshInit, openSession, type RecoveryNotice } from './restore.ts';
import { openShareLink } from './share-link-navigation.ts';
import { settleJournal } from './last-write.ts';
import { readUnsaved, tabStorage, type UnsavedCopy } from './unsaved-copy.ts';

const t = currentT;

export interface BootOptions {
  /** Safe mode: do not reopen the last session; the app opens the sessions list. */
  readonly safe?: boolean;
  readonly store?: SessionStore;
  /** Where autosave kept a session it could not save (sessionStorage). */
  readonly keep?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** Where the last page journalled its last write (localStorage; last-write.ts). */
  readonly journal?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
}

export type BootResult =
  | {
      readonly ok: true;
      readonly init: SessionInit;
      readonly recovery: RecoveryNotice | null;
      readonly opened: 'link' | 'saved' | 'fresh';
      readonly note: string | null;
      /** The name of the copy a link opened as (a different version was saved), else null. */
      readonly copy: string | null;
      readonly safe: boolean;
      /** A session that could not be saved before the last reload, offered back. */
      readonly unsaved: UnsavedCopy | null;
    }
  | { readonly ok: false; readonly message: string };

/** `?safe` anywhere in the query. */
export function isSafeMode(search: string): boolean {
  return new URLSearchParams(search).has('safe');
}

export async function bootSession(hash: string, options: BootOptions = {}): Promise<BootResult> {
  const safe = options.safe ?? false;
  const store = options.store ?? (await browserSessionStore());
  const keep = options.keep === undefined ? tabStorage() : options.keep;
  // A write the last page started as it went away lands first, so the last session is the latest.
  await settleJournal(store, options.journal === undefined ? undefined : options.journal, keep);
  const unsaved = readUnsaved(keep);
  const done = (init: SessionInit, opened: 'link' | 'saved' | 'fresh', rest: { recovery?: RecoveryNotice | null; note?: string | null; copy?: string | null } = {}): BootResult => ({
    ok: true,
    init,
    opened,
    recovery: rest.recovery ?? null,
    note: rest.note ?? null,
    copy: rest.copy ?? null,
    safe,
    unsaved,
  });
  let recovery: RecoveryNotice | null = null;
  const link = await openShareLink(hash, 'fresh', store);
  if (link?.ok) return done(link.init, 'link', { note: link.note, copy: link.copy });
  if (link) recovery = link.notice;
  else if (!safe) {
    const last = await store.lastSession();
    if (last?.ok) {
      const restored = await openSession(last.session);
      if (restored.ok) return done(restored.init, 'saved', { note: restored.note });
      recovery = { message: t('boot.lastFailed', { message: restored.message }), raw: JSON.stringify(last.session, null, 2) };
    } else if (last && !last.ok) {
      recovery = { message: t('boot.lastDamaged', { message: last.error.message }), raw: null };
    }
  }
  const fallback = (await loadShipped(DEFAULT_SCENARIO_ID)) ?? (shippedScenarios[0] ? await loadShipped(shippedScenarios[0].id) : null);
  if (!fallback) return { ok: false, message: t('boot.noScenario') };
  if (!fallback.result.ok) {
    const first = fallback.result.problems[0];
    return { ok: false, message: t('boot.shippedInvalid', { file: fallback.entry.file, first: first ? first.message : 'none' }) };
  }
  return done(freshInit(fallback.result.scenario), 'fresh', { recovery });
}
