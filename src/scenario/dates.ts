/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so time zones never shift a day. */
const DAY_MS = 86_400_000;

/**
 * Parsed and formatted dates, remembered: a scenario uses few distinct dates, and the charts ask for
 * the date of every node on a path at each move. Bounded, so odd input cannot grow them without end;
 * above the 50,000 nodes a timeline holds (MAX_TIMELINE_NODES), so a walk along a 20,000-day path
 * finds them all (a smaller bound was emptied half-way through each walk).
 */
const MEMO_LIMIT = 60_000;
const parsed = new Map<string, number>();
const formatted = new Map<number, string>();

function remember<K, V>(memo: Map<K, V>, key: K, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

function toMs(date: string): number {
  return parsed.get(date) ?? remember(parsed, date, Date.parse(`${date}T00:00:00Z`));
}

export function addDays(date: string, days: number): string {
  const ms = toMs(date) + days * DAY_MS;
  return formatted.get(ms) ?? remember(formatted, ms, new Date(ms).toISOString().slice(0, 10));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}
