/**
 * `whn explore` with duration and lapse (the rule: src/scenario/lapse-rule.ts). Explore has no
 * dates, so a state of this search is a posture state together with the lapses pending in it: for
 * each posture a lasting effect can touch, the level it will lapse to, or none. From a state:
 *
 * - every open move leads on, as a move and — when a replay step with `for`/`until` plays it — as
 *   that step too (its effects then last); by the rule, the lapses pending on the postures it
 *   touches are dropped and its lasting effects start their own;
 * - every pending lapse may end, putting its posture at its level: without dates any of them may
 *   come first, and time goes on where a move is open or where actors may pass (`turns.pass`).
 *
 * A dead end is a posture state with no open move where nothing can lapse (no lapse pending, or
 * nobody may pass so time cannot go on). Levels reached, moves open, terminal and dead-end counts
 * are of posture states; `searchedStates` counts the states with their pending lapses. Only a
 * scenario with a lasting effect takes this walk (explore.ts); the others search postures alone.
 */
import { lapsesAfterMove, lasts, type Duration, type MutableLevels } from '../scenario/lapse-rule.ts';
import type { Effect } from '../scenario/schema.ts';
import type { CompiledScenario } from './compile.ts';
import { EngineError } from './errors.ts';
import { capReached, count, type ExploreSearch } from './explore-search.ts';
import { hasLapses, stepDuration } from './lapses.ts';
import { stateSet } from './state-set.ts';

/** Explore's lapse walk needs its states as exact numbers. */
const MAX_SEARCH_SPACE = 2 ** 53;
/** A date for the rule, which explore does not read: only the levels a lapse holds and goes to count. */
const ANY_DATE = '2000-01-01';

/** One way to play a move: its effects' own durations, or a replay step's on top. */
interface Variant {
  /** By lasting effect: its lapse slot and, by level index before the move, the level it lapses to (-1: none; -2: not asked yet). */
  readonly slots: Int32Array;
  readonly effects: readonly Effect[];
  readonly to: readonly Int32Array[];
  readonly duration: Duration;
}

interface MovePlan {
  /** The lapse slots of the postures the move touches: their pending lapses are dropped. */
  readonly touched: Int32Array;
  readonly variants: readonly Variant[];
}

/** Where the pending lapses sit in a searched state: state = postures + stateSpace × Σ code(slot) × stride(slot). */
export interface LapseLayout {
  /** By slot: the compiled posture index. */
  readonly postures: Int32Array;
  /** By slot: levels + 1 (0 is "no lapse pending", 1 + l "lapses to level l"). */
  readonly radix: Int32Array;
  readonly stride: Float64Array;
  /** Product of the radices. */
  readonly space: number;
  readonly moves: readonly MovePlan[];
}

/** The layout for a scenario with a lasting effect; null without one. */
export function lapseLayout(compiled: CompiledScenario): LapseLayout | null {
  const { scenario } = compiled;
  if (!hasLapses(scenario)) return null;
  const stepDurations = scenario.moves.map((m) => scenario.replay.map(stepDuration).find((d, i) => scenario.replay[i]?.move === m.id && (d.for !== undefined || d.until !== undefined)));
  const durations = scenario.moves.map((m, i) => [{}, ...(stepDurations[i] && !m.effects.every(lasts) ? [stepDurations[i]] : [])] as Duration[]);
  const postureIndex = (ref: string) => compiled.postures.findIndex((p) => p.ref === ref);
  const lasting = new Set<number>();
  scenario.moves.forEach((m, i) => m.effects.forEach((e) => (lasts(e) || (durations[i]?.length ?? 0) > 1) && lasting.add(postureIndex(e.posture))));
  const postures = Int32Array.from([...lasting].sort((a, b) => a - b));
  const slotOf = new Map([...postures].map((p, slot) => [p, slot]));
  const radix = Int32Array.from(postures, (p) => (compiled.postures[p]?.levels.length ?? 0) + 1);
  const stride = new Float64Array(postures.length);
  let space = 1;
  radix.forEach((r, slot) => {
    stride[slot] = space;
    space *= r;
  });
  const moves = scenario.moves.map((m, i): MovePlan => {
    const touched = Int32Array.from(m.effects.map((e) => slotOf.get(postureIndex(e.posture)) ?? -1).filter((s) => s >= 0));
    const variants = (durations[i] ?? [{}]).map((duration): Variant => {
      const effects = m.effects.filter((e) => lasts(e) || duration.for !== undefined || duration.until !== undefined);
      return {
        effects,
        slots: Int32Array.from(effects, (e) => slotOf.get(postureIndex(e.posture)) ?? -1),
        to: effects.map((e) => new Int32Array(compiled.postures[postureIndex(e.posture)]?.levels.length ?? 0).fill(-2)),
        duration,
      };
    });
    return { touched, variants };
  });
  return { postures, radix, stride, space, moves };
}

/** The level effect `e` of move `code` lapses to after moving its posture from level `before` to `after` (-1: none), by the rule. */
function lapseTo(compiled: CompiledScenario, code: number, variant: Variant, j: number, before: number, after: number): number {
  const memo = variant.to[j] as Int32Array;
  const known = memo[before] as number;
  if (known !== -2) return known;
  const effect = variant.effects[j] as Effect;
  const posture = compiled.postures.find((p) => p.ref === effect.posture);
  const move = compiled.scenario.moves[code];
  let to = -1;
  if (posture && move) {
    const one = (level: number): MutableLevels => ({ [posture.actor]: { [posture.posture]: posture.levels[level] as string } });
    const started = lapsesAfterMove({ effects: [effect] }, ANY_DATE, one(before), one(after), [], variant.duration);
    to = started.length > 0 ? posture.levels.indexOf(started[0]?.to as string) : -1;
  }
  memo[before] = to;
  return to;
}

/** Refuses a search whose states, with their pending lapses, would not be exact numbers. */
export function checkLapseSpace(compiled: CompiledScenario, layout: LapseLayout): void {
  if (!compiled.wide && compiled.stateSpace * layout.space <= MAX_SEARCH_SPACE) return;
  throw new EngineError(
    'too-many-states',
    `Exploring "${compiled.scenario.meta.id}" follows its lasting effects (for/until), which needs each state with its pending lapses as one exact number: its ${count(compiled.stateSpace)} posture combinations times ${count(layout.space)} ways lapses can be pending pass 2^53. Give fewer postures a duration, or split the scenario.`,
  );
}

/** Visits the states after open move m from posture state s with pending lapses k (codes: k slot by slot), one per variant. */
function played(compiled: CompiledScenario, layout: LapseLayout, m: number, s: number, k: number, codes: Int32Array, visit: (state: number) => void): void {
  const { stride } = layout;
  const next = compiled.apply(s, m);
  const plan = layout.moves[m] as MovePlan;
  let kept = k;
  for (const slot of plan.touched) kept -= (codes[slot] as number) * (stride[slot] as number);
  for (const variant of plan.variants) {
    let lapses = kept;
    for (let j = 0; j < variant.slots.length; j++) {
      const slot = variant.slots[j] as number;
      const p = layout.postures[slot] as number;
      const to = lapseTo(compiled, m, variant, j, compiled.level(s, p), compiled.level(next, p));
      if (to >= 0) lapses += (to + 1) * (stride[slot] as number);
    }
    visit(next + compiled.stateSpace * lapses);
  }
}

/** The breadth-first search over posture states with their pending lapses. */
export function searchWithLapses(search: ExploreSearch, layout: LapseLayout): void {
  const { compiled, queue, maxStates, everOpen, reached, examples, exampleCount } = search;
  const { stateSpace } = compiled;
  const { postures: slotPosture, radix, stride } = layout;
  const moveCount = everOpen.length;
  const postureCount = compiled.postures.length;
  const slots = slotPosture.length;
  const canPass = compiled.scenario.turns.pass.allowed;
  const seen = stateSet(stateSpace * layout.space, search.room);
  const posturesSeen = stateSet(stateSpace, search.room);
  const deadSeen = stateSet(stateSpace, search.room);
  const codes = new Int32Array(slots);
  const visit = (state: number) => {
    if (!seen.add(state)) return;
    if (queue.pushed >= maxStates) throw capReached(search);
    queue.push(state);
  };
  seen.add(compiled.initial);
  queue.push(compiled.initial);
  while (!queue.empty) {
    const x = queue.take();
    const s = x % stateSpace;
    const k = (x - s) / stateSpace;
    for (let slot = 0; slot < slots; slot++) codes[slot] = Math.floor(k / (stride[slot] as number)) % (radix[slot] as number);
    if (posturesSeen.add(s)) {
      search.reachable++;
      for (let p = 0; p < postureCount; p++) (reached[p] as Uint8Array)[compiled.level(s, p)] = 1;
      if (compiled.isTerminal(s)) search.terminal++;
    }
    if (compiled.isTerminal(s)) continue;
    let anyOpen = false;
    for (let m = 0; m < moveCount; m++) {
      if (compiled.requiresHold(s, m)) {
        everOpen[m] = 1;
        anyOpen = true;
        played(compiled, layout, m, s, k, codes, visit);
      }
    }
    // A pending lapse ends once time goes on: by a move, or by a pass.
    if (anyOpen || canPass) {
      for (let slot = 0; slot < slots; slot++) {
        const code = codes[slot] as number;
        if (code === 0) continue;
        const lapsed = compiled.withLevel(s, slotPosture[slot] as number, code - 1);
        visit(lapsed + stateSpace * (k - code * (stride[slot] as number)));
      }
    }
    if (!anyOpen && (k === 0 || !canPass) && deadSeen.add(s)) {
      search.deadEnds++;
      if (examples.length < exampleCount) examples.push(compiled.unpack(s));
    }
  }
}
