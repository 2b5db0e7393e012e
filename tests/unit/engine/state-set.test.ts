import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesFor, MAX_SEARCH_STATES, OutOfRoom, Room, StateQueue, stateSet, statesWithin } from '../../../src/engine/state-set.ts';

describe('the room a search may use', () => {
  it('should refuse an allocation past its budget, and count what it gives', () => {
    const room = new Room(1000);
    room.float64(100);
    expect(room.bytes).toBe(800);
    expect(() => room.uint32(51)).toThrow(OutOfRoom);
    room.release(800);
    expect(room.uint32(250)).toHaveLength(250);
  });

  it('should turn an allocation the machine cannot make into OutOfRoom, not a RangeError', () => {
    expect(() => new Room(Number.MAX_SAFE_INTEGER).float64(2 ** 50)).toThrow(OutOfRoom);
  });
});

describe('the set of states seen', () => {
  it.each([
    ['a paged bitset', 5_000_000],
    ['a hash set', 2 ** 52],
  ])('should say, as %s, whether a state is new exactly as a Set does', (_kind, space) => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: Math.min(space - 1, 2 ** 40) }), { maxLength: 3000 }), fc.integer({ min: 0, max: 30 }), (states, shift) => {
        const set = stateSet(space, new Room(2 ** 30));
        const reference = new Set<number>();
        for (const raw of states) {
          const s = space > 2 ** 40 ? Math.min(space - 1, raw * 2 ** shift) : raw;
          expect(set.add(s)).toBe(!reference.has(s));
          reference.add(s);
        }
      }),
      { numRuns: 60, seed: 15 },
    );
  });

  it('should keep the largest packed states apart', () => {
    const set = stateSet(2 ** 53, new Room(2 ** 30));
    const top = Number.MAX_SAFE_INTEGER;
    expect([set.add(top), set.add(top - 1), set.add(top), set.add(0), set.add(2 ** 32), set.add(2 ** 32)]).toEqual([true, true, false, true, true, false]);
  });
});

describe('the queue of states to expand', () => {
  it('should give states back in order across chunks and hand chunks back to the room', () => {
    const room = new Room(2 ** 26);
    const queue = new StateQueue(room);
    for (let i = 0; i < 200_000; i++) queue.push(i * 3);
    const held = room.bytes;
    for (let i = 0; i < 150_000; i++) expect(queue.take()).toBe(i * 3);
    expect(room.bytes).toBeLessThan(held);
    for (let i = 150_000; i < 200_000; i++) expect(queue.take()).toBe(i * 3);
    expect(queue.empty).toBe(true);
    expect(queue.pushed).toBe(200_000);
  });
});

describe('what a budget holds', () => {
  it.each([1000, 2 ** 20, 2 ** 24, 2 ** 30, 2 ** 40, 2 ** 53 - 1])('should invert bytesFor for a space of %i states', (space) => {
    for (const budget of [2 ** 20, 2 ** 26, 2 ** 30, 10 * 2 ** 30]) {
      const states = statesWithin(budget, space);
      if (states > 0) expect(bytesFor(states, space)).toBeLessThanOrEqual(budget);
      if (states < Math.min(space, MAX_SEARCH_STATES)) expect(bytesFor(states + 1, space)).toBeGreaterThan(budget);
    }
  });

  it('should hold no more than MAX_SEARCH_STATES, however large the budget', () => {
    expect(statesWithin(Number.MAX_SAFE_INTEGER, 2 ** 53 - 1)).toBe(MAX_SEARCH_STATES);
  });
});
