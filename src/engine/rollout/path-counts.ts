/**
 * Counts rollouts by the move sequence they followed without storing sequences: each rollout folds
 * its move codes into a 64-bit fingerprint (two 32-bit lanes, each step a bijection of the lane, so
 * paths that differ anywhere part ways), and rollouts with the same fingerprint followed the same path.
 * Two different paths share a fingerprint with probability about 2⁻⁶⁴, so among a million rollouts
 * a merge has odds under 3·10⁻⁸. The sequences of the few paths reported are recovered by replaying
 * the first rollout that followed each one (rollouts are deterministic). A step thus costs a few
 * multiplications instead of a walk down a prefix tree of up to N × D nodes.
 */
export const END_FULL = 0;
export const END_TERMINAL = 1;
export const END_STALLED = 2;

export const FINGERPRINT_A = 0x243f6a88;
export const FINGERPRINT_B = 0x85a308d3 | 0;

/** Folds a move code into lane A. */
export function foldA(h: number, code: number): number {
  let x = Math.imul(h ^ code, 0xcc9e2d51);
  x ^= x >>> 15;
  x = Math.imul(x, 0x1b873593);
  return x ^ (x >>> 13);
}

/** Folds a move code into lane B (mixed differently from A, so the lanes do not merge together). */
export function foldB(h: number, code: number): number {
  let x = Math.imul((h + Math.imul(code, 0x27d4eb2f)) | 0, 0x85ebca6b);
  x ^= x >>> 16;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 15);
}

export interface PathGroup {
  /** The first rollout that followed the path. */
  readonly rollout: number;
  readonly count: number;
  readonly ended: number;
}

/** Per-rollout fingerprints of a run of `runs` rollouts. */
export class PathCounts {
  private readonly a: Int32Array;
  private readonly b: Int32Array;
  private readonly ended: Uint8Array;

  constructor(runs: number) {
    this.a = new Int32Array(runs);
    this.b = new Int32Array(runs);
    this.ended = new Uint8Array(runs);
  }

  /** Rollout r followed a path of `length` moves whose lanes are a and b, and ended for `ended`. */
  record(r: number, a: number, b: number, length: number, ended: number): void {
    this.a[r] = foldA(a, length);
    this.b[r] = b;
    this.ended[r] = ended;
  }

  /**
   * Over rollouts 0 to n - 1: how many distinct paths, and the `k` most followed, by count and then by
   * first appearance (so the order does not depend on hashing).
   */
  summary(n: number, k: number): { distinct: number; top: PathGroup[] } {
    let capacity = 16;
    while (capacity < n * 2) capacity *= 2;
    const mask = capacity - 1;
    const slots = new Int32Array(capacity).fill(-1);
    const first = new Int32Array(n);
    const count = new Int32Array(n);
    let groups = 0;
    const { a, b } = this;
    for (let r = 0; r < n; r++) {
      const ha = a[r] as number;
      const hb = b[r] as number;
      let slot = (ha ^ Math.imul(hb, 0x9e3779b1)) & mask;
      for (;;) {
        const g = slots[slot] as number;
        if (g < 0) {
          slots[slot] = groups;
          first[groups] = r;
          count[groups] = 1;
          groups++;
          break;
        }
        const f = first[g] as number;
        if (a[f] === ha && b[f] === hb) {
          count[g] = (count[g] as number) + 1;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    // Groups are numbered in order of first appearance: a stable partial selection by count.
    const best: number[] = [];
    for (let g = 0; g < groups && k > 0; g++) {
      const c = count[g] as number;
      if (best.length === k && c <= (count[best[k - 1] as number] as number)) continue;
      let i = best.length < k ? best.length : k - 1;
      best[i] = g;
      while (i > 0 && (count[best[i - 1] as number] as number) < c) {
        best[i] = best[i - 1] as number;
        best[i - 1] = g;
        i--;
      }
    }
    const top = best.map((g) => ({ rollout: first[g] as number, count: count[g] as number, ended: this.ended[first[g] as number] as number }));
    return { distinct: groups, top };
  }
}
