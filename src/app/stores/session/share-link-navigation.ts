/**
 * A share link pasted into a tab that already shows the app changes only the hash: open it as a
 * fresh load would. The current session was autosaved and stays in Sessions…; a damaged link
 * leaves it on screen, untouched.
 */
import { useEffect } from 'react';
import { isShareLink, loadShareLinks } from '../persistence/index.ts';
import type { SessionInit } from '../../../engine/session/index.ts';
import { openSession, type RecoveryNotice } from './restore.ts';
import { currentWords } from '../../lib/words/index.ts';

export type LinkOpened = { readonly ok: true; readonly init: SessionInit; readonly note: string | null } | { readonly ok: false; readonly notice: RecoveryNotice };

/** Opens the session in a `#s=…` hash; null when the hash is not a share link. */
export async function openShareLink(hash: string): Promise<LinkOpened | null> {
  if (!isShareLink(hash)) return null;
  const { decodeShareLink } = await loadShareLinks();
  const decoded = decodeShareLink(hash);
  if (!decoded.ok) {
    return { ok: false, notice: { message: currentWords().t('boot.linkFailed', { message: decoded.error.message, then: 'current' }), raw: hash } };
  }
  const restored = await openSession(decoded.session);
  if (!restored.ok) {
    return {
      ok: false,
      notice: { message: currentWords().t('boot.linkSessionFailed', { message: restored.message, then: 'current' }), raw: JSON.stringify(decoded.session, null, 2) },
    };
  }
  return { ok: true, init: restored.init, note: restored.note };
}

/** Listens for a share link arriving in the address bar while the app is open. */
export function useShareLinkNavigation(onOpened: (opened: LinkOpened) => void): void {
  useEffect(() => {
    let live = true;
    const onHashChange = () => {
      const hash = window.location.hash;
      void openShareLink(hash).then((opened) => {
        if (!live || opened === null) return;
        // As on a fresh load: the link has done its job, and a reload must come back to autosave, not the link.
        if (window.location.hash === hash) history.replaceState(null, '', window.location.pathname + window.location.search);
        onOpened(opened);
      });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      live = false;
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [onOpened]);
}
