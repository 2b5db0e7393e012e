/**
 * Rollouts: N simulated futures of D turns from a start point, on the compiled engine.
 *
 * Each rollout draws from its own stream (streams.ts), so rollout i sees the same numbers however the
 * work is chunked (CLI in one go, the worker in slices) and under what-if changes (common random
 * numbers for sensitivity).
 * One uniform draw per turn picks the option. After a terminal outcome or a stall the rollout stays
 * where it is: its last state is carried forward to the horizon (the fan and byTurn count it).
 * A run only counts; summarise.ts turns the counts into the result.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { CompiledScenario } from '../compile.ts';
import { EngineError } from '../errors.ts';
import type { RolloutModel } from './choice-tables.ts';
import { grownFloat } from './grow.ts';
import { lapseTrack, type LapseTrack } from './lapse-track.ts';
import { modelFor } from './model.ts';
import { END_FULL, END_STALLED, END_TERMINAL, FINGERPRINT_A, FINGERPRINT_B, foldA, foldB, PathCounts } from './path-counts.ts';
import { pick } from './pick.ts';
import { NO_MOVE, PREFIX_LEVELS } from './prefix-tree.ts';
import { checkOptions } from './spec.ts';
import { rolloutStream } from './streams.ts';
import { outcomeCounts, summarise } from './summarise.ts';
import type { RolloutOptions, RolloutResult, RolloutStart } from './types.ts';

/** A rollout job that can be advanced in slices (the worker) or all at once (runRollouts). */
export class RolloutRun {
  readonly total: number;
  private done = 0;
  private readonly model: RolloutModel;
  private readonly start: RolloutStart;
  private startSid: number;
  /** The catalog generation startSid belongs to. */
  private generation: number;
  private readonly firstSlot: number;
  private readonly depth: number;
  private readonly options: RolloutOptions;
  private readonly paths: PathCounts;
  /** classCounts[class * (depth + 1) + turn]: rollouts in a state of that class (see StateCatalog) at that turn. */
  private classCounts: Float64Array;
  private readonly everCounts: Float64Array;
  private readonly ever: Uint8Array;
  /** goldsteinSteps[turn * actors + a]: Σ over rollouts of the Goldstein weight actor a added at that turn. */
  private readonly goldsteinSteps: Float64Array;
  /** goldsteinFinal[a * runs + r]: actor a's cumulative sum at the horizon of rollout r. */
  private readonly goldsteinFinal: Float64Array;
  private readonly goldstein: Float64Array;
  private terminalEnds = 0;
  private stalledEnds = 0;
  private readonly tracked: number;
  /** Each rollout's first moves and last class, for the prefix tree (empty when no paths are asked: sensitivity). */
  private readonly prefixCodes: Int32Array;
  private readonly finalClass: Int32Array;
  /** For the tracked outcome: 1 where it holds at the horizon, per rollout (paired errors in sensitivity). */
  readonly trackedFlags: Uint8Array;
  /** Pending lapses along a rollout; null when no effect of the scenario lasts. */
  private readonly lapses: LapseTrack | null;

  /** `trackOutcome`: index of an outcome whose horizon value is kept per rollout. */
  constructor(compiled: CompiledScenario, start: RolloutStart, options: RolloutOptions, trackOutcome = -1) {
    checkOptions(options, compiled.scenario);
    this.model = modelFor(compiled, options.whatIf);
    this.start = start;
    this.options = options;
    this.total = options.runs;
    this.depth = options.depth;
    const outcomes = compiled.scenario.outcomes.length;
    const actors = compiled.actorIds.length;
    if (start.cumulativeGoldstein.length !== actors) {
      throw new EngineError('malformed', `The rollout start has ${start.cumulativeGoldstein.length} Goldstein sums; the scenario has ${actors} actors.`);
    }
    this.startSid = this.model.sidOfStart(start);
    this.generation = this.model.catalog.generation;
    this.firstSlot = this.model.firstSlot(start);
    this.paths = new PathCounts(options.runs);
    this.classCounts = new Float64Array(Math.max(16, this.model.catalog.classCount) * (this.depth + 1));
    this.everCounts = new Float64Array(outcomes);
    this.ever = new Uint8Array(outcomes);
    this.goldsteinSteps = new Float64Array((this.depth + 1) * actors);
    this.goldsteinFinal = new Float64Array(actors * options.runs);
    this.goldstein = new Float64Array(actors);
    this.tracked = trackOutcome;
    this.trackedFlags = new Uint8Array(trackOutcome >= 0 ? options.runs : 0);
    const prefixes = options.topPaths === 0 ? 0 : options.runs;
    this.prefixCodes = new Int32Array(prefixes * PREFIX_LEVELS).fill(NO_MOVE);
    this.finalClass = new Int32Array(prefixes);
    this.lapses = lapseTrack(this.model, start, this.depth);
  }

  get completed(): number {
    return this.done;
  }

  /** Runs up to `count` more rollouts; returns how many are done in all. */
  advance(count: number): number {
    const end = Math.min(this.total, this.done + count);
    if (end > this.done) this.rollouts(this.done, end);
    this.done = end;
    return this.done;
  }

  /** Rollouts `from` to `to` - 1, in stretches between two resets of the bounded catalog. */
  private rollouts(from: number, to: number): void {
    let r = from;
    while (r < to) r = this.stretch(r, to);
  }

  /**
   * Rollouts from `from` until `to` - 1 or until the catalog is full (then it is reset and the next
   * rollout's index returned): the hot loop. The model's and catalog's pools are held in locals and
   * re-read only after a call that may have grown them (a new table or a new state), which is rare.
   */
  private stretch(from: number, to: number): number {
    const { model, depth, goldstein, ever, goldsteinSteps, goldsteinFinal, paths, firstSlot, tracked, prefixCodes, finalClass, lapses } = this;
    const prefixLevels = finalClass.length > 0 ? PREFIX_LEVELS : 0;
    const { catalog, free, nextActor, slots } = model;
    const { classOutcomes } = catalog;
    const credit = model.compiled.moveCredit;
    const stride = depth + 1;
    const runs = this.total;
    const actorCount = goldstein.length;
    const outcomeCount = ever.length;
    const seed = this.options.seed;
    const startGoldstein = this.start.cumulativeGoldstein;
    if (catalog.full) catalog.reset();
    model.reserve();
    if (this.generation !== catalog.generation) this.restart();
    const startSid = this.startSid;
    let tableOf = model.tableOf;
    let tableStart = model.tableStart;
    let tableSize = model.tableSize;
    let tableTotal = model.tableTotal;
    let cumulative = model.optCumulative;
    let optCode = model.optCode;
    let optActor = model.optActor;
    let optGoldstein = model.optGoldstein;
    let optNext = model.optNext;
    let terminal = catalog.terminal;
    let classOf = catalog.classOf;
    let counts = this.roomForClasses();
    for (let r = from; r < to; r++) {
      // The bounded cache is full: the next stretch empties it and reads its pools afresh.
      if (catalog.full) return r;
      const rng = rolloutStream(seed, r);
      let sid = startSid;
      let slot = firstSlot;
      let cls = classOf[sid] as number;
      let laneA = FINGERPRINT_A;
      let laneB = FINGERPRINT_B;
      let ended = END_FULL;
      for (let a = 0; a < actorCount; a++) goldstein[a] = startGoldstein[a] as number;
      if (lapses !== null) lapses.reset();
      counts[cls * stride] = (counts[cls * stride] as number) + 1;
      markEver(ever, classOutcomes[cls] as Int32Array);
      let turn = 1;
      for (; turn <= depth; turn++) {
        if (terminal[sid] === 1) {
          ended = END_TERMINAL;
          break;
        }
        if (lapses !== null) {
          // Effects that have run their course by this turn's date end before its move (lapse-track.ts).
          const lapsed = lapses.due(sid, turn);
          if (lapsed !== sid) {
            sid = lapsed;
            tableOf = model.tableOf;
            terminal = catalog.terminal;
            classOf = catalog.classOf;
            counts = this.roomForClasses();
            cls = classOf[sid] as number;
            markEver(ever, classOutcomes[cls] as Int32Array);
            if (terminal[sid] === 1) {
              ended = END_TERMINAL;
              break;
            }
          }
        }
        let t = tableOf[sid * slots + slot] as number;
        if (t < 0) {
          t = model.table(sid, slot);
          tableOf = model.tableOf;
          tableStart = model.tableStart;
          tableSize = model.tableSize;
          tableTotal = model.tableTotal;
          cumulative = model.optCumulative;
          optCode = model.optCode;
          optActor = model.optActor;
          optGoldstein = model.optGoldstein;
          optNext = model.optNext;
        }
        const total = tableTotal[t] as number;
        if (total <= 0) {
          ended = END_STALLED;
          break;
        }
        const first = tableStart[t] as number;
        const o = pick(cumulative, first, first + (tableSize[t] as number), total, uniformFloat64(rng));
        const actor = optActor[o] as number;
        const g = optGoldstein[o] as number;
        if (g !== 0) {
          // A move counts for the actors move-credit.ts names: its makers, or nobody within one side.
          for (const a of credit[optCode[o] as number] as Int32Array) {
            goldstein[a] = (goldstein[a] as number) + g;
            const k = turn * actorCount + a;
            goldsteinSteps[k] = (goldsteinSteps[k] as number) + g;
          }
        }
        let next = optNext[o] as number;
        if (next < 0) {
          next = model.next(o);
          tableOf = model.tableOf;
          optNext = model.optNext;
          terminal = catalog.terminal;
          classOf = catalog.classOf;
          counts = this.roomForClasses();
        }
        const code = optCode[o] as number;
        if (lapses !== null) lapses.played(code, sid, next, turn);
        sid = next;
        slot = free ? 0 : (nextActor[actor + 1] as number);
        if (turn <= prefixLevels) prefixCodes[r * PREFIX_LEVELS + turn - 1] = code;
        laneA = foldA(laneA, code);
        laneB = foldB(laneB, code);
        const c = classOf[sid] as number;
        counts[c * stride + turn] = (counts[c * stride + turn] as number) + 1;
        if (c !== cls) {
          cls = c;
          markEver(ever, classOutcomes[cls] as Int32Array);
        }
      }
      // A terminal outcome or a stall: the last state is carried forward to the horizon.
      for (let rest = turn; rest <= depth; rest++) counts[cls * stride + rest] = (counts[cls * stride + rest] as number) + 1;
      if (ended === END_TERMINAL) this.terminalEnds++;
      else if (ended === END_STALLED) this.stalledEnds++;
      paths.record(r, laneA, laneB, turn - 1, ended);
      if (prefixLevels > 0) finalClass[r] = cls;
      if (tracked >= 0 && (classOutcomes[cls] as Int32Array).includes(tracked)) this.trackedFlags[r] = 1;
      for (let a = 0; a < actorCount; a++) goldsteinFinal[a * runs + r] = goldstein[a] as number;
      for (let i = 0; i < outcomeCount; i++) {
        this.everCounts[i] = (this.everCounts[i] as number) + (ever[i] as number);
        ever[i] = 0;
      }
    }
    return to;
  }

  /** After the catalog was reset (by this run or another over it): the start's new sid. */
  private restart(): void {
    this.startSid = this.model.sidOfStart(this.start);
    this.generation = this.model.catalog.generation;
  }

  /** classCounts with a row for every class the catalog knows. */
  private roomForClasses(): Float64Array {
    const needed = this.model.catalog.classCount * (this.depth + 1);
    if (needed > this.classCounts.length) this.classCounts = grownFloat(this.classCounts, Math.max(needed, this.classCounts.length * 2));
    return this.classCounts;
  }

  /** Share of the completed rollouts in which outcome i holds at the horizon (for sensitivity). */
  horizonProbability(outcome: number): number {
    const n = this.done;
    const outcomeCount = this.ever.length;
    return n > 0 ? (outcomeCounts(this.model.catalog, this.classCounts, this.depth, outcomeCount)[this.depth * outcomeCount + outcome] as number) / n : 0;
  }

  /** The statistics of the rollouts completed so far. */
  result(): RolloutResult {
    if (this.generation !== this.model.catalog.generation) this.restart();
    return summarise({
      model: this.model,
      start: this.start,
      options: this.options,
      done: this.done,
      total: this.total,
      classCounts: this.classCounts,
      everCounts: this.everCounts,
      goldsteinSteps: this.goldsteinSteps,
      goldsteinFinal: this.goldsteinFinal,
      terminalEnds: this.terminalEnds,
      stalledEnds: this.stalledEnds,
      paths: this.paths,
      prefixes: { codes: this.prefixCodes, finalClass: this.finalClass },
      startSid: this.startSid,
      firstSlot: this.firstSlot,
    });
  }
}

/** N rollouts of depth D from `start`: the same numbers in the CLI, the worker and the tests. */
export function runRollouts(compiled: CompiledScenario, start: RolloutStart, options: RolloutOptions): RolloutResult {
  const run = new RolloutRun(compiled, start, options);
  run.advance(run.total);
  return run.result();
}

function markEver(ever: Uint8Array, outcomes: Int32Array): void {
  for (let k = 0; k < outcomes.length; k++) ever[outcomes[k] as number] = 1;
}
