/**
 * Tension as the class sees it: whole numbers, as on the posture board, and changes computed from
 * the rounded values so "46 → 48 (+2)" always adds up. CSV exports keep the exact values.
 */
import type { Words } from './words.ts';

export function tensionText(words: Words, value: number): string {
  return words.format.number(Math.round(value));
}

/** "+2", "−3" (a true minus sign), "0". */
export function tensionChange(words: Words, before: number, after: number): string {
  return words.format.signed(Math.round(after) - Math.round(before), 0);
}
