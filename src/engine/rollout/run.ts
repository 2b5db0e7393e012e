/**
 * Rollouts: N simulated futures of D turns from a start point, on the compiled engine.
 *
 * Each rollout draws from its own stream (streams.ts), so rollout i sees the same numbers however the
 * work is chunked (CLI in one go, the worker in slices) and under what-if changes (common random
 * numbers for sensitivity).
 * One uniform draw per turn picks the option. After a terminal outcome or a stall the rollout stays
 * where it is: its last state is carried forward to the horizon (the fan and byTurn count it).
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { CompiledScenario } from '../compile.ts';
import { addDays } from '../dates.ts';
import { EngineError } from '../errors.ts';
import { PASS } from '../types.ts';
import { modelFor, pick, type RolloutModel } from './model.ts';
import { END_FULL, END_STALLED, END_TERMINAL, FINGERPRINT_A, FINGERPRINT_B, foldA, foldB, PathCounts } from './path-counts.ts';
import { rolloutStream } from './streams.ts';
import { quantileCounts, quantileSorted, standardError } from './stats.ts';
import type { FanPoint, GoldsteinResult, OutcomeResult, PathResult, RolloutOptions, RolloutResult, RolloutStart } from './types.ts';

export const MAX_RUNS = 1_000_000;
export const MAX_DEPTH = 200;
export const DEFAULT_RUNS = 10_000;
export const DEFAULT_DEPTH = 12;
export const DEFAULT_SEED = 1;
const MAX_SEED = 0xffff_ffff;

/** A rollout job that can be advanced in slices (the worker) or all at once (runRollouts). */
export class RolloutRun {
  readonly total: number;
  private done = 0;
  private readonly model: RolloutModel;
  private readonly start: RolloutStart;
  private readonly startSid: number;
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
  /** For the tracked outcome: 1 where it holds at the horizon, per rollout (paired errors in sensitivity). */
  readonly trackedFlags: Uint8Array;

  /** `trackOutcome`: index of an outcome whose horizon value is kept per rollout. */
  constructor(compiled: CompiledScenario, start: RolloutStart, options: RolloutOptions, trackOutcome = -1) {
    checkOptions(options);
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
    this.startSid = this.model.sidOf(start.state);
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

  /**
   * Rollouts `from` to `to` - 1: the hot loop. The model's and catalog's pools are held in locals and
   * re-read only after a call that may have grown them (a new table or a new state), which is rare.
   */
  private rollouts(from: number, to: number): void {
    const { model, depth, goldstein, ever, goldsteinSteps, goldsteinFinal, paths, startSid, firstSlot, tracked } = this;
    const { catalog, free, nextActor, slots } = model;
    const { classOutcomes } = catalog;
    const stride = depth + 1;
    const runs = this.total;
    const actorCount = goldstein.length;
    const outcomeCount = ever.length;
    const seed = this.options.seed;
    const startGoldstein = this.start.cumulativeGoldstein;
    model.reserve();
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
      const rng = rolloutStream(seed, r);
      let sid = startSid;
      let slot = firstSlot;
      let cls = classOf[sid] as number;
      let laneA = FINGERPRINT_A;
      let laneB = FINGERPRINT_B;
      let ended = END_FULL;
      for (let a = 0; a < actorCount; a++) goldstein[a] = startGoldstein[a] as number;
      counts[cls * stride] = (counts[cls * stride] as number) + 1;
      markEver(ever, classOutcomes[cls] as Int32Array);
      let turn = 1;
      for (; turn <= depth; turn++) {
        if (terminal[sid] === 1) {
          ended = END_TERMINAL;
          break;
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
          goldstein[actor] = (goldstein[actor] as number) + g;
          const k = turn * actorCount + actor;
          goldsteinSteps[k] = (goldsteinSteps[k] as number) + g;
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
        sid = next;
        slot = free ? 0 : (nextActor[actor + 1] as number);
        const code = optCode[o] as number;
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
      if (tracked >= 0 && (classOutcomes[cls] as Int32Array).includes(tracked)) this.trackedFlags[r] = 1;
      for (let a = 0; a < actorCount; a++) goldsteinFinal[a * runs + r] = goldstein[a] as number;
      for (let i = 0; i < outcomeCount; i++) {
        this.everCounts[i] = (this.everCounts[i] as number) + (ever[i] as number);
        ever[i] = 0;
      }
    }
  }

  /** classCounts with a row for every class the catalog knows. */
  private roomForClasses(): Float64Array {
    const needed = this.model.catalog.classCount * (this.depth + 1);
    if (needed > this.classCounts.length) {
      const grown = new Float64Array(Math.max(needed, this.classCounts.length * 2));
      grown.set(this.classCounts);
      this.classCounts = grown;
    }
    return this.classCounts;
  }

  /** outcomeCounts[turn * outcomes + i]: rollouts in which outcome i holds at that turn. */
  private outcomeCounts(): Float64Array {
    const { catalog } = this.model;
    const stride = this.depth + 1;
    const outcomeCount = this.ever.length;
    const out = new Float64Array(stride * outcomeCount);
    for (let c = 0; c < catalog.classCount && (c + 1) * stride <= this.classCounts.length; c++) {
      for (const i of catalog.classOutcomes[c] as Int32Array) {
        for (let turn = 0; turn < stride; turn++) out[turn * outcomeCount + i] = (out[turn * outcomeCount + i] as number) + (this.classCounts[c * stride + turn] as number);
      }
    }
    return out;
  }

  /** Share of the completed rollouts in which outcome i holds at the horizon (for sensitivity). */
  horizonProbability(outcome: number): number {
    const n = this.done;
    return n > 0 ? (this.outcomeCounts()[this.depth * this.ever.length + outcome] as number) / n : 0;
  }

  /** The statistics of the rollouts completed so far. */
  result(): RolloutResult {
    const { model, depth } = this;
    const { compiled, catalog } = model;
    const { scenario } = compiled;
    const n = this.done;
    const outcomeCount = scenario.outcomes.length;
    const actorCount = compiled.actorIds.length;
    const stride = depth + 1;

    // Visits per (tension value, turn), summed over the classes that share the value.
    const values = model.tensionValues;
    const tensionCounts = values.map(() => new Float64Array(stride));
    for (let c = 0; c < catalog.classCount && (c + 1) * stride <= this.classCounts.length; c++) {
      const row = tensionCounts[catalog.classTension[c] as number] as Float64Array;
      for (let turn = 0; turn < stride; turn++) row[turn] = (row[turn] as number) + (this.classCounts[c * stride + turn] as number);
    }
    const order = values.map((_v, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
    const sortedValues = order.map((i) => values[i] as number);
    const fan: FanPoint[] = [];
    for (let turn = 0; turn <= depth; turn++) {
      const counts = order.map((i) => tensionCounts[i]?.[turn] ?? 0);
      const mean = n > 0 ? counts.reduce((s, c, k) => s + c * (sortedValues[k] as number), 0) / n : Number.NaN;
      const q = (p: number) => quantileCounts(sortedValues, counts, n, p);
      fan.push({ turn, date: this.dateOf(turn), p5: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95), mean });
    }

    const outcomeCounts = this.outcomeCounts();
    const outcomes: OutcomeResult[] = scenario.outcomes.map((o, i) => {
      const byTurn: number[] = [];
      for (let turn = 0; turn <= depth; turn++) byTurn.push(n > 0 ? (outcomeCounts[turn * outcomeCount + i] as number) / n : 0);
      const probability = byTurn[depth] as number;
      return {
        id: o.id,
        label: o.label,
        terminal: o.terminal,
        probability,
        standardError: standardError(probability, n),
        ever: n > 0 ? (this.everCounts[i] as number) / n : 0,
        byTurn,
        standardErrorByTurn: byTurn.map((p) => standardError(p, n)),
      };
    });

    const summary = this.paths.summary(n, this.options.topPaths ?? 10);
    const topPaths: PathResult[] = summary.top.map((p) => ({
      moves: this.pathOf(p.rollout).map((code) => (code >= 0 ? (scenario.moves[code]?.id as string) : `${PASS}:${compiled.actorIds[-1 - code]}`)),
      probability: n > 0 ? p.count / n : 0,
      count: p.count,
      ended: p.ended === END_TERMINAL ? 'terminal' : p.ended === END_STALLED ? 'stalled' : null,
    }));

    const goldstein: GoldsteinResult[] = compiled.actorIds.map((actor, a) => {
      const sorted = this.goldsteinFinal.slice(a * this.total, a * this.total + n).sort();
      // Each turn's mean is the start plus the mean of the weights added up to that turn.
      const meanByTurn = [];
      let sum = 0;
      for (let turn = 0; turn <= depth; turn++) {
        sum += this.goldsteinSteps[turn * actorCount + a] as number;
        meanByTurn.push(n > 0 ? (this.start.cumulativeGoldstein[a] as number) + sum / n : Number.NaN);
      }
      const q = (p: number) => quantileSorted(sorted, p);
      return {
        actor,
        start: this.start.cumulativeGoldstein[a] as number,
        mean: meanByTurn[depth] as number,
        p5: q(0.05),
        p25: q(0.25),
        p50: q(0.5),
        p75: q(0.75),
        p95: q(0.95),
        meanByTurn,
      };
    });

    return {
      runs: n,
      depth,
      seed: this.options.seed,
      fan,
      outcomes,
      topPaths,
      goldstein,
      ended: { terminal: this.terminalEnds, stalled: this.stalledEnds },
      distinctPaths: summary.distinct,
    };
  }

  /** The move codes rollout r played: it is replayed, making the same draws as the hot loop. */
  private pathOf(r: number): number[] {
    const { model, depth } = this;
    const { catalog } = model;
    const rng = rolloutStream(this.options.seed, r);
    const codes: number[] = [];
    let sid = this.startSid;
    let slot = this.firstSlot;
    for (let turn = 1; turn <= depth && catalog.terminal[sid] !== 1; turn++) {
      const t = model.table(sid, slot);
      const total = model.tableTotal[t] as number;
      if (total <= 0) break;
      const first = model.tableStart[t] as number;
      const o = pick(model.optCumulative, first, first + (model.tableSize[t] as number), total, uniformFloat64(rng));
      codes.push(model.optCode[o] as number);
      slot = model.free ? 0 : (model.nextActor[(model.optActor[o] as number) + 1] as number);
      sid = model.next(o);
    }
    return codes;
  }

  private dateOf(turn: number): string {
    const { scenario } = this.model.compiled;
    const days = scenario.meta.daysPerTurn;
    if (turn === 0) return this.start.date;
    return this.start.atRoot ? addDays(scenario.turns.start, (turn - 1) * days) : addDays(this.start.date, turn * days);
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

export function checkOptions(options: RolloutOptions): void {
  const { runs, depth, seed } = options;
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS) {
    throw new EngineError('malformed', `The number of runs is ${runs}; it must be a whole number from 1 to ${MAX_RUNS.toLocaleString('en-US')}.`);
  }
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    throw new EngineError('malformed', `The depth is ${depth}; it must be a whole number of turns from 1 to ${MAX_DEPTH}.`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new EngineError('malformed', `The seed is ${seed}; it must be a whole number from 0 to ${MAX_SEED}.`);
  }
  const k = options.topPaths ?? 10;
  if (!Number.isInteger(k) || k < 0 || k > 1000) {
    throw new EngineError('malformed', `The number of top paths is ${k}; it must be a whole number from 0 to 1000.`);
  }
}
