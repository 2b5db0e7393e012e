/** The app's keyboard shortcuts (listed for users in lib/keyboard.ts SHORTCUTS and the help dialog). */
import { useEffect } from 'react';
import { isTypingTarget } from '../lib/keyboard.ts';
import type { AppSessionEvent } from '../stores/session/index.ts';

export function useShortcuts(send: (event: AppSessionEvent) => void, openHelp: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      // Text fields keep their own undo and arrow keys.
      if (isTypingTarget(event.target)) return;
      if (mod && (key === 'z' || key === 'y')) {
        event.preventDefault();
        send({ type: key === 'y' || event.shiftKey ? 'history.redo' : 'history.undo' });
        return;
      }
      if (mod || document.querySelector('dialog[open]')) return;
      if (event.key === '?') {
        event.preventDefault();
        openHelp();
      } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        event.preventDefault();
        send({ type: 'replay.step', delta: event.key === 'ArrowLeft' ? -1 : 1 });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [send, openHelp]);
}
