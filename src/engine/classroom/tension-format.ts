/**
 * Tension as the class sees it: whole numbers, as on the posture board, and changes computed from
 * the rounded values so "46 → 48 (+2)" always adds up. The CSV keeps the exact values.
 */

export function tensionText(value: number): string {
  return String(Math.round(value));
}

/** "+2", "−3" (a true minus sign), "0". */
export function tensionChange(before: number, after: number): string {
  const delta = Math.round(after) - Math.round(before);
  if (delta > 0) return `+${delta}`;
  if (delta < 0) return `\u2212${-delta}`;
  return '0';
}
