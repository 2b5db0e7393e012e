/**
 * Saves the session after every change (debounced, flushed when the page is hidden), so a
 * reload or a closed tab loses nothing.
 */
import { sessionFileFor, type SessionFile, type SessionState } from '../../../engine/session/index.ts';
import { sessionStore } from '../persistence/index.ts';
import { DEVICE_SEAT } from './restore.ts';
import type { SessionActor } from './session-context.tsx';

/** The session as it leaves this device (autosave, export, share link): the device seat's view. */
export function sessionFileOf(state: SessionState): SessionFile {
  return sessionFileFor(state, DEVICE_SEAT);
}

/** Starts autosaving; returns the stop function. `onError` hears about a full or refusing storage. */
export function startAutosave(actor: SessionActor, onError: (message: string | null) => void, delayMs = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let saved = -1;
  let savedId = '';

  let pending: SessionState | null = null;

  const flush = (state: SessionState = actor.getSnapshot().context) => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
    if (state.revision === saved && state.id === savedId) return;
    const result = sessionStore.autosave(sessionFileOf(state));
    saved = state.revision;
    savedId = state.id;
    onError(result.ok ? null : result.error.message);
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
    if (pending !== null) flush();
  };
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onHide);
  // A fresh or restored session is saved at once, so a reload right away finds it.
  flush();
  return () => {
    subscription.unsubscribe();
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onHide);
    if (timer !== null) flush();
  };
}
