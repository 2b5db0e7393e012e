/**
 * Formats for code that does not take its words yet (src/app/app, src/app/components): the words
 * layer's, in the default English. Everything else uses `useWords().format` or a `Words`.
 */
import { english } from './words/index.ts';

/** "2019-03-22" → "22 Mar 2019". */
export function formatDate(iso: string): string {
  return english.format.date(iso);
}

/** +7.0 / −8.0 with a true minus sign; 0.0 for anything that rounds to zero. */
export function formatSigned(value: number, digits = 1): string {
  return english.format.signed(value, digits);
}

export type Tone = 'cooperative' | 'conflictual' | 'neutral';

export function goldsteinTone(value: number | null): Tone {
  if (value === null || value === 0) return 'neutral';
  return value > 0 ? 'cooperative' : 'conflictual';
}
