/**
 * The rule of duration and lapse (format in lapse.ts), shared like effects.ts by everything that
 * walks a scenario through time: the validator's replay walk and the engine (src/engine/lapses.ts).
 *
 * - An effect that lasts (its own for/until, else its replay step's) starts a lapse: from the
 *   day it ends, the posture goes back to the level it had before the effect, or to `then`.
 * - `for: N` from day D ends on D + N; `until: L` ends on L + 1 (L is the last day it holds).
 * - A lapse applies only while the posture is still at the level the effect left it at; a later
 *   effect on the same posture replaces the pending lapse (its own lapse, if any, takes over).
 * - Lapses due by a date apply before anything played on that date, earliest first.
 */
import { addDays } from './dates.ts';
import type { Effect } from './schema.ts';

export interface Duration {
  readonly for?: number;
  readonly until?: string;
}

export interface PendingLapse {
  /** "actor.posture" */
  readonly posture: string;
  /** The first day the effect no longer holds (YYYY-MM-DD). */
  readonly due: string;
  /** The level the effect left the posture at; the lapse applies only while it is still there. */
  readonly holds: string;
  /** The level the posture returns (or lapses) to. */
  readonly to: string;
}

/** Levels by actor, then posture: the form conditions.ts reads. */
export type MutableLevels = Record<string, Record<string, string>>;

/** Refs split before, remembered (bounded): a rollout asks for the same few millions of times. */
const refs = new Map<string, readonly [string, string]>();

/** "actor.posture" as its two ids. */
function split(ref: string): readonly [string, string] {
  const known = refs.get(ref);
  if (known) return known;
  const [actor = '', posture = ''] = ref.split('.');
  if (refs.size >= 10_000) refs.clear();
  const pair = [actor, posture] as const;
  refs.set(ref, pair);
  return pair;
}

/** Whether an effect lasts a while (for or until) and then ends. */
export function lasts(effect: Effect): boolean {
  return effect.for !== undefined || effect.until !== undefined;
}

/** The first day an effect with this duration, starting on `date`, no longer holds; undefined when it lasts. */
export function endOf(duration: Duration, date: string): string | undefined {
  if (duration.for !== undefined) return addDays(date, duration.for);
  if (duration.until !== undefined) return addDays(duration.until, 1);
  return undefined;
}

function levelAt(levels: MutableLevels, ref: string): string | undefined {
  const [actor, posture] = split(ref);
  return levels[actor]?.[posture];
}

function setLevel(levels: MutableLevels, ref: string, level: string): void {
  const [actor, posture] = split(ref);
  const own = levels[actor];
  if (own) own[posture] = level;
}

/** Applies, in place, every lapse due on or before `date`; returns the ones applied and the ones still pending. */
export function applyDueLapses(levels: MutableLevels, pending: readonly PendingLapse[], date: string): { applied: PendingLapse[]; pending: PendingLapse[] } {
  const due = pending.filter((l) => l.due <= date).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  const applied: PendingLapse[] = [];
  for (const lapse of due) {
    if (levelAt(levels, lapse.posture) === lapse.holds && lapse.holds !== lapse.to) {
      setLevel(levels, lapse.posture, lapse.to);
      applied.push(lapse);
    }
  }
  return { applied, pending: pending.filter((l) => l.due > date) };
}

/**
 * The pending lapses after `move` was played on `date`: those on postures it touched are replaced
 * by the lapses its lasting effects start. `before` and `after` are the levels around its effects.
 */
export function lapsesAfterMove(
  move: { readonly effects: readonly Effect[] },
  date: string,
  before: MutableLevels,
  after: MutableLevels,
  pending: readonly PendingLapse[],
  step: Duration = {},
): PendingLapse[] {
  const touched = new Set(move.effects.map((e) => e.posture));
  const kept = pending.filter((l) => !touched.has(l.posture));
  for (const effect of move.effects) {
    const started = lapseOf(effect, date, levelAt(before, effect.posture), levelAt(after, effect.posture), step);
    if (started) kept.push(started);
  }
  return kept;
}

function lapseOf(effect: Effect, date: string, from: string | undefined, to: string | undefined, step: Duration): PendingLapse | undefined {
  const own = effect.for !== undefined || effect.until !== undefined;
  const due = endOf(own ? effect : step, date);
  if (due === undefined || from === undefined || to === undefined) return undefined;
  const back = (own ? effect.then : undefined) ?? from;
  return back === to ? undefined : { posture: effect.posture, due, holds: to, to: back };
}
