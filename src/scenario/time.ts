/**
 * Time in the scenario format: a replay step's date may be an instant in a place.
 *
 * A step's `date` is one of
 *   2019-03-22                 a calendar day in the step's zone (or, with no zone at all, just a day)
 *   2019-03-22T09:00           a time of day in the step's zone (`zone`, else `meta.zone`)
 *   2019-03-22T09:00+09:00     an instant written with its UTC offset (or Z)
 * and `zone` / `meta.zone` are IANA time zone names (Asia/Seoul), checked with Intl: no zone
 * database ships with the app. Steps are ordered by instant; the calendar date the app shows is
 * always the date as written, i.e. the local date in the step's place.
 */
import { closest } from './did-you-mean.ts';

const STEP_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

const DATE_FORMS = 'write 2019-03-22, 2019-03-22T09:00 (with a zone) or 2019-03-22T09:00+09:00';

/** The parts of a step date as written; undefined when it is not one of the three forms. */
interface Written {
  readonly date: string;
  /** Minutes after local midnight, when a time of day is written. */
  readonly minutes?: number;
  /** The written UTC offset in minutes (Z is 0), when one is written. */
  readonly offset?: number;
}

/** What is wrong with a step date, in one message (with its "— how to fix it"), or null. */
export function stepDateProblem(value: string): string | null {
  const m = STEP_DATE.exec(value);
  if (!m) return `must be a date or a date and time — ${DATE_FORMS}`;
  const [, y, mo, d, h, mi, s, off] = m;
  const date = `${y}-${mo}-${d}`;
  if (!new Date(`${date}T00:00:00Z`).toISOString().startsWith(date)) return `${date} is not a real calendar date — check the month and the day`;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)) {
    return `${h}:${mi}${s ? `:${s}` : ''} is not a time of day — hours run 00 to 23, minutes and seconds 00 to 59`;
  }
  if (off !== undefined && off !== 'Z' && (Number(off.slice(1, 3)) > 14 || Number(off.slice(4)) > 59)) {
    return `${off} is not a UTC offset — offsets run from -12:00 to +14:00, e.g. +09:00 for Seoul`;
  }
  return null;
}

function written(value: string): Written | undefined {
  const m = STEP_DATE.exec(value);
  if (!m || stepDateProblem(value) !== null) return undefined;
  const [, y, mo, d, h, mi, s, off] = m;
  const date = `${y}-${mo}-${d}`;
  if (h === undefined) return { date };
  const minutes = Number(h) * 60 + Number(mi) + Number(s ?? 0) / 60;
  if (off === undefined) return { date, minutes };
  const sign = off.startsWith('-') ? -1 : 1;
  return { date, minutes, offset: off === 'Z' ? 0 : sign * (Number(off.slice(1, 3)) * 60 + Number(off.slice(4))) };
}

/** What is wrong with a time zone name, or null. Names whose case is off say the right spelling. */
export function zoneProblem(value: string): string | null {
  const resolved = ZONE_NAME.test(value) ? resolvedZone(value) : undefined;
  if (resolved === undefined) {
    const near = closest(value, knownZones());
    return `'${value}' is not a time zone name — ${near ? `did you mean '${near}'?` : 'write an IANA name such as Asia/Seoul, America/New_York or UTC'}`;
  }
  if (resolved !== value && resolved.toLowerCase() === value.toLowerCase()) return `'${value}' is spelt '${resolved}' — write '${resolved}'`;
  return null;
}

/** The zone names this runtime knows (for "did you mean"), or none where Intl cannot list them. */
function knownZones(): readonly string[] {
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf ? [...intl.supportedValuesOf('timeZone'), 'UTC'] : [];
}

function resolvedZone(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------
// Instants.

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall clock in `zone` at the instant `ms`, read as if it were UTC (ms). */
function wallClock(zone: string, ms: number): number {
  const parts: Record<string, number> = {};
  for (const p of partsFormatter(zone).formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
}

/** The UTC offset of `zone` at the instant `ms`, in minutes (Seoul: 540). */
export function zoneOffset(zone: string, ms: number): number {
  return Math.round((wallClock(zone, Math.floor(ms / 1000) * 1000) - Math.floor(ms / 1000) * 1000) / MINUTE_MS);
}

/** The instant at which the wall clock in `zone` shows `local` (a wall-clock time read as UTC ms). */
function fromWallClock(zone: string, local: number): number {
  const first = local - zoneOffset(zone, local) * MINUTE_MS;
  return local - zoneOffset(zone, first) * MINUTE_MS;
}

/** A step's place in time: the calendar date shown, its zone, and the instants it spans. */
export interface StepTime {
  /** The local calendar date in the step's place (the date as written). */
  readonly date: string;
  /** The zone of the place, when the step or meta names one. */
  readonly zone?: string;
  /** Whether a time of day is known (then `start` is the instant and equals `end`). */
  readonly exact: boolean;
  /** The first and last instants of the step, ms since 1970 UTC. A day without a zone is a UTC day. */
  readonly start: number;
  readonly end: number;
}

/**
 * The step's time from its date and zone (the step's own, else meta.zone); undefined when the
 * date is malformed or a local time of day has no zone to be read in.
 */
export function stepTime(date: string, zone: string | undefined): StepTime | undefined {
  const w = written(date);
  if (!w || (zone !== undefined && zoneProblem(zone) !== null)) return undefined;
  const midnight = Date.parse(`${w.date}T00:00:00Z`);
  const where = zone === undefined ? {} : { zone };
  if (w.minutes === undefined) {
    const start = zone === undefined ? midnight : fromWallClock(zone, midnight);
    const next = zone === undefined ? midnight + DAY_MS : fromWallClock(zone, midnight + DAY_MS);
    return { date: w.date, ...where, exact: false, start, end: next - 1 };
  }
  const local = midnight + Math.round(w.minutes * MINUTE_MS);
  if (w.offset !== undefined) {
    const at = local - w.offset * MINUTE_MS;
    return { date: w.date, ...where, exact: true, start: at, end: at };
  }
  if (zone === undefined) return undefined;
  const at = fromWallClock(zone, local);
  return { date: w.date, zone, exact: true, start: at, end: at };
}

/** The calendar date a step is shown on (the local date in its place): the date as written. */
export function localDate(date: string): string {
  return date.slice(0, 10);
}

/** Whether a step date carries a time of day but no offset, so it needs a zone. */
export function needsZone(date: string): boolean {
  const w = written(date);
  return w !== undefined && w.minutes !== undefined && w.offset === undefined;
}

/** The offset written in a step date, in minutes, if any. */
export function writtenOffset(date: string): number | undefined {
  return written(date)?.offset;
}

/** The calendar date in `zone` at the instant `ms`. */
export function dateIn(zone: string, ms: number): string {
  return new Date(wallClock(zone, ms)).toISOString().slice(0, 10);
}

/** An offset in minutes as written in ISO 8601: +09:00, -04:00. */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** The place a zone stands for, from its IANA name: "Asia/Seoul" → "Seoul", "America/New_York" → "New York". */
export function zonePlace(zone: string): string {
  return (zone.split('/').at(-1) ?? zone).replaceAll('_', ' ');
}
