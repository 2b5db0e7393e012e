/**
 * Importing a session file: read it, check that it opens (restore), and only then store it —
 * beside a saved session of the same id as a copy unless it holds everything that one holds.
 * A file that does not open is refused with its message, and nothing is stored.
 */
import { fileLabel, importSessionFile, sessionStore, type SessionStore } from '../persistence/index.ts';
import type { SessionFile } from '../../../engine/session/index.ts';
import { distinctName } from '../../lib/distinct-name.ts';
import { currentT } from '../../lib/words/index.ts';
import { placeArrival, type Arrival } from './arrival.ts';
import { openSession } from './restore.ts';

const t = currentT;

export type Imported =
  | { readonly ok: true; readonly session: SessionFile; readonly placed: Arrival['placed']; readonly migrated: boolean; /** The storage error when it could not be kept. */ readonly notSaved: string | null }
  | { readonly ok: false; readonly message: string };

export async function importSession(file: Blob & { readonly name?: string }, store: SessionStore = sessionStore): Promise<Imported> {
  const read = await importSessionFile(file);
  if (!read.ok) return { ok: false, message: read.error.message };
  const opened = await openSession(read.session);
  if (!opened.ok) return { ok: false, message: t('sessions.importRefused', { label: fileLabel(file), message: opened.message }) };
  const arrival = await placeArrival(read.session, store);
  let session = arrival.session;
  if (arrival.placed === 'new') {
    // Another saved session with the same name could not be told apart in the list.
    const others = (await store.list()).flatMap((e) => (e.status === 'ok' ? [e.name] : []));
    session = { ...session, name: distinctName(session.name, others) };
  }
  const saved = await store.save(session, { base: arrival.base });
  return { ok: true, session, placed: arrival.placed, migrated: read.migratedFrom !== null, notSaved: saved.ok ? null : saved.error.message };
}
