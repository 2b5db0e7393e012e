/**
 * The app's saved sessions: IndexedDB, with sessions of earlier versions moved in from
 * localStorage on first start, and other tabs told of every write over a BroadcastChannel.
 * When the browser refuses IndexedDB the sessions live in memory (persistent: false).
 */
import { idbBackend } from './idb-backend.ts';
import { migrateLocalStorage } from './migrate-local.ts';
import { createSessionStore, type StoreChannel } from './session-store.ts';
import type { SessionStore, StoreChange } from './session-store-types.ts';
import { memoryBackend, type StoreBackend } from './store-backend.ts';

let opening: Promise<SessionStore> | null = null;
let opened: SessionStore | null = null;

function broadcastChannel(): StoreChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel('whn:sessions');
  return {
    post: (change) => channel.postMessage(change),
    listen(onChange) {
      const handler = (event: MessageEvent<StoreChange>) => onChange(event.data);
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
  };
}

async function openBackend(): Promise<StoreBackend> {
  try {
    const backend = await idbBackend();
    try {
      await migrateLocalStorage(globalThis.localStorage, backend);
    } catch {
      // localStorage unreadable or the move failed: the old keys stay where they were, and the next start tries again.
    }
    return backend;
  } catch {
    return memoryBackend();
  }
}

/** This tab's sessionStorage, or null where the browser refuses it. */
function tabStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** The app's store, opened once; never rejects. */
export function browserSessionStore(): Promise<SessionStore> {
  opening ??= openBackend().then((backend) => (opened = createSessionStore(backend, { channel: broadcastChannel(), tab: tabStorage() })));
  return opening;
}

/** The store once browserSessionStore() has resolved (boot waits for it), else null. */
export function openedSessionStore(): SessionStore | null {
  return opened;
}
