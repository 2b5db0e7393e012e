/**
 * Opening a share link: on a fresh load, or pasted into a tab that already shows the app (only
 * the hash changes). A link under the id of a saved session that holds work the link lacks opens
 * as a copy, so an older link never overwrites newer work. A damaged link leaves the session on
 * screen untouched.
 */
import { useEffect, useRef } from 'react';
import { isShareLink, loadShareLinks, sessionStore, type SessionStore } from '../persistence/index.ts';
import type { SessionInit } from '../../../engine/session/index.ts';
import { placeArrival } from './arrival.ts';
import { openSession, type RecoveryNotice } from './restore.ts';
import { currentWords } from '../../lib/words/index.ts';

export type LinkOpened =
  | { readonly ok: true; readonly init: SessionInit; readonly note: string | null; /** The copy's name when it opened as a copy. */ readonly copy: string | null }
  | { readonly ok: false; readonly notice: RecoveryNotice };

/** Opens the session in a `#s=…` hash; null when the hash is not a share link. `then`: what the failure message says happens instead. */
export async function openShareLink(hash: string, then: 'fresh' | 'current' = 'current', store: SessionStore = sessionStore): Promise<LinkOpened | null> {
  if (!isShareLink(hash)) return null;
  const { decodeShareLink } = await loadShareLinks();
  const decoded = decodeShareLink(hash);
  if (!decoded.ok) {
    return { ok: false, notice: { message: currentWords().t('boot.linkFailed', { message: decoded.error.message, then }), raw: hash } };
  }
  const arrival = await placeArrival(decoded.session, store);
  const restored = await openSession(arrival.session);
  if (!restored.ok) {
    return {
      ok: false,
      notice: { message: currentWords().t('boot.linkSessionFailed', { message: restored.message, then }), raw: JSON.stringify(decoded.session, null, 2) },
    };
  }
  // It supersedes the saved one: this tab continues from there, so its autosave builds on that revision.
  if (arrival.placed === 'update') await store.open(arrival.session.id);
  return { ok: true, init: restored.init, note: restored.note, copy: arrival.placed === 'copy' ? arrival.session.name : null };
}

/**
 * Listens for a share link arriving in the address bar while the app is open, and opens one that
 * arrived while the app was still starting (boot read the address before it, and no listener was
 * there yet). Installed once: `onOpened` is read when a link has opened, so a change of it while
 * a large link decodes does not drop that link.
 */
export function useShareLinkNavigation(onOpened: (opened: LinkOpened) => void): void {
  const latest = useRef(onOpened);
  useEffect(() => {
    latest.current = onOpened;
  });
  useEffect(() => {
    let live = true;
    const open = () => {
      const hash = window.location.hash;
      void openShareLink(hash).then((opened) => {
        if (!live || opened === null) return;
        // As on a fresh load: the link has done its job, and a reload must come back to autosave, not the link.
        if (window.location.hash === hash) history.replaceState(null, '', window.location.pathname + window.location.search);
        latest.current(opened);
      });
    };
    window.addEventListener('hashchange', open);
    if (isShareLink(window.location.hash)) open();
    return () => {
      live = false;
      window.removeEventListener('hashchange', open);
    };
  }, []);
}

/** After boot: drops the link boot opened from the address bar, and only that one (a newer one waits for `useShareLinkNavigation`). */
export function forgetBootLink(bootHash: string): void {
  if (window.location.hash !== '' && window.location.hash === bootHash) history.replaceState(null, '', window.location.pathname + window.location.search);
}
