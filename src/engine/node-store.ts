/**
 * The timeline's nodes as struct-of-arrays, append-only and shared between the timelines that
 * descend from one another: a timeline sees nodes with id < its count, so appending never changes
 * what an older timeline sees. About 37 bytes per node (see `npm run bench`).
 */

/**
 * The most nodes one timeline holds, root and deleted nodes included (so every node id is below it):
 * what stays smooth in the browser (`npm run bench:sessions`), and what bounds the memory a saved
 * timeline can ask for (about 2 MB of node store) whatever its ids say.
 */
export const MAX_TIMELINE_NODES = 50_000;

/** moveCode: a move's index in scenario.moves, -1 - actorIndex for a pass, overrideCode(…) for an override, ROOT_MOVE for the root. */
export const ROOT_MOVE = 0x7fffffff;
export const ORIGIN_ROOT = 0;
export const ORIGIN_REPLAY = 1;
export const ORIGIN_PLAY = 2;
/** A move a facilitator injected out of the turn order. */
export const ORIGIN_INJECT = 3;
/** A facilitator's posture override; moveCode encodes it (see overrideCode). */
export const ORIGIN_OVERRIDE = 4;

const OVERRIDE_BASE = -1000;
export const overrideCode = (posture: number, level: number): number => OVERRIDE_BASE - (posture * 64 + level);
export const isOverrideCode = (code: number): boolean => code <= OVERRIDE_BASE;
export function decodeOverride(code: number): { readonly posture: number; readonly level: number } {
  const n = OVERRIDE_BASE - code;
  return { posture: Math.floor(n / 64), level: n % 64 };
}

export interface NewNode {
  readonly parent: number;
  readonly moveCode: number;
  readonly origin: number;
  /** Days since the scenario's span start. */
  readonly day: number;
  readonly turn: number;
  /** The packed posture state after the move (compiled form). */
  readonly state: number;
}

export class NodeStore {
  length = 0;
  parent: Int32Array;
  moveCode: Int32Array;
  origin: Uint8Array;
  day: Int32Array;
  turn: Int32Array;
  state: Float64Array;
  firstChild: Int32Array;
  lastChild: Int32Array;
  nextSibling: Int32Array;
  /**
   * The store this one was copied from (truncatedCopy) and the ids both hold alike (below `below`):
   * caches of per-node data start from the original's instead of from nothing. Weak, so a chain of
   * undo-then-move copies does not keep every older store alive.
   */
  copyOf: { readonly from: WeakRef<NodeStore>; readonly below: number } | null = null;

  constructor(capacity = 64) {
    this.parent = new Int32Array(capacity);
    this.moveCode = new Int32Array(capacity);
    this.origin = new Uint8Array(capacity);
    this.day = new Int32Array(capacity);
    this.turn = new Int32Array(capacity);
    this.state = new Float64Array(capacity);
    this.firstChild = new Int32Array(capacity);
    this.lastChild = new Int32Array(capacity);
    this.nextSibling = new Int32Array(capacity);
  }

  get capacity(): number {
    return this.parent.length;
  }

  /** A copy holding only the first `count` nodes, for a timeline that branches from an older one. */
  truncatedCopy(count: number): NodeStore {
    const copy = new NodeStore(Math.max(64, Math.ceil(count * 1.25)));
    for (const key of ['parent', 'moveCode', 'origin', 'day', 'turn', 'state', 'firstChild', 'lastChild', 'nextSibling'] as const) {
      (copy[key] as { set(a: ArrayLike<number>): void }).set(this[key].subarray(0, count));
    }
    copy.length = count;
    copy.copyOf = { from: new WeakRef(this), below: count };
    // Links to nodes past `count` belong to the other timeline.
    for (let i = 0; i < count; i++) {
      if (copy.firstChild[i] as number >= count) copy.firstChild[i] = -1;
      if (copy.nextSibling[i] as number >= count) copy.nextSibling[i] = -1;
      if (copy.lastChild[i] as number >= count) copy.lastChild[i] = this.lastChildBefore(i, count);
    }
    return copy;
  }

  private lastChildBefore(id: number, count: number): number {
    let last = -1;
    for (let c = this.firstChild[id] as number; c >= 0 && c < count; c = this.nextSibling[c] as number) last = c;
    return last;
  }

  append(node: NewNode): number {
    if (this.length === this.capacity) this.grow();
    const id = this.length++;
    this.parent[id] = node.parent;
    this.moveCode[id] = node.moveCode;
    this.origin[id] = node.origin;
    this.day[id] = node.day;
    this.turn[id] = node.turn;
    this.state[id] = node.state;
    this.firstChild[id] = -1;
    this.lastChild[id] = -1;
    this.nextSibling[id] = -1;
    if (node.parent >= 0) {
      const last = this.lastChild[node.parent] as number;
      if (last < 0) this.firstChild[node.parent] = id;
      else this.nextSibling[last] = id;
      this.lastChild[node.parent] = id;
    }
    return id;
  }

  private grow(): void {
    const capacity = Math.ceil(this.capacity * 1.5);
    const grown = <T extends Int32Array | Uint8Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(capacity);
      b.set(a);
      return b;
    };
    this.parent = grown(this.parent, (n) => new Int32Array(n));
    this.moveCode = grown(this.moveCode, (n) => new Int32Array(n));
    this.origin = grown(this.origin, (n) => new Uint8Array(n));
    this.day = grown(this.day, (n) => new Int32Array(n));
    this.turn = grown(this.turn, (n) => new Int32Array(n));
    this.state = grown(this.state, (n) => new Float64Array(n));
    this.firstChild = grown(this.firstChild, (n) => new Int32Array(n));
    this.lastChild = grown(this.lastChild, (n) => new Int32Array(n));
    this.nextSibling = grown(this.nextSibling, (n) => new Int32Array(n));
  }
}
