/**
 * Duration and lapse in rollouts, by the rule the timeline follows (src/scenario/lapse-rule.ts):
 * rollout turn t falls on the date the timeline would give it (`turnDate`: daysPerTurn days after
 * the turn before), the lapses due by that date apply before its move, and a move's lasting
 * effects start lapses of their own. The start node's pending lapses come with the start
 * (RolloutStart.lapses). Only scenarios with a lasting effect get a track (`lapseTrack`), so a run
 * of any other scenario takes the same steps and draws as before lapses existed. No draw is made
 * here: a seed gives the same rollouts with lapses as without, move for move, until a lapse
 * changes what is open.
 */
import { applyDueLapses, lapsesAfterMove, lasts, type MutableLevels, type PendingLapse } from '../../scenario/lapse-rule.ts';
import type { Scenario } from '../../scenario/types.ts';
import { addDays } from '../../scenario/dates.ts';
import { hasLapses } from '../lapses.ts';
import type { RolloutModel } from './choice-tables.ts';
import type { RolloutStart } from './types.ts';

/** The calendar date of rollout turn `turn` (0 is the start node): turns.start for the first turn from the root. */
export function turnDate(scenario: Scenario, start: Pick<RolloutStart, 'date' | 'atRoot'>, turn: number): string {
  const days = scenario.meta.daysPerTurn;
  if (turn === 0) return start.date;
  return start.atRoot ? addDays(scenario.turns.start, (turn - 1) * days) : addDays(start.date, turn * days);
}

/** One rollout's pending lapses, stepped along with it (reset before each rollout). */
export class LapseTrack {
  private pending: PendingLapse[] = [];
  /** By move code: 1 when some effect of the move lasts. */
  private readonly lasting: Uint8Array;
  /** By move code: the postures its effects touch ("actor.posture"). */
  private readonly touches: readonly ReadonlySet<string>[];
  /** By turn, 0…depth. */
  private readonly dates: string[];

  constructor(
    private readonly model: RolloutModel,
    private readonly start: RolloutStart,
    depth: number,
  ) {
    const { scenario } = model.compiled;
    this.lasting = Uint8Array.from(scenario.moves, (m) => (m.effects.some(lasts) ? 1 : 0));
    this.touches = scenario.moves.map((m) => new Set(m.effects.map((e) => e.posture)));
    this.dates = Array.from({ length: depth + 1 }, (_v, turn) => turnDate(scenario, start, turn));
  }

  /** Back to the start node's pending lapses. */
  reset(): void {
    this.pending = [...(this.start.lapses ?? [])];
  }

  /** The sid the move of `turn` meets: state `sid` with the lapses due by the turn's date applied. */
  due(sid: number, turn: number): number {
    if (this.pending.length === 0) return sid;
    const date = this.dates[turn] as string;
    if (!this.pending.some((l) => l.due <= date)) return sid;
    // posturesOf unpacks a fresh object: the rule may change it in place.
    const levels = this.model.catalog.posturesOf(sid) as MutableLevels;
    const { applied, pending } = applyDueLapses(levels, this.pending, date);
    this.pending = pending;
    return applied.length > 0 ? this.model.sidOfPostures(levels) : sid;
  }

  /** After option `code` (a pass when negative) was played at `turn`, from state `before` to state `after`. */
  played(code: number, before: number, after: number, turn: number): void {
    // A pass, or a move that neither lasts nor touches a posture with a lapse pending, leaves the lapses as they are.
    if (code < 0) return;
    const touches = this.touches[code];
    if (this.lasting[code] === 0 && !this.pending.some((l) => touches?.has(l.posture))) return;
    const move = this.model.compiled.scenario.moves[code];
    if (!move) return;
    const { catalog } = this.model;
    this.pending = lapsesAfterMove(move, this.dates[turn] as string, catalog.posturesOf(before) as MutableLevels, catalog.posturesOf(after) as MutableLevels, this.pending);
  }
}

/** The lapse track of a run, or null when no effect of the scenario lasts (then nothing lapses). */
export function lapseTrack(model: RolloutModel, start: RolloutStart, depth: number): LapseTrack | null {
  return hasLapses(model.compiled.scenario) ? new LapseTrack(model, start, depth) : null;
}
