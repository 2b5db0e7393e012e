/**
 * Numbers and dates through Intl, for one locale passed in: the only place the app formats them.
 * Words (words.ts) binds these to its locale and adds the catalogue's date patterns.
 */

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

const fixed = (digits: number | undefined): Intl.NumberFormatOptions => (digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** 1234 → "1,234"; with `digits`, exactly that many decimals. */
export function formatNumber(locale: string, value: number, digits?: number): string {
  return numberFormat(locale, fixed(digits)).format(value);
}

/**
 * "+3.4", "−8.0" (a true minus sign, readable from the back of a room), and "0.0" without a sign
 * for anything that rounds to zero: −0.04 is "0.0", never "−0.0".
 */
export function formatSigned(locale: string, value: number, digits = 1): string {
  return numberFormat(locale, { ...fixed(digits), signDisplay: 'exceptZero' })
    .formatToParts(value)
    .map((part) => (part.type === 'minusSign' ? '\u2212' : part.value))
    .join('');
}

/** 0.1234 → "12.3%"; a tiny non-zero share is "<0.1%", never "0.0%". */
export function formatPercent(locale: string, share: number, digits = 1): string {
  const format = numberFormat(locale, { style: 'percent', ...fixed(digits) });
  const smallest = 10 ** -(digits + 2);
  if (share > 0 && share < smallest / 2) return `<${format.format(smallest)}`;
  return format.format(share);
}

/** The parts of a calendar date, as the locale writes them (month: "Mar", "3월"). */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "2019-03-22" → its day, short month and year; null for anything else. Read in UTC, so no time zone shifts the day. */
export function dateParts(locale: string, iso: string): DateParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(m[3])) return null;
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  const parts = format.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: part('day'), month: part('month'), year: part('year') };
}
