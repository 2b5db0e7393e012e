/**
 * A new version of the app, waiting (issue 14). The service worker (registered in main.tsx with
 * registerType 'prompt') installs a new build in the background and then waits: the app says so
 * and reloads only when the user presses Reload, so a running exercise is never reloaded under the
 * class. Saved sessions live in the browser's storage, which an update does not touch.
 */
import { useSyncExternalStore } from 'react';

let apply: (() => Promise<void>) | null = null;
const listeners = new Set<() => void>();

/** Called by the service worker's registration when a new version has installed and waits. */
export function offerUpdate(activate: () => Promise<void>): void {
  apply = activate;
  for (const listener of listeners) listener();
}

/** Activates the waiting version and reloads the page: only ever called from the user's Reload. */
export function applyUpdate(): Promise<void> {
  return apply ? apply() : Promise.resolve();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUpdateReady(): boolean {
  return useSyncExternalStore(subscribe, () => apply !== null, () => false);
}
