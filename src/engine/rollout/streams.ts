/**
 * One random stream per rollout: xoroshiro128+ (pure-rand) seeded from (seed, rollout index) through
 * SplitMix32, the usual way to fill a generator's state from a small seed. Rollout i's stream depends
 * on nothing else, so results do not depend on how the work is sliced, and every what-if variant of a
 * rollout sees the same numbers. (Jumping one generator per rollout would do too, at 5 µs a jump.)
 */
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

export function rolloutStream(seed: number, rollout: number): RandomGenerator {
  const x = (Math.imul(seed | 0, 0x9e3779b9) ^ Math.imul(rollout | 0, 0x85ebca6b) ^ 0x6a09e667) | 0;
  // SplitMix32's outputs 1 to 4 (no closure: this runs once per rollout).
  const a = splitMix(x, 1);
  const b = splitMix(x, 2);
  const c = splitMix(x, 3);
  const d = splitMix(x, 4);
  // xoroshiro's state must not be all zeros.
  return xoroshiro128plusFromState([(a | b | c | d) === 0 ? 1 : a, b, c, d]);
}

function splitMix(x: number, i: number): number {
  let z = (x + Math.imul(i, 0x9e3779b9)) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return z ^ (z >>> 16);
}
