/**
 * Indicators of a posture state (definitions and a worked example: docs/indicators.md).
 * tension = (Σ escalation of current levels − lowest possible Σ) / (highest Σ − lowest Σ) × 100.
 */
import type { Scenario } from '../scenario/types.ts';
import type { PostureState } from './types.ts';

/** The lowest and highest possible sums of escalation values over all postures. */
export function tensionRange(scenario: Scenario): { readonly min: number; readonly max: number } {
  let min = 0;
  let max = 0;
  for (const actor of scenario.actors) {
    for (const posture of actor.postures) {
      const values = posture.levels.map((l) => l.escalation);
      min += Math.min(...values);
      max += Math.max(...values);
    }
  }
  return { min, max };
}

export function escalationSum(scenario: Scenario, postures: PostureState): number {
  let sum = 0;
  for (const actor of scenario.actors) {
    for (const posture of actor.postures) {
      const level = postures[actor.id]?.[posture.id];
      sum += posture.levels.find((l) => l.id === level)?.escalation ?? 0;
    }
  }
  return sum;
}

/** 0–100; 0 when every posture's levels share one escalation value. */
export function tensionOf(scenario: Scenario, postures: PostureState): number {
  const { min, max } = tensionRange(scenario);
  return max === min ? 0 : ((escalationSum(scenario, postures) - min) / (max - min)) * 100;
}
