import { describe, expect, it } from 'vitest';
import { seatTokens } from '../../../../../src/app/stores/room/index.ts';

/** A Storage in memory, as the browser's localStorage or sessionStorage. */
function storage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('seat tokens', () => {
  it("should keep each tab's own seat, and give a new tab the device's last one", () => {
    const device = storage();
    const console = seatTokens(device, storage());
    const projector = seatTokens(device, storage());
    console.set('ABC234', { seatToken: 'facilitator.secret', device: 'f' });
    projector.set('ABC234', { seatToken: 'observer.secret', device: 'o' });
    // A reload of the console tab keeps its facilitator seat although the projector tab came later.
    expect(console.get('ABC234')?.seatToken).toBe('facilitator.secret');
    expect(seatTokens(device, storage()).get('ABC234')?.seatToken).toBe('observer.secret');
  });

  it("should keep the reconnection token for this tab only, and forget it with the seat", () => {
    const device = storage();
    const tab = storage();
    const tokens = seatTokens(device, tab);
    tokens.set('ABC234', { seatToken: 't.s', device: 'd' });
    tokens.setReconnection('ABC234', 'ABC234:reconnect');
    expect(seatTokens(device, tab).reconnection('ABC234')).toBe('ABC234:reconnect');
    expect(seatTokens(device, storage()).reconnection('ABC234')).toBeNull();
    tokens.remove('ABC234');
    expect(tokens.reconnection('ABC234')).toBeNull();
    expect(tokens.get('ABC234')).toBeNull();
  });
});
