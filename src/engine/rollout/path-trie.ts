/**
 * Counts move sequences as a prefix tree in typed arrays: a rollout walks down one edge per move
 * (an open-addressing hash of (parent, move code) → child), and the node where it stops counts one
 * ending. Allocation-free per step apart from amortised growth.
 */
export const END_FULL = 0;
export const END_TERMINAL = 1;
export const END_STALLED = 2;

export class PathTrie {
  private parent = new Int32Array(1024);
  private code = new Int32Array(1024);
  private endCount = new Int32Array(1024);
  private endReason = new Uint8Array(1024);
  private nodes = 1; // node 0 is the empty path
  private slotKeyParent = new Int32Array(2048).fill(-1);
  private slotKeyCode = new Int32Array(2048);
  private slotChild = new Int32Array(2048);

  get size(): number {
    return this.nodes;
  }

  /** The child of `node` along move `code`, created when new. */
  child(node: number, code: number): number {
    let mask = this.slotChild.length - 1;
    let slot = hash(node, code) & mask;
    for (;;) {
      const p = this.slotKeyParent[slot] as number;
      if (p === -1) break;
      if (p === node && this.slotKeyCode[slot] === code) return this.slotChild[slot] as number;
      slot = (slot + 1) & mask;
    }
    if (this.nodes * 2 >= this.slotChild.length) {
      this.rehash();
      mask = this.slotChild.length - 1;
      slot = hash(node, code) & mask;
      while (this.slotKeyParent[slot] !== -1) slot = (slot + 1) & mask;
    }
    const id = this.nodes++;
    if (id >= this.parent.length) this.growNodes();
    this.parent[id] = node;
    this.code[id] = code;
    this.slotKeyParent[slot] = node;
    this.slotKeyCode[slot] = code;
    this.slotChild[slot] = id;
    return id;
  }

  end(node: number, reason: number): void {
    this.endCount[node] = (this.endCount[node] as number) + 1;
    this.endReason[node] = reason;
  }

  /** The `k` nodes most rollouts ended at, by count then by first appearance (deterministic). */
  top(k: number): { node: number; count: number; reason: number; codes: number[] }[] {
    const best: number[] = [];
    for (let n = 0; n < this.nodes; n++) {
      const c = this.endCount[n] as number;
      if (c === 0) continue;
      if (best.length === k && c <= (this.endCount[best[k - 1] as number] as number)) continue;
      let i = best.length < k ? best.length : k - 1;
      best[i] = n;
      while (i > 0 && (this.endCount[best[i - 1] as number] as number) < c) {
        best[i] = best[i - 1] as number;
        best[i - 1] = n;
        i--;
      }
    }
    return best.map((node) => {
      const codes: number[] = [];
      for (let n = node; n > 0; n = this.parent[n] as number) codes.push(this.code[n] as number);
      return { node, count: this.endCount[node] as number, reason: this.endReason[node] as number, codes: codes.reverse() };
    });
  }

  /** Number of distinct complete paths. */
  distinct(): number {
    let count = 0;
    for (let n = 0; n < this.nodes; n++) if ((this.endCount[n] as number) > 0) count++;
    return count;
  }

  private growNodes(): void {
    const size = this.parent.length * 2;
    this.parent = grown(this.parent, size);
    this.code = grown(this.code, size);
    this.endCount = grown(this.endCount, size);
    const reason = new Uint8Array(size);
    reason.set(this.endReason);
    this.endReason = reason;
  }

  private rehash(): void {
    const size = this.slotChild.length * 2;
    const mask = size - 1;
    const keyParent = new Int32Array(size).fill(-1);
    const keyCode = new Int32Array(size);
    const child = new Int32Array(size);
    for (let n = 1; n < this.nodes; n++) {
      const p = this.parent[n] as number;
      const c = this.code[n] as number;
      let slot = hash(p, c) & mask;
      while (keyParent[slot] !== -1) slot = (slot + 1) & mask;
      keyParent[slot] = p;
      keyCode[slot] = c;
      child[slot] = n;
    }
    this.slotKeyParent = keyParent;
    this.slotKeyCode = keyCode;
    this.slotChild = child;
  }
}

function hash(node: number, code: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ Math.imul(code + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae3d);
  return (h ^ (h >>> 13)) >>> 0;
}

function grown(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
