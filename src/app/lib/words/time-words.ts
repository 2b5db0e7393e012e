/**
 * A replay step's place and date in words: "22 Mar 2019, Seoul (21 Mar in Washington)".
 * The scenario's own name for a place (meta.places, translated by its sidecar) comes first.
 * Else English names a place by the city of its IANA zone (Asia/Seoul → Seoul); other languages by
 * Intl's own name for the zone in that language (대한민국 시간), since no city list ships with the app.
 */
import { levelLabel, postureInfo } from '../../../scenario/conditions.ts';
import { zonePlace } from '../../../scenario/time.ts';
import type { Effect, Scenario, StepWhen } from '../../../scenario/index.ts';
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
  const place = when.place ?? placeName(words.locale, when.zone);
  if (!when.other) return words.t('time.when', { date, place });
  const otherPlace = when.other.place ?? placeName(words.locale, when.other.zone);
  return words.t('time.whenElsewhere', { date, place, otherDate: words.format.shortDate(when.other.date), otherPlace });
}

/** An effect's change with how long it lasts: "… for 75 days, then Testing", "… until 31 Aug 2017". */
export function lastingText(words: Words, scenario: Scenario, effect: Effect, change: string): string {
  let text = change;
  if (effect.for !== undefined) text = words.t('time.lasting.for', { effect: text, days: effect.for });
  else if (effect.until !== undefined) text = words.t('time.lasting.until', { effect: text, date: words.format.date(effect.until) });
  else return text;
  return effect.then === undefined ? text : words.t('time.lasting.then', { effect: text, level: levelLabel(postureInfo(scenario, effect.posture), effect.then) });
}

/** How long a replay step's effects last, or null: "lasts until 31 Aug 2017", "lasts 75 days". */
export function stepLastingText(words: Words, step: { readonly for?: number; readonly until?: string }): string | null {
  if (step.for !== undefined) return words.t('time.step.for', { days: step.for });
  if (step.until !== undefined) return words.t('time.step.until', { date: words.format.date(step.until) });
  return null;
}
