/**
 * The replay track's dates, checked in time (see time.ts): a time of day needs a zone, an offset
 * written beside a zone must be that zone's, every step's local date falls inside the span, and
 * steps come in the order of their instants (a day spans its whole day in its place).
 */
import type { Report } from './cross-index.ts';
import type { PathSegment } from './problem.ts';
import { field, wellFormed } from './raw-access.ts';
import { StepDate, ZoneName } from './time-schema.ts';
import { localDate, needsZone, zoneProblem, offsetText, stepTime, writtenOffset, zoneOffset, type StepTime } from './time.ts';

interface Span {
  readonly from: string;
  readonly to: string;
}

/** The zone a step is read in: its own, else meta.zone; undefined when neither is a readable zone. */
function zoneOf(step: unknown, defaultZone: string | undefined): string | undefined {
  const own = field(step, 'zone');
  if (own !== undefined) return wellFormed(ZoneName, own) ? own : undefined;
  return defaultZone;
}

/** Every zone meta.places names is one a step is read in (meta.zone or a step's own), so no name is lost. */
export function checkPlaces(data: unknown, steps: readonly unknown[], report: Report): void {
  const places = field(field(data, 'meta'), 'places');
  if (places === null || typeof places !== 'object' || Array.isArray(places)) return;
  const used = new Set([field(field(data, 'meta'), 'zone'), ...steps.map((step) => field(step, 'zone'))]);
  for (const zone of Object.keys(places)) {
    const problem = zoneProblem(zone);
    if (problem !== null) {
      const [message, hint] = problem.split(' — ');
      report(['meta', 'places', zone], message ?? problem, hint ?? 'write an IANA name such as Asia/Seoul');
      continue;
    }
    if (used.has(zone)) continue;
    report(['meta', 'places', zone], `names a place for ${zone}, but neither meta.zone nor any replay step is in that zone`, `date a step there (zone: ${zone}), or remove it from meta.places`);
  }
}

export function checkReplayTimes(data: unknown, steps: readonly unknown[], span: Span | undefined, report: Report): void {
  const metaZone = field(field(data, 'meta'), 'zone');
  const defaultZone = wellFormed(ZoneName, metaZone) ? metaZone : undefined;
  // A zone that is written but unreadable is reported by the shape check; the steps it dates are not judged.
  const zoneUnreadable = (step: unknown) => (field(step, 'zone') !== undefined ? !wellFormed(ZoneName, field(step, 'zone')) : metaZone !== undefined && defaultZone === undefined);
  let previous: { time: StepTime; date: string } | undefined;
  steps.forEach((step, i) => {
    const path: PathSegment[] = ['replay', i, 'date'];
    const date = field(step, 'date');
    if (!wellFormed(StepDate, date) || zoneUnreadable(step)) {
      previous = undefined;
      return;
    }
    const zone = zoneOf(step, defaultZone);
    if (needsZone(date) && zone === undefined) {
      report(path, `${date} has a time of day but no zone, so it cannot be placed in time`, 'add its offset (e.g. +09:00), "zone:" to the step, or "zone:" to meta (e.g. zone: Asia/Seoul)');
      previous = undefined;
      return;
    }
    const time = stepTime(date, zone) as StepTime;
    const offset = writtenOffset(date);
    if (offset !== undefined && zone !== undefined) {
      const actual = zoneOffset(zone, time.start);
      if (actual !== offset) {
        report(path, `the offset ${offsetText(offset)} is not that of ${zone} on ${localDate(date)} (${offsetText(actual)})`, `write ${offsetText(actual)}, or drop the offset and let the zone give it`);
      }
    }
    const day = localDate(date);
    if (span && (day < span.from || day > span.to)) {
      report(path, `the date ${day} is outside the scenario span (${span.from} to ${span.to})`, 'fix the date or widen meta.span');
    }
    if (previous && time.end < previous.time.start) {
      const plain = !time.exact && !previous.time.exact && time.zone === undefined && previous.time.zone === undefined;
      if (plain) {
        report(path, `the date ${date} comes before ${previous.date} of the step above`, 'order the replay steps by date');
      } else {
        report(path, `${where(date, time)} comes before ${where(previous.date, previous.time)} of the step above`, 'order the replay steps by instant: compare them in UTC, or fix the date, time or zone that is wrong');
      }
    }
    previous = { time, date };
  });
}

/** "2019-03-22T09:00 in Asia/Seoul (00:00 UTC)", "2019-03-22 in Asia/Seoul". */
function where(date: string, time: StepTime): string {
  const place = time.zone ? ` in ${time.zone}` : '';
  if (!time.exact) return `${date}${place}`;
  return `${date}${place} (${new Date(time.start).toISOString().slice(0, 16).replace('T', ' ')} UTC)`;
}
