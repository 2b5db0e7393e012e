/**
 * Compact storage for a search over packed states (explore.ts): the set of states seen and the
 * queue of states to expand, each allocation charged to a byte budget (`Room`), so running out
 * of room is an answer ("stopped at N states") rather than a crash. `bytesFor` is the worst case
 * the search can need, so a cap the budget cannot hold is refused before the search starts.
 */
import type { PackedState } from './compile.ts';

/** Thrown by Room when an allocation would pass the budget, or the allocation itself fails. */
export class OutOfRoom extends Error {}

/** A byte budget for typed arrays. */
export class Room {
  private used = 0;
  constructor(readonly maxBytes: number) {}

  get bytes(): number {
    return this.used;
  }

  float64(length: number): Float64Array {
    return this.take(length * 8, () => new Float64Array(length));
  }

  uint32(length: number): Uint32Array {
    return this.take(length * 4, () => new Uint32Array(length));
  }

  release(bytes: number): void {
    this.used -= bytes;
  }

  private take<T>(bytes: number, make: () => T): T {
    if (this.used + bytes > this.maxBytes) throw new OutOfRoom();
    let made: T;
    try {
      made = make();
    } catch (error) {
      // "Array buffer allocation failed": the machine has less free than the budget said.
      if (error instanceof RangeError) throw new OutOfRoom();
      throw error;
    }
    this.used += bytes;
    return made;
  }
}

/** Bits per page of the paged bitset; a page is allocated when a state in it is first seen. */
const PAGE_BITS = 1 << 16;
const PAGE_BYTES = PAGE_BITS / 8;
/** Up to this many packed states a (paged) bitset, at most 128 MB; past it a hash set. */
const BITSET_MAX_SPACE = 2 ** 30;
const FIRST_TABLE = 1 << 12;
const EMPTY = -1;

/** The states a search has seen. */
export interface StateSet {
  /** Adds the state; false when it was there already. */
  add(state: PackedState): boolean;
}

export function stateSet(stateSpace: number, room: Room): StateSet {
  return stateSpace <= BITSET_MAX_SPACE ? new PagedBitset(stateSpace, room) : new HashSet(room);
}

class PagedBitset implements StateSet {
  private readonly pages: (Uint32Array | undefined)[];
  constructor(
    stateSpace: number,
    private readonly room: Room,
  ) {
    this.pages = new Array<Uint32Array | undefined>(Math.ceil(stateSpace / PAGE_BITS));
  }

  add(state: PackedState): boolean {
    const p = Math.floor(state / PAGE_BITS);
    const bit = state - p * PAGE_BITS;
    let page = this.pages[p];
    if (!page) {
      page = this.room.uint32(PAGE_BITS / 32);
      this.pages[p] = page;
    }
    const word = bit >>> 5;
    const mask = 1 << (bit & 31);
    const had = ((page[word] as number) & mask) !== 0;
    page[word] = (page[word] as number) | mask;
    return !had;
  }
}

/** Open addressing with linear probing over float64 slots (packed states reach 2^53), grown at half full. */
class HashSet implements StateSet {
  private table: Float64Array;
  private size = 0;
  constructor(private readonly room: Room) {
    this.table = room.float64(FIRST_TABLE).fill(EMPTY);
  }

  add(state: PackedState): boolean {
    if ((this.size + 1) * 2 > this.table.length) this.grow();
    if (!insert(this.table, state)) return false;
    this.size++;
    return true;
  }

  private grow(): void {
    const old = this.table;
    const next = this.room.float64(old.length * 2).fill(EMPTY);
    for (const s of old) if (s !== EMPTY) insert(next, s);
    this.table = next;
    this.room.release(old.length * 8);
  }
}

function insert(table: Float64Array, state: number): boolean {
  const mask = table.length - 1;
  const high = Math.floor(state / 2 ** 32);
  let i = (Math.imul(state >>> 0, 0x9e3779b1) ^ Math.imul(high, 0x85ebca6b)) & mask;
  for (;;) {
    const s = table[i] as number;
    if (s === EMPTY) {
      table[i] = state;
      return true;
    }
    if (s === state) return false;
    i = (i + 1) & mask;
  }
}

const CHUNK = 1 << 16;

/** First in, first out, in chunks: a chunk is released once every state in it has been taken. */
export class StateQueue {
  private readonly chunks: Float64Array[] = [];
  private head = 0;
  private tail = 0;
  /** Every state ever pushed. */
  pushed = 0;
  constructor(private readonly room: Room) {}

  get empty(): boolean {
    return this.chunks.length === 0 || (this.chunks.length === 1 && this.head === this.tail);
  }

  push(state: PackedState): void {
    if (this.chunks.length === 0 || this.tail === CHUNK) {
      this.chunks.push(this.room.float64(CHUNK));
      this.tail = 0;
    }
    (this.chunks[this.chunks.length - 1] as Float64Array)[this.tail++] = state;
    this.pushed++;
  }

  /** The oldest state not yet taken; the caller checks `empty` first. */
  take(): PackedState {
    const chunk = this.chunks[0] as Float64Array;
    const state = chunk[this.head++] as number;
    if (this.head === CHUNK) {
      this.chunks.shift();
      this.room.release(CHUNK * 8);
      this.head = 0;
    }
    return state;
  }
}

/**
 * The most bytes a search holding `states` states of a space of `stateSpace` can need: the queue
 * holding them all, and the set at its largest (every page of the bitset it could touch; the hash
 * table while it doubles, old and new at once), plus `perState` bytes per state held elsewhere
 * (a wide scenario's interned words, compile.ts bytesPerState).
 */
export function bytesFor(states: number, stateSpace: number, perState = 0): number {
  const queue = Math.ceil(states / CHUNK) * CHUNK * 8 + states * perState;
  if (stateSpace <= BITSET_MAX_SPACE) return queue + Math.min(Math.ceil(stateSpace / PAGE_BITS), states) * PAGE_BYTES;
  let table = FIRST_TABLE;
  while (table < states * 2) table *= 2;
  return queue + (table > FIRST_TABLE ? table * 1.5 : table) * 8;
}

/** However much memory there is: past this, a search would run for many minutes anyway. */
export const MAX_SEARCH_STATES = 2 ** 28;

/** The most states a search of this space can hold within `maxBytes` (bytesFor, inverted), at most MAX_SEARCH_STATES. */
export function statesWithin(maxBytes: number, stateSpace: number, perState = 0): number {
  let low = 0;
  let high = Math.min(stateSpace, MAX_SEARCH_STATES);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (bytesFor(mid, stateSpace, perState) <= maxBytes) low = mid;
    else high = mid - 1;
  }
  return low;
}
