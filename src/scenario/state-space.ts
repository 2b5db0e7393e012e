/**
 * How the engine holds a posture state: packed into one number (mixed radix over the postures'
 * level counts, engine/compile.ts) while the product of every posture's level count stays a safe
 * integer, and as interned words past it (engine/wide-states.ts). Any scenario that validates runs.
 */

/** The largest number of posture combinations that pack into one number. */
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
