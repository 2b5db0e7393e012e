/** Display formatting shared by the panels: dates, signed numbers, Goldstein tone. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2019-03-22" → "22 Mar 2019"; read from the string so no time zone can shift the day. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** "2019-03-22" → "22 Mar". */
export function formatShortDate(iso: string): string {
  return formatDate(iso).replace(/ \d{4}$/, '');
}

/** +7.0 / −8.0 with a true minus sign, readable from the back of a room. */
export function formatSigned(value: number, digits = 1): string {
  const text = Math.abs(value).toFixed(digits);
  if (value > 0) return `+${text}`;
  if (value < 0) return `\u2212${text}`;
  return text;
}

export type Tone = 'cooperative' | 'conflictual' | 'neutral';

export function goldsteinTone(value: number | null): Tone {
  if (value === null || value === 0) return 'neutral';
  return value > 0 ? 'cooperative' : 'conflictual';
}
