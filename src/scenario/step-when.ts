/**
 * Where and when a replay step happened, for the screen: the local date in its place, and the
 * date at that instant in the scenario's other place, so "22 Mar, Seoul" can add "(21 Mar in
 * Washington)". A place is named by `meta.places` when the scenario names it (in the language the
 * scenario is shown in: a translation gives its own), else the app names it from the zone.
 * Pure data; the app puts it into words.
 */
import { dateIn, localDate, stepTime } from './time.ts';
import type { Scenario } from './types.ts';

export interface StepWhen {
  /** The local calendar date in the step's place. */
  readonly date: string;
  /** The step's zone, when it or meta names one. */
  readonly zone?: string;
  /** The scenario's name for the step's place (meta.places), when it gives one. */
  readonly place?: string;
  /** For a step with a time of day: the calendar date in the other zone, when it is another day. */
  readonly other?: { readonly zone: string; readonly date: string; readonly place?: string };
}

type Dated = Pick<Scenario['replay'][number], 'date' | 'zone'>;

/** The zones a scenario dates its steps in: meta.zone first, then those meta.places names, then each step's, each once. */
function scenarioZones(scenario: Pick<Scenario, 'meta' | 'replay'>): string[] {
  const zones = [scenario.meta.zone, ...Object.keys(scenario.meta.places ?? {}), ...scenario.replay.map((s) => s.zone)].filter((z): z is string => z !== undefined);
  return [...new Set(zones)];
}

/** `{ place }` when meta.places names the zone's place, else nothing. */
function placeOf(scenario: Pick<Scenario, 'meta'>, zone: string): { place?: string } {
  const place = scenario.meta.places?.[zone];
  return place === undefined ? {} : { place };
}

/** The step's place and date, and the other place's date (the first of the scenario's other zones). */
export function stepWhen(scenario: Pick<Scenario, 'meta' | 'replay'>, step: Dated): StepWhen {
  const zone = step.zone ?? scenario.meta.zone;
  const time = stepTime(step.date, zone);
  if (!time || zone === undefined) return { date: localDate(step.date) };
  const otherZone = scenarioZones(scenario).find((z) => z !== zone);
  const here = { date: time.date, zone, ...placeOf(scenario, zone) };
  if (!time.exact || otherZone === undefined) return here;
  const otherDate = dateIn(otherZone, time.start);
  return otherDate === time.date ? here : { ...here, other: { zone: otherZone, date: otherDate, ...placeOf(scenario, otherZone) } };
}
