/**
 * A session arriving from a share link or a file, under an id that may already be saved here.
 * It may take that place only when it holds everything saved there (engine `supersedes`);
 * anything older or different arrives as a copy beside it, so no saved work is ever replaced.
 */
import { newSessionId, supersedes, type SessionFile } from '../../../engine/session/index.ts';
import { sessionStore, type SessionStore } from '../persistence/index.ts';
import { distinctName } from '../../lib/distinct-name.ts';
import { currentWords } from '../../lib/words/index.ts';
import { shippedVersions } from './restore.ts';

export interface Arrival {
  /** The session to open or store: the incoming one, or its copy under a new id and name. */
  readonly session: SessionFile;
  /** 'new': nothing saved under its id; 'update': it supersedes what is saved; 'copy': kept beside it. */
  readonly placed: 'new' | 'update' | 'copy';
  /** The saved revision it builds on ('update'), else null. */
  readonly base: number | null;
}

export async function placeArrival(incoming: SessionFile, store: SessionStore = sessionStore): Promise<Arrival> {
  const saved = await store.get(incoming.id);
  if (!saved.ok && saved.error.kind === 'not-found') return { session: incoming, placed: 'new', base: null };
  // Another hash may be a listed earlier version of the same shipped scenario (meta.earlierVersions): then the work decides.
  const versions = saved.ok && saved.session.scenario.hash !== incoming.scenario.hash ? await shippedVersions(incoming) : [];
  if (saved.ok && supersedes(incoming, saved.session, versions) !== 'other') return { session: incoming, placed: 'update', base: saved.revision };
  // Saved work that differs, or a damaged save under that id: neither may be overwritten.
  const names = (await store.list()).flatMap((e) => (e.status === 'ok' ? [e.name] : []));
  const name = distinctName(currentWords().t('store.copyName', { name: incoming.name }).slice(0, 200), names);
  return { session: { ...incoming, id: newSessionId(), name }, placed: 'copy', base: null };
}
