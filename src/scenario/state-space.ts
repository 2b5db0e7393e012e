/**
 * What the engine can run: it packs a posture state into one number (mixed radix over the
 * postures' level counts, engine/compile.ts), so the product of every posture's level count
 * must stay a safe integer. The loader refuses a scenario past it and the engine checks the
 * same, here, so a file that validates always runs.
 */

/** The largest number of posture combinations (packed states) the engine can hold. */
export const MAX_STATE_SPACE = Number.MAX_SAFE_INTEGER;

/**
 * The number of packed states for these level counts (postures in scenario order), or, when
 * they do not fit, the index of the posture at which the product first passes MAX_STATE_SPACE.
 */
export function stateSpace(levelCounts: readonly number[]): { readonly fits: true; readonly size: number } | { readonly fits: false; readonly overflowAt: number } {
  let size = 1;
  for (let i = 0; i < levelCounts.length; i++) {
    size *= levelCounts[i] as number;
    if (size > MAX_STATE_SPACE) return { fits: false, overflowAt: i };
  }
  return { fits: true, size };
}

/** "6^40 ≈ 1.3e31" style: the combinations the level counts make, for messages. */
export function combinations(levelCounts: readonly number[]): string {
  const log10 = levelCounts.reduce((sum, n) => sum + Math.log10(n), 0);
  const mantissa = 10 ** (log10 - Math.floor(log10));
  return `about ${mantissa.toFixed(1)}e${Math.floor(log10)}`;
}
