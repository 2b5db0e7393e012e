/**
 * What an effect does to a posture's level: the one rule every place that applies effects shares
 * (the machine, the compiled form, the replay check), so they cannot disagree.
 *
 * set: that level. raise N / lower N: N levels up or down the ladder, stopping at its ends.
 * atLeast L: L when the posture is below L, else unchanged. atMost L: L when above L, else unchanged.
 */
import type { Effect } from './schema.ts';

/** The level index after the effect, from level index `current` of a posture with these level ids. */
export function effectLevel(effect: Effect, levels: readonly string[], current: number): number {
  const top = levels.length - 1;
  if ('set' in effect) return levels.indexOf(effect.set);
  if ('raise' in effect) return Math.min(top, current + effect.raise);
  if ('lower' in effect) return Math.max(0, current - effect.lower);
  if ('atLeast' in effect) return Math.max(current, levels.indexOf(effect.atLeast));
  return Math.min(current, levels.indexOf(effect.atMost));
}

/** Whether the effect's result depends on the level the posture is at (everything but set). */
export function isRelative(effect: Effect): boolean {
  return !('set' in effect);
}

/** For each level index, the level index after the effect. */
export function effectTable(effect: Effect, levels: readonly string[]): number[] {
  return levels.map((_, l) => effectLevel(effect, levels, l));
}
