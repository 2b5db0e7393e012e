/**
 * The seat tokens this browser holds, one per room code: a token is the seat, so a device that
 * reloads, sleeps or meets a restarted server goes back to its seat without asking. Each tab keeps
 * its own in sessionStorage (a facilitator's console and a projector tab on one laptop are two
 * seats), with the device's last one in localStorage for a tab opened again. The room's
 * reconnection token (Colyseus) is the tab's alone: after a reload the tab takes back its very
 * connection, before the server has given the seat up.
 */
export interface HeldSeat {
  readonly seatToken: string;
  readonly device: string;
}

export interface SeatTokens {
  get(room: string): HeldSeat | null;
  set(room: string, seat: HeldSeat): void;
  remove(room: string): void;
  /** The room this device was last seated in, to offer "back to room ABC123". */
  last(): string | null;
  /** This tab's Colyseus reconnection token for `room`, if it had a connection before a reload. */
  reconnection(room: string): string | null;
  setReconnection(room: string, token: string | null): void;
}

const PREFIX = 'whn.room.';
const LAST = 'whn.room-last';
const RECONNECT = 'whn.room-reconnect.';

interface KeyValue {
  read(key: string): string | null;
  write(key: string, value: string | null): void;
}

/** `storage`, or memory when there is none or the browser refuses it (private mode, a full quota). */
function keyValue(storage: Storage | null): KeyValue {
  const memory = new Map<string, string>();
  return {
    read(key) {
      try {
        return storage ? storage.getItem(key) : (memory.get(key) ?? null);
      } catch {
        return memory.get(key) ?? null;
      }
    },
    write(key, value) {
      if (value === null) memory.delete(key);
      else memory.set(key, value);
      try {
        if (value === null) storage?.removeItem(key);
        else storage?.setItem(key, value);
      } catch {
        // The token lives as long as the page.
      }
    },
  };
}

/**
 * Tokens in `device` (localStorage by default) and `tab` (sessionStorage by default; the tab's
 * own comes first); in memory when the browser refuses storage.
 */
export function seatTokens(device: Storage | null = defaultStorage('localStorage'), tab: Storage | null = device === null ? null : defaultStorage('sessionStorage')): SeatTokens {
  const stores = [keyValue(tab), keyValue(device)];
  const read = (key: string) => {
    for (const store of stores) {
      const value = store.read(key);
      if (value !== null) return value;
    }
    return null;
  };
  const write = (key: string, value: string | null) => {
    for (const store of stores) store.write(key, value);
  };
  const own = stores[0] as KeyValue;
  return {
    reconnection: (room) => own.read(RECONNECT + room),
    setReconnection: (room, token) => own.write(RECONNECT + room, token),
    get(room) {
      const text = read(PREFIX + room);
      if (text === null) return null;
      try {
        const held = JSON.parse(text) as Partial<HeldSeat>;
        return typeof held.seatToken === 'string' && typeof held.device === 'string' ? { seatToken: held.seatToken, device: held.device } : null;
      } catch {
        return null;
      }
    },
    set(room, seat) {
      write(PREFIX + room, JSON.stringify(seat));
      write(LAST, room);
    },
    remove(room) {
      write(PREFIX + room, null);
      own.write(RECONNECT + room, null);
      if (read(LAST) === room) write(LAST, null);
    },
    last: () => read(LAST),
  };
}

function defaultStorage(kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return typeof globalThis[kind] === 'undefined' ? null : globalThis[kind];
  } catch {
    return null;
  }
}
