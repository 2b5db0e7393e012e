/** Typed arrays grown to a new size, contents kept: the rollout pools grow by these, never shrink. */

/** A copy of `a` with room for `size` entries; new entries hold `fill`. */
export function grownInt(a: Int32Array, size: number, fill: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

/** A copy of `a` with room for `size` entries; new entries hold 0. */
export function grownFloat(a: Float64Array, size: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(size);
  b.set(a);
  return b;
}

/** A copy of `a` with room for `size` entries; new entries hold 0. */
export function grownBytes(a: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(size);
  b.set(a);
  return b;
}
