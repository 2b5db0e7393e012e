/**
 * A rollout run's counters turned into its statistics: the tension fan, each outcome's curve, the
 * most likely paths and each actor's Goldstein sums.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { PASS } from '../types.ts';
import type { RolloutModel } from './choice-tables.ts';
import { lapseTrack, turnDate } from './lapse-track.ts';
import { END_STALLED, END_TERMINAL, type PathCounts } from './path-counts.ts';
import { pick } from './pick.ts';
import { prefixTree, type PrefixRecord } from './prefix-tree.ts';
import { DEFAULT_TOP_PATHS } from './spec.ts';
import type { StateCatalog } from './state-catalog.ts';
import { quantileCounts, quantileSorted, standardError } from './stats.ts';
import { rolloutStream } from './streams.ts';
import type { FanPoint, GoldsteinResult, OutcomeResult, PathResult, RolloutOptions, RolloutResult, RolloutStart } from './types.ts';

/** What a run has counted so far (see RolloutRun). */
export interface RunCounts {
  readonly model: RolloutModel;
  readonly start: RolloutStart;
  readonly options: RolloutOptions;
  /** Rollouts completed, and planned (the stride of goldsteinFinal). */
  readonly done: number;
  readonly total: number;
  /** classCounts[class * (depth + 1) + turn]: rollouts in a state of that class at that turn. */
  readonly classCounts: Float64Array;
  /** everCounts[i]: rollouts in which outcome i held at some turn. */
  readonly everCounts: Float64Array;
  /** goldsteinSteps[turn * actors + a]: Σ over rollouts of the Goldstein weight actor a added at that turn. */
  readonly goldsteinSteps: Float64Array;
  /** goldsteinFinal[a * total + r]: actor a's cumulative sum at the horizon of rollout r. */
  readonly goldsteinFinal: Float64Array;
  readonly terminalEnds: number;
  readonly stalledEnds: number;
  readonly paths: PathCounts;
  readonly prefixes: PrefixRecord;
  /** Where each rollout began: the start's sid and the slot of its first step. */
  readonly startSid: number;
  readonly firstSlot: number;
}

/** outcomeCounts[turn * outcomes + i]: rollouts in which outcome i holds at that turn. */
export function outcomeCounts(catalog: StateCatalog, classCounts: Float64Array, depth: number, outcomeCount: number): Float64Array {
  const stride = depth + 1;
  const out = new Float64Array(stride * outcomeCount);
  for (let c = 0; c < catalog.classCount && (c + 1) * stride <= classCounts.length; c++) {
    for (const i of catalog.classOutcomes[c] as Int32Array) {
      for (let turn = 0; turn < stride; turn++) out[turn * outcomeCount + i] = (out[turn * outcomeCount + i] as number) + (classCounts[c * stride + turn] as number);
    }
  }
  return out;
}

/** The statistics of the rollouts completed so far. */
export function summarise(run: RunCounts): RolloutResult {
  const { depth, seed } = run.options;
  const fan = fanOf(run);
  const outcomes = outcomesOf(run);
  const { topPaths, distinctPaths } = pathsOf(run);
  const goldstein = goldsteinOf(run);
  const tree = prefixTree(run.prefixes, run.prefixes.finalClass.length > 0 ? run.done : 0, run.model.compiled, run.model.catalog);
  return { runs: run.done, depth, seed, fan, outcomes, topPaths, goldstein, ended: { terminal: run.terminalEnds, stalled: run.stalledEnds }, distinctPaths, prefixTree: tree };
}

/** Tension quantiles per turn, from the visits per (tension value, turn) summed over the classes that share the value. */
function fanOf(run: RunCounts): FanPoint[] {
  const { catalog } = run.model;
  const { depth } = run.options;
  const n = run.done;
  const stride = depth + 1;
  const values = catalog.tensionValues;
  const tensionCounts = values.map(() => new Float64Array(stride));
  for (let c = 0; c < catalog.classCount && (c + 1) * stride <= run.classCounts.length; c++) {
    const row = tensionCounts[catalog.classTension[c] as number] as Float64Array;
    for (let turn = 0; turn < stride; turn++) row[turn] = (row[turn] as number) + (run.classCounts[c * stride + turn] as number);
  }
  const order = values.map((_v, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const sortedValues = order.map((i) => values[i] as number);
  const fan: FanPoint[] = [];
  for (let turn = 0; turn <= depth; turn++) {
    const counts = order.map((i) => tensionCounts[i]?.[turn] ?? 0);
    const mean = n > 0 ? counts.reduce((s, c, k) => s + c * (sortedValues[k] as number), 0) / n : Number.NaN;
    const q = (p: number) => quantileCounts(sortedValues, counts, n, p);
    fan.push({ turn, date: turnDate(run.model.compiled.scenario, run.start, turn), p5: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95), mean });
  }
  return fan;
}

function outcomesOf(run: RunCounts): OutcomeResult[] {
  const { catalog, compiled } = run.model;
  const { depth } = run.options;
  const n = run.done;
  const outcomeCount = compiled.scenario.outcomes.length;
  const counts = outcomeCounts(catalog, run.classCounts, depth, outcomeCount);
  return compiled.scenario.outcomes.map((o, i) => {
    const byTurn: number[] = [];
    for (let turn = 0; turn <= depth; turn++) byTurn.push(n > 0 ? (counts[turn * outcomeCount + i] as number) / n : 0);
    const probability = byTurn[depth] as number;
    return {
      id: o.id,
      label: o.label,
      terminal: o.terminal,
      probability,
      standardError: standardError(probability, n),
      ever: n > 0 ? (run.everCounts[i] as number) / n : 0,
      byTurn,
      standardErrorByTurn: byTurn.map((p) => standardError(p, n)),
    };
  });
}

function pathsOf(run: RunCounts): { topPaths: PathResult[]; distinctPaths: number } {
  const { compiled } = run.model;
  const { scenario } = compiled;
  const n = run.done;
  const summary = run.paths.summary(n, run.options.topPaths ?? DEFAULT_TOP_PATHS);
  const topPaths = summary.top.map((p) => ({
    moves: pathOf(run, p.rollout).map((code) => (code >= 0 ? (scenario.moves[code]?.id as string) : `${PASS}:${compiled.actorIds[-1 - code]}`)),
    probability: n > 0 ? p.count / n : 0,
    count: p.count,
    ended: p.ended === END_TERMINAL ? ('terminal' as const) : p.ended === END_STALLED ? ('stalled' as const) : null,
  }));
  return { topPaths, distinctPaths: summary.distinct };
}

function goldsteinOf(run: RunCounts): GoldsteinResult[] {
  const { compiled } = run.model;
  const { depth } = run.options;
  const n = run.done;
  const actorCount = compiled.actorIds.length;
  return compiled.actorIds.map((actor, a) => {
    const sorted = run.goldsteinFinal.slice(a * run.total, a * run.total + n).sort();
    // Each turn's mean is the start plus the mean of the weights added up to that turn.
    const meanByTurn = [];
    let sum = 0;
    for (let turn = 0; turn <= depth; turn++) {
      sum += run.goldsteinSteps[turn * actorCount + a] as number;
      meanByTurn.push(n > 0 ? (run.start.cumulativeGoldstein[a] as number) + sum / n : Number.NaN);
    }
    const q = (p: number) => quantileSorted(sorted, p);
    return {
      actor,
      start: run.start.cumulativeGoldstein[a] as number,
      mean: meanByTurn[depth] as number,
      p5: q(0.05),
      p25: q(0.25),
      p50: q(0.5),
      p75: q(0.75),
      p95: q(0.95),
      meanByTurn,
    };
  });
}

/** The move codes rollout r played: it is replayed, making the same draws as the hot loop. */
function pathOf(run: RunCounts, r: number): number[] {
  const { model } = run;
  const { catalog } = model;
  const rng = rolloutStream(run.options.seed, r);
  const codes: number[] = [];
  let sid = run.startSid;
  let slot = run.firstSlot;
  const lapses = lapseTrack(model, run.start, run.options.depth);
  if (lapses !== null) lapses.reset();
  for (let turn = 1; turn <= run.options.depth && catalog.terminal[sid] !== 1; turn++) {
    if (lapses !== null) {
      sid = lapses.due(sid, turn);
      if (catalog.terminal[sid] === 1) break;
    }
    const t = model.table(sid, slot);
    const total = model.tableTotal[t] as number;
    if (total <= 0) break;
    const first = model.tableStart[t] as number;
    const o = pick(model.optCumulative, first, first + (model.tableSize[t] as number), total, uniformFloat64(rng));
    const code = model.optCode[o] as number;
    codes.push(code);
    slot = model.free ? 0 : (model.nextActor[(model.optActor[o] as number) + 1] as number);
    const next = model.next(o);
    if (lapses !== null) lapses.played(code, sid, next, turn);
    sid = next;
  }
  return codes;
}
