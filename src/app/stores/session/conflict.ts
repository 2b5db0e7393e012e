/**
 * The two ways out when another tab changed the session shown here: keep both (this tab's version
 * is saved as a copy under a new id and name, and this tab goes on with the copy) or reload (this
 * tab takes the stored version). Neither writes over the other tab's work.
 */
import { newSessionId, type SessionFile, type SessionInit } from '../../../engine/session/index.ts';
import { sessionStore, type SessionStore } from '../persistence/index.ts';
import { distinctName } from '../../lib/distinct-name.ts';
import { currentWords } from '../../lib/words/index.ts';
import { openSession } from './restore.ts';

export type Resolved = { readonly ok: true; readonly init: SessionInit; readonly name: string } | { readonly ok: false; readonly message: string };

/** Saves `mine` beside the stored session as a copy and opens the copy. */
export async function keepBoth(mine: SessionFile, store: SessionStore = sessionStore): Promise<Resolved> {
  const names = (await store.list()).flatMap((e) => (e.status === 'ok' ? [e.name] : []));
  const copy: SessionFile = { ...mine, id: newSessionId(), name: distinctName(currentWords().t('store.copyName', { name: mine.name }).slice(0, 200), names) };
  const opened = await openSession(copy);
  if (!opened.ok) return opened;
  const saved = await store.save(copy, { base: null, adopt: true });
  if (!saved.ok) return { ok: false, message: saved.error.message };
  return { ok: true, init: opened.init, name: copy.name };
}

/** Takes the stored version of session `id`; this tab's later saves build on it. */
export async function reloadStored(id: string, store: SessionStore = sessionStore): Promise<Resolved> {
  const stored = await store.open(id);
  if (!stored.ok) return { ok: false, message: stored.error.message };
  const opened = await openSession(stored.session);
  return opened.ok ? { ok: true, init: opened.init, name: stored.session.name } : opened;
}
