/**
 * The networked exercise lives in the page's address, so a reload, a shared link or a QR code
 * opens it: `?join` asks for a room code, `?join=CODE` joins that room (back to this tab's seat
 * when it holds one), `?join=CODE&view=projector` is the projector's read-only view.
 */
import { useSyncExternalStore } from 'react';
import { normalizeCode } from '../../protocol/index.ts';

export interface NetworkAddress {
  readonly code: string | null;
  readonly projector: boolean;
}

export function networkAddress(search: string): NetworkAddress | null {
  const params = new URLSearchParams(search);
  if (!params.has('join')) return null;
  return { code: normalizeCode(params.get('join') ?? ''), projector: params.get('view') === 'projector' };
}

export function joinSearch(code: string | null, projector = false): string {
  return `?join${code ? `=${code}` : ''}${projector ? '&view=projector' : ''}`;
}

/** Moves to another address of the app ('' is the simulator) without reloading. */
export function goTo(search: string): void {
  history.pushState(null, '', window.location.pathname + search);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

const subscribe = (listener: () => void) => {
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
};

/** The page's search string, following goTo and the browser's back and forward. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search);
}
