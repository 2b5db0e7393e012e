/**
 * Duration and lapse through time, in the engine: a sequence of moves on their dates (the replay
 * track, or free play's turns `daysPerTurn` days apart) played with the lapse rule of
 * src/scenario/lapse-rule.ts, giving each step's postures and the lapses that ended before it.
 * Pure: no machine, no timeline; the same rule the validator's replay walk uses.
 */
import { effectLevel } from '../scenario/effects.ts';
import { applyDueLapses, lapsesAfterMove, lasts, type Duration, type MutableLevels, type PendingLapse } from '../scenario/lapse-rule.ts';
import { localDate } from '../scenario/time.ts';
import type { Scenario } from '../scenario/types.ts';
import { addDays } from '../scenario/dates.ts';
import type { PostureState } from './types.ts';

export type { PendingLapse } from '../scenario/lapse-rule.ts';

/** One move on its date, with the duration its replay step gives every effect (if any). */
export interface TimedMove {
  readonly move: string;
  readonly date: string;
  readonly duration?: Duration;
}

export interface LapseStep {
  readonly date: string;
  /** Lapses that ended on or before this date, before the move (applied ones only). */
  readonly lapsed: readonly PendingLapse[];
  /** The postures after the move. */
  readonly postures: PostureState;
  /** The lapses still to come after the move. */
  readonly pending: readonly PendingLapse[];
}

function initialLevels(scenario: Scenario): MutableLevels {
  return Object.fromEntries(scenario.actors.map((a) => [a.id, Object.fromEntries(a.postures.map((p) => [p.id, p.initial]))]));
}

function ladder(scenario: Scenario, ref: string): string[] {
  const [actor, posture] = ref.split('.');
  return scenario.actors.find((a) => a.id === actor)?.postures.find((p) => p.id === posture)?.levels.map((l) => l.id) ?? [];
}

/** Plays the moves in order from the initial postures, lapses included. Unknown moves are skipped (the loader refuses them). */
export function playThroughTime(scenario: Scenario, moves: readonly TimedMove[]): LapseStep[] {
  const levels = initialLevels(scenario);
  let pending: PendingLapse[] = [];
  const steps: LapseStep[] = [];
  for (const timed of moves) {
    const move = scenario.moves.find((m) => m.id === timed.move);
    const due = applyDueLapses(levels, pending, timed.date);
    pending = due.pending;
    if (move) {
      const before = structuredClone(levels);
      for (const effect of move.effects) {
        const [actor = '', posture = ''] = effect.posture.split('.');
        const own = levels[actor];
        const ids = ladder(scenario, effect.posture);
        const after = ids[effectLevel(effect, ids, ids.indexOf(own?.[posture] ?? ''))];
        if (own && after !== undefined) own[posture] = after;
      }
      pending = lapsesAfterMove(move, timed.date, before, levels, pending, timed.duration);
    }
    steps.push({ date: timed.date, lapsed: due.applied, postures: structuredClone(levels), pending: [...pending] });
  }
  return steps;
}

/** The replay track through time: each step on its local date, with its step's duration. */
export function replayThroughTime(scenario: Scenario): LapseStep[] {
  return playThroughTime(
    scenario,
    scenario.replay.map((s) => ({ move: s.move, date: localDate(s.date), duration: stepDuration(s) })),
  );
}

/** Free play from the root: turn k falls on turns.start + (k − 1) × daysPerTurn. */
export function freePlayThroughTime(scenario: Scenario, moves: readonly string[]): LapseStep[] {
  return playThroughTime(
    scenario,
    moves.map((move, k) => ({ move, date: addDays(scenario.turns.start, k * scenario.meta.daysPerTurn) })),
  );
}

/** The postures on a date after the last step: lapses due by then applied. */
export function posturesOn(steps: readonly LapseStep[], date: string): PostureState {
  const last = steps.at(-1);
  if (!last) return {};
  const levels = structuredClone(last.postures) as MutableLevels;
  applyDueLapses(levels, last.pending, date);
  return levels;
}

// ---------------------------------------------------------------------------
// Along a timeline path: what the timeline (timeline-lapses.ts) asks before a move is played.

const lasting = new WeakMap<Scenario, boolean>();

/** Whether any effect or replay step of the scenario lasts; when none does, a timeline never looks at lapses. */
export function hasLapses(scenario: Scenario): boolean {
  let known = lasting.get(scenario);
  if (known === undefined) {
    known = scenario.moves.some((m) => m.effects.some(lasts)) || scenario.replay.some((s) => s.for !== undefined || s.until !== undefined);
    lasting.set(scenario, known);
  }
  return known;
}

/** One node of a path as the lapse rule needs it: the levels before it and after it, its move, date and step duration. */
export interface PathStep {
  readonly move?: Scenario['moves'][number];
  readonly date: string;
  readonly duration?: Duration;
  readonly before: PostureState;
  readonly after: PostureState;
}

/** The lapses pending after a node, from those pending after its parent. */
export function pendingAfterStep(pending: readonly PendingLapse[], step: PathStep): PendingLapse[] {
  const levels = structuredClone(step.before) as MutableLevels;
  const left = applyDueLapses(levels, pending, step.date).pending;
  return step.move ? lapsesAfterMove(step.move, step.date, levels, structuredClone(step.after) as MutableLevels, left, step.duration) : left;
}

/** The levels moved forward to `date` (lapses due by then applied) and the lapses applied, or null when no lapse applies. */
export function lapsesBy(levels: PostureState, pending: readonly PendingLapse[], date: string): { readonly postures: PostureState; readonly applied: readonly PendingLapse[] } | null {
  if (pending.length === 0) return null;
  const moved = structuredClone(levels) as MutableLevels;
  const { applied } = applyDueLapses(moved, pending, date);
  return applied.length > 0 ? { postures: moved, applied } : null;
}

/** The levels moved forward to `date` (lapses due by then applied), or null when no lapse applies. */
export function lapsedLevels(levels: PostureState, pending: readonly PendingLapse[], date: string): PostureState | null {
  return lapsesBy(levels, pending, date)?.postures ?? null;
}

/** A replay step's duration, in the rule's form. */
export function stepDuration(step: Scenario['replay'][number] | undefined): Duration {
  if (!step) return {};
  return { ...(step.for !== undefined ? { for: step.for } : {}), ...(step.until !== undefined ? { until: step.until } : {}) };
}
