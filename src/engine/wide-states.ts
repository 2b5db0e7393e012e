/**
 * Posture states of a scenario too large to pack into one number (the product of its level counts
 * passes 2^53: 40 postures × 6 levels, 13 × 20, …). Each state is a few 32-bit words (a posture's
 * level in a bit field that never straddles a word), interned in one pool with an open-addressing
 * hash table over the words: the engine still sees a state as one number, its intern id, so the
 * timeline, rollouts and exploration store and compare states as they do for small scenarios.
 * Ids are given in the order states are first met and stay valid for the life of the compiled
 * scenario. Memory: `bytesPerState` per distinct state met (words + its hash slots at most half full).
 */

export class WideStates {
  /** 32-bit words per state. */
  readonly words: number;
  /** Bytes one interned state holds at most (pool words, two hash slots, and the pool's doubling slack). */
  readonly bytesPerState: number;
  private readonly word: Int32Array;
  private readonly shift: Int32Array;
  private readonly mask: Int32Array;
  private pool: Uint32Array;
  /** Id + 1 of the state in each slot, 0 for an empty slot. */
  private table: Int32Array;
  private count = 0;
  private readonly scratch: Uint32Array;

  constructor(levelCounts: readonly number[]) {
    const postures = levelCounts.length;
    this.word = new Int32Array(postures);
    this.shift = new Int32Array(postures);
    this.mask = new Int32Array(postures);
    let word = 0;
    let used = 0;
    for (let p = 0; p < postures; p++) {
      const bits = Math.max(1, Math.ceil(Math.log2(levelCounts[p] as number)));
      if (used + bits > 32) {
        word++;
        used = 0;
      }
      this.word[p] = word;
      this.shift[p] = used;
      this.mask[p] = (1 << bits) - 1;
      used += bits;
    }
    this.words = word + 1;
    this.bytesPerState = this.words * 4 * 2 + 4 * 4;
    this.pool = new Uint32Array(this.words * 1024);
    this.table = new Int32Array(2048);
    this.scratch = new Uint32Array(this.words);
  }

  /** Number of distinct states interned so far. */
  get size(): number {
    return this.count;
  }

  level(id: number, p: number): number {
    return ((this.pool[id * this.words + (this.word[p] as number)] as number) >>> (this.shift[p] as number)) & (this.mask[p] as number);
  }

  /** The id of the state with these levels (posture by posture). */
  fromLevels(levels: ArrayLike<number>): number {
    this.scratch.fill(0);
    for (let p = 0; p < levels.length; p++) this.put(p, levels[p] as number);
    return this.intern();
  }

  /** The id of state `id` with each posture in `postures` set to the level in `levels` (same order). */
  withLevels(id: number, postures: ArrayLike<number>, levels: ArrayLike<number>): number {
    this.load(id);
    for (let k = 0; k < postures.length; k++) this.put(postures[k] as number, levels[k] as number);
    return this.intern();
  }

  /** The id of state `id` with every posture outside `postures` at level 0. */
  projection(id: number, postures: Int32Array): number {
    this.scratch.fill(0);
    for (let k = 0; k < postures.length; k++) {
      const p = postures[k] as number;
      this.put(p, this.level(id, p));
    }
    return this.intern();
  }

  private load(id: number): void {
    const { words } = this;
    for (let w = 0; w < words; w++) this.scratch[w] = this.pool[id * words + w] as number;
  }

  private put(p: number, level: number): void {
    const w = this.word[p] as number;
    const shift = this.shift[p] as number;
    const cleared = (this.scratch[w] as number) & ~((this.mask[p] as number) << shift);
    this.scratch[w] = (cleared | (level << shift)) >>> 0;
  }

  /** The id of the state in scratch, adding it when new. */
  private intern(): number {
    const { words, scratch } = this;
    let hash = 0x811c9dc5;
    for (let w = 0; w < words; w++) hash = Math.imul(hash ^ (scratch[w] as number), 0x01000193);
    hash ^= hash >>> 15;
    let slotMask = this.table.length - 1;
    let i = hash & slotMask;
    for (;;) {
      const entry = this.table[i] as number;
      if (entry === 0) break;
      if (this.equal(entry - 1)) return entry - 1;
      i = (i + 1) & slotMask;
    }
    const id = this.count;
    if ((id + 1) * words > this.pool.length) {
      const grown = new Uint32Array(this.pool.length * 2);
      grown.set(this.pool);
      this.pool = grown;
    }
    this.pool.set(scratch, id * words);
    this.count = id + 1;
    if (this.count * 2 > this.table.length) {
      this.rehash();
      slotMask = this.table.length - 1;
      i = hash & slotMask;
      while ((this.table[i] as number) !== 0) i = (i + 1) & slotMask;
    }
    this.table[i] = id + 1;
    return id;
  }

  private equal(id: number): boolean {
    const { words, pool, scratch } = this;
    for (let w = 0; w < words; w++) if (pool[id * words + w] !== scratch[w]) return false;
    return true;
  }

  private rehash(): void {
    const { words, pool } = this;
    const table = new Int32Array(this.table.length * 2);
    const slotMask = table.length - 1;
    for (let id = 0; id < this.count - 1; id++) {
      let hash = 0x811c9dc5;
      for (let w = 0; w < words; w++) hash = Math.imul(hash ^ (pool[id * words + w] as number), 0x01000193);
      hash ^= hash >>> 15;
      let i = hash & slotMask;
      while ((table[i] as number) !== 0) i = (i + 1) & slotMask;
      table[i] = id + 1;
    }
    this.table = table;
  }
}
