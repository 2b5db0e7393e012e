/** How a Goldstein weight reads: its tone, for colour and words (the words layer formats the number). */
export type Tone = 'cooperative' | 'conflictual' | 'neutral';

export function goldsteinTone(value: number | null): Tone {
  if (value === null || value === 0) return 'neutral';
  return value > 0 ? 'cooperative' : 'conflictual';
}
