/**
 * Whether the browser says it has a network (navigator.onLine and its online/offline events).
 * The header shows a quiet indicator when it has none; UI that needs a network (joining a hosted
 * room) reads `useOnline()` to say so instead of waiting on a connection that cannot come.
 * `navigator.onLine === false` is certain; `true` only means "not known to be offline".
 */
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Online unless the browser knows otherwise; outside a browser (tests, rendering on a server) online. */
export function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, () => true);
}
