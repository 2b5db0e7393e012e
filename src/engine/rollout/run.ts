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
import { ACTOR, CODE, GOLDSTEIN, modelFor, NEXT, pick, STRIDE, type RolloutModel, type StateInfo } from './model.ts';
import { END_FULL, END_STALLED, END_TERMINAL, PathTrie } from './path-trie.ts';
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
  private readonly depth: number;
  private readonly options: RolloutOptions;
  private readonly trie = new PathTrie();
  /** tensionCounts[tensionId][turn] */
  private readonly tensionCounts: Float64Array[] = [];
  /** outcomeCounts[turn * outcomes + i] */
  private readonly outcomeCounts: Float64Array;
  private readonly everCounts: Float64Array;
  private readonly ever: Uint8Array;
  /** goldsteinSteps[turn * actors + a]: Σ over rollouts of the Goldstein weight actor a added at that turn. */
  private readonly goldsteinSteps: Float64Array;
  private readonly goldsteinFinal: Float64Array[];
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
    this.outcomeCounts = new Float64Array((this.depth + 1) * outcomes);
    this.everCounts = new Float64Array(outcomes);
    this.ever = new Uint8Array(outcomes);
    this.goldsteinSteps = new Float64Array((this.depth + 1) * actors);
    this.goldsteinFinal = compiled.actorIds.map(() => new Float64Array(options.runs));
    this.goldstein = new Float64Array(actors);
    if (start.cumulativeGoldstein.length !== actors) {
      throw new EngineError('malformed', `The rollout start has ${start.cumulativeGoldstein.length} Goldstein sums; the scenario has ${actors} actors.`);
    }
    this.tracked = trackOutcome;
    this.trackedFlags = new Uint8Array(trackOutcome >= 0 ? options.runs : 0);
  }

  get completed(): number {
    return this.done;
  }

  /** Runs up to `count` more rollouts; returns how many are done in all. */
  advance(count: number): number {
    const end = Math.min(this.total, this.done + count);
    for (let r = this.done; r < end; r++) this.rollout(r);
    this.done = end;
    return this.done;
  }

  private rollout(r: number): void {
    const { model, depth, start, trie, goldstein, ever } = this;
    const outcomeCount = ever.length;
    const actorCount = goldstein.length;
    const rng = rolloutStream(this.options.seed, r);
    let state = start.state;
    // null until the first move: the first mover is the start's (see RolloutStart.nextActor).
    let last: number | null = null;
    const firstSlot = model.firstSlot(start);
    let node = 0;
    let ended = END_FULL;
    for (let a = 0; a < actorCount; a++) goldstein[a] = start.cumulativeGoldstein[a] as number;
    ever.fill(0);
    let info = model.info(state);
    const { free, nextActor } = model;
    for (let turn = 0; turn <= depth; turn++) {
      if (turn > 0 && ended === END_FULL) {
        if (info.terminal) ended = END_TERMINAL;
        else {
          const slot = last === null ? firstSlot : free ? 0 : (nextActor[last + 1] as number);
          const table = info.tables[slot] ?? model.table(info, state, slot);
          if (table.total <= 0) ended = END_STALLED;
          else {
            const i = pick(table, uniformFloat64(rng));
            const at = i * STRIDE;
            const { data } = table;
            const actor = data[at + ACTOR] as number;
            const g = data[at + GOLDSTEIN] as number;
            if (g !== 0) {
              goldstein[actor] = (goldstein[actor] as number) + g;
              const k = turn * actorCount + actor;
              this.goldsteinSteps[k] = (this.goldsteinSteps[k] as number) + g;
            }
            state = data[at + NEXT] as number;
            info = table.nextInfo[i] ?? (table.nextInfo[i] = model.info(state));
            last = actor;
            node = trie.child(node, data[at + CODE] as number);
          }
        }
      }
      this.record(turn, info, outcomeCount);
    }
    if (ended === END_TERMINAL) this.terminalEnds++;
    else if (ended === END_STALLED) this.stalledEnds++;
    trie.end(node, ended);
    if (this.tracked >= 0 && model.info(state).outcomes.includes(this.tracked)) this.trackedFlags[r] = 1;
    for (let a = 0; a < actorCount; a++) (this.goldsteinFinal[a] as Float64Array)[r] = goldstein[a] as number;
    for (let i = 0; i < outcomeCount; i++) this.everCounts[i] = (this.everCounts[i] as number) + (ever[i] as number);
  }

  private record(turn: number, info: StateInfo, outcomeCount: number): void {
    let counts = this.tensionCounts[info.tensionId];
    if (counts === undefined) {
      counts = new Float64Array(this.depth + 1);
      this.tensionCounts[info.tensionId] = counts;
    }
    counts[turn] = (counts[turn] as number) + 1;
    const { outcomes } = info;
    for (let k = 0; k < outcomes.length; k++) {
      const i = outcomes[k] as number;
      const at = turn * outcomeCount + i;
      this.outcomeCounts[at] = (this.outcomeCounts[at] as number) + 1;
      this.ever[i] = 1;
    }
  }

  /** Share of the completed rollouts in which outcome i holds at the horizon (for sensitivity). */
  horizonProbability(outcome: number): number {
    const n = this.done;
    const outcomes = this.ever.length;
    return n > 0 ? (this.outcomeCounts[this.depth * outcomes + outcome] as number) / n : 0;
  }

  /** The statistics of the rollouts completed so far. */
  result(): RolloutResult {
    const { model, depth } = this;
    const { compiled } = model;
    const { scenario } = compiled;
    const n = this.done;
    const outcomeCount = scenario.outcomes.length;
    const actorCount = compiled.actorIds.length;

    const order = model.tensionValues.map((_v, i) => i).sort((a, b) => (model.tensionValues[a] as number) - (model.tensionValues[b] as number));
    const values = order.map((i) => model.tensionValues[i] as number);
    const fan: FanPoint[] = [];
    for (let turn = 0; turn <= depth; turn++) {
      const counts = order.map((i) => this.tensionCounts[i]?.[turn] ?? 0);
      const mean = n > 0 ? counts.reduce((s, c, k) => s + c * (values[k] as number), 0) / n : Number.NaN;
      const q = (p: number) => quantileCounts(values, counts, n, p);
      fan.push({ turn, date: this.dateOf(turn), p5: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95), mean });
    }

    const outcomes: OutcomeResult[] = scenario.outcomes.map((o, i) => {
      const byTurn: number[] = [];
      for (let turn = 0; turn <= depth; turn++) byTurn.push(n > 0 ? (this.outcomeCounts[turn * outcomeCount + i] as number) / n : 0);
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

    const topPaths: PathResult[] = this.trie.top(this.options.topPaths ?? 10).map((p) => ({
      moves: p.codes.map((code) => (code >= 0 ? (scenario.moves[code]?.id as string) : `${PASS}:${compiled.actorIds[-1 - code]}`)),
      probability: n > 0 ? p.count / n : 0,
      count: p.count,
      ended: p.reason === END_TERMINAL ? 'terminal' : p.reason === END_STALLED ? 'stalled' : null,
    }));

    const goldstein: GoldsteinResult[] = compiled.actorIds.map((actor, a) => {
      const sorted = (this.goldsteinFinal[a] as Float64Array).slice(0, n).sort();
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
      distinctPaths: this.trie.distinct(),
    };
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
