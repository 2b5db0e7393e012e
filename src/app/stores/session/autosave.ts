/**
 * Saves the session after every change (debounced, flushed when the page is hidden), so a
 * reload or a closed tab loses nothing. A write that fails is never silent: the problem goes to
 * the screen, closing the tab asks first, and a copy of the unsaved session is kept in this tab's
 * sessionStorage (when it fits) so the next start can offer it back.
 */
import { sessionFileFor, supersedes, type SessionErrorKind, type SessionFile, type SessionState } from '../../../engine/session/index.ts';
import { sessionStore, type SessionStore } from '../persistence/index.ts';
import { currentWords } from '../../lib/words/index.ts';
import { DEVICE_SEAT } from './restore.ts';
import type { SessionActor } from './session-context.tsx';
import { journalDone, journalStorage, journalWrite } from './last-write.ts';
import { forgetUnsaved, keepUnsaved, tabStorage } from './unsaved-copy.ts';

/** The session as it leaves this device (autosave, export, share link): the device seat's view. */
export function sessionFileOf(state: SessionState): SessionFile {
  return sessionFileFor(state, DEVICE_SEAT);
}

/** Why the session on screen is not saved; `session` is what would have been written (for download). */
export interface SaveProblem {
  readonly kind: SessionErrorKind;
  readonly message: string;
  readonly session: SessionFile;
}

export interface AutosaveOptions {
  readonly delayMs?: number;
  readonly store?: SessionStore;
  /** Where a copy of an unsaved session goes (null: nowhere); defaults to sessionStorage. */
  readonly keep?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** Where the write pending as the page is hidden also goes, synchronously (last-write.ts); defaults to localStorage. */
  readonly journal?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
}

/** Starts autosaving; returns the stop function. `onProblem` hears a failed write (null once writes succeed again). */
export function startAutosave(actor: SessionActor, onProblem: (problem: SaveProblem | null) => void, options: AutosaveOptions = {}): () => void {
  const { delayMs = 250, store = sessionStore } = options;
  const keep = options.keep === undefined ? tabStorage() : options.keep;
  const journal = options.journal === undefined ? journalStorage() : options.journal;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let saved = -1;
  let savedId = '';
  let pending: SessionState | null = null;
  let failing = false;
  // Writes asked for and writes the store confirmed: they differ while one is in flight.
  let asked = 0;
  let confirmed = 0;
  // Writes run one after another, so each builds on the revision the one before stored.
  let chain: Promise<void> = Promise.resolve();

  const write = (file: SessionFile) => {
    const number = ++asked;
    chain = chain.then(async () => {
      const result = await store.autosave(file);
      const wasFailing = failing;
      failing = !result.ok;
      if (result.ok) {
        confirmed = number;
        if (confirmed === asked) journalDone(journal, file.id);
        // The copy kept after a failure is dropped once the session is saved again (not before: it may be all there is).
        if (wasFailing) forgetUnsaved(keep, file.id);
        onProblem(null);
      } else {
        keepUnsaved(keep, file);
        onProblem({ kind: result.error.kind, message: result.error.message, session: file });
      }
    });
  };

  const flush = (state: SessionState = actor.getSnapshot().context) => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
    if (state.revision === saved && state.id === savedId) return;
    saved = state.revision;
    savedId = state.id;
    write(sessionFileOf(state));
  };

  const subscription = actor.subscribe((snapshot) => {
    const state = snapshot.context;
    if (state.revision === saved && state.id === savedId) return;
    // Switching to another session: the old one's last change must land in its own slot first.
    if (pending !== null && pending.id !== state.id) flush(pending);
    pending = state;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => flush(), delayMs);
  });
  const onHide = () => {
    if (pending === null && confirmed === asked) return;
    flush();
    // The write just started may not commit before the page goes: keep it where it lands at once.
    journalWrite(journal, sessionFileOf(actor.getSnapshot().context));
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!failing) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = currentWords().t('store.leaveWarning');
  };
  // Another tab saved the session shown here: this tab's next write would be refused, so say so now.
  const stopListening = store.listen((change) => {
    const { id } = actor.getSnapshot().context;
    if (change.kind !== 'saved' || change.id !== id || store.seen(id) === change.revision) return;
    void store.get(id).then((stored) => {
      const live = sessionFileOf(actor.getSnapshot().context);
      // Only work this tab lacks is a conflict: the same work written again (a reload, a view) is not.
      if (!stored.ok || live.id !== id || supersedes(live, stored.session) !== 'other') return;
      onProblem({ kind: 'changed-elsewhere', message: currentWords().t('store.changedElsewhere'), session: live });
    });
  });
  window.addEventListener('pagehide', onHide);
  window.addEventListener('beforeunload', onBeforeUnload);
  document.addEventListener('visibilitychange', onHide);
  // A fresh or restored session is saved at once, so a reload right away finds it.
  flush();
  return () => {
    subscription.unsubscribe();
    stopListening();
    window.removeEventListener('pagehide', onHide);
    window.removeEventListener('beforeunload', onBeforeUnload);
    document.removeEventListener('visibilitychange', onHide);
    if (timer !== null) flush();
  };
}
