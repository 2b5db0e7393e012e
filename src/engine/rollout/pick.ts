/** The one draw of a rollout step, shared by the hot loop and the replay of a path so both pick alike. */

/**
 * The pool index of the option a uniform draw u ∈ [0, 1) picks among options start to end - 1 with
 * running sums `cumulative` and sum `total`; never an option of zero weight.
 */
export function pick(cumulative: Float64Array, start: number, end: number, total: number, u: number): number {
  const target = u * total;
  for (let o = start; o < end; o++) if (target < (cumulative[o] as number)) return o;
  // Rounding can leave target at the total: take the last option that has weight.
  for (let o = end - 1; o > start; o--) if ((cumulative[o] as number) > (cumulative[o - 1] as number)) return o;
  return start;
}
