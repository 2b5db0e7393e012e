import { vi } from 'vitest';
import { OutOfRoom, Room } from '../../../src/engine/state-set.ts';

/** Makes the machine run out of memory early, as one with less free than it said would: after `allocations` typed arrays of states. Returns the undo. */
export function outOfRoomAfter(allocations: number): () => void {
  const real = Room.prototype.float64;
  let left = allocations;
  const spy = vi.spyOn(Room.prototype, 'float64').mockImplementation(function (this: Room, length: number) {
    if (--left < 0) throw new OutOfRoom();
    return real.call(this, length);
  });
  return () => spy.mockRestore();
}
