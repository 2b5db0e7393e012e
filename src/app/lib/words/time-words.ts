/**
 * A replay step's place and date in words: "22 Mar 2019, Seoul (21 Mar in New York)".
 * English names a place by the city of its IANA zone (Asia/Seoul → Seoul); other languages by
 * Intl's own name for the zone in that language (대한민국 시간), since no city list ships with the app.
 */
import { zonePlace } from '../../../scenario/time.ts';
import type { StepWhen } from '../../../scenario/index.ts';
import type { Words } from './words.ts';

const zoneNames = new Map<string, string>();

/** The place a zone stands for, in the words' language. */
export function placeName(locale: string, zone: string): string {
  if (locale === 'en' || locale.startsWith('en-')) return zonePlace(zone);
  const key = `${locale}|${zone}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    try {
      const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'shortGeneric' }).formatToParts(0);
      name = parts.find((p) => p.type === 'timeZoneName')?.value ?? zonePlace(zone);
    } catch {
      name = zonePlace(zone);
    }
    zoneNames.set(key, name);
  }
  return name;
}

/** The step's date in its place, and the other place's date when it is another day. */
export function stepWhenText(words: Words, when: StepWhen): string {
  const date = words.format.date(when.date);
  if (when.zone === undefined) return date;
  const place = placeName(words.locale, when.zone);
  if (!when.other) return words.t('time.when', { date, place });
  return words.t('time.whenElsewhere', { date, place, otherDate: words.format.shortDate(when.other.date), otherPlace: placeName(words.locale, when.other.zone) });
}
