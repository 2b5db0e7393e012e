/**
 * The seat tokens this browser holds, one per room code, in localStorage: a token is the seat, so a
 * device that reloads, sleeps or meets a restarted server goes back to its seat without asking.
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
}

const PREFIX = 'whn.room.';
const LAST = 'whn.room-last';

/** Tokens in `storage` (localStorage by default); in memory when the browser refuses storage. */
export function seatTokens(storage: Storage | null = defaultStorage()): SeatTokens {
  const memory = new Map<string, string>();
  const read = (key: string) => {
    try {
      return storage ? storage.getItem(key) : (memory.get(key) ?? null);
    } catch {
      return memory.get(key) ?? null;
    }
  };
  const write = (key: string, value: string | null) => {
    if (value === null) memory.delete(key);
    else memory.set(key, value);
    try {
      if (value === null) storage?.removeItem(key);
      else storage?.setItem(key, value);
    } catch {
      // Private mode or a full quota: the token lives as long as the page.
    }
  };
  return {
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
      if (read(LAST) === room) write(LAST, null);
    },
    last: () => read(LAST),
  };
}

function defaultStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
