/**
 * Rollout speed (issue 6): rollout steps per second on the compiled engine, through XState (a short
 * run), and through a reducer written by hand for tests/fixtures/rollout-bench.yaml — the practical
 * limit — after checking all three give the same statistics for the same seed. The reducer is timed
 * twice: as the compiled engine works (counting paths too, like for like) and without path counting.
 * Then 10,000 rollouts × depth 20 of March 2019: cold (the first call in a fresh child process:
 * compile, model and rollouts; the median of several processes) and warm (median in this process).
 * Targets: compiled within 2× of the hand-written reducer; March 2019 10,000 × 20 under 0.2 s.
 *
 * `npm run bench` calls runRolloutBench(); `npx tsx bench/rollout.ts` runs it alone;
 * `node --import tsx bench/rollout.ts --cold` is one cold run (prints JSON).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { initialTransition, transition } from 'xstate';
import { buildMachine } from '../src/engine/build-machine.ts';
import { compileScenario } from '../src/engine/compile.ts';
import { conditionHolds, PASS, startTimeline, tensionOf, type PostureState } from '../src/engine/index.ts';
import { rolloutStartAt, runRollouts, type RolloutResult } from '../src/engine/rollout/index.ts';
import { FINGERPRINT_A, FINGERPRINT_B, foldA, foldB, PathCounts } from '../src/engine/rollout/path-counts.ts';
import { quantileCounts } from '../src/engine/rollout/stats.ts';
import { rolloutStream } from '../src/engine/rollout/streams.ts';
import { loadScenario } from '../src/scenario/load.ts';
import type { Scenario } from '../src/scenario/types.ts';

const SEED = 20190228;

/**
 * What all three implementations must agree on: per turn, tension percentiles and outcome counts;
 * with path counting, the number of distinct paths and the counts of the most frequent.
 */
interface Stats {
  readonly fan: readonly (readonly number[])[];
  readonly outcomes: readonly (readonly number[])[];
  readonly paths?: { readonly distinct: number; readonly top: readonly number[] };
}

const TOP_PATHS = 10;

function load(file: string): Scenario {
  const result = loadScenario(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(`${file} is invalid: ${result.problems[0]?.message}`);
  return result.scenario;
}

function statsOf(result: RolloutResult, paths: boolean): Stats {
  return {
    fan: result.fan.map((f) => [f.p5, f.p25, f.p50, f.p75, f.p95]),
    outcomes: result.fan.map((f) => result.outcomes.map((o) => Math.round((o.byTurn[f.turn] ?? 0) * result.runs))),
    ...(paths ? { paths: { distinct: result.distinctPaths, top: result.topPaths.map((p) => p.count) } } : {}),
  };
}

/** Tension values by index and per-turn counts → the same percentiles RolloutRun reports. */
function fanFromCounts(values: readonly number[], counts: Float64Array, runs: number, depth: number): number[][] {
  const order = values.map((_v, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const sorted = order.map((i) => values[i] as number);
  return Array.from({ length: depth + 1 }, (_t, turn) => {
    const c = order.map((i) => counts[turn * values.length + i] as number);
    return [0.05, 0.25, 0.5, 0.75, 0.95].map((q) => quantileCounts(sorted, c, runs, q));
  });
}

// ---------------------------------------------------------------------------------------------
// The hand-written reducer for rollout-bench.yaml. State packed as compile.ts does:
// alert a (stride 1, 3 levels), talks t (stride 3, 2 levels), tests k (stride 6, 3 levels).
const ESC_ALERT = [0, 4, 8];
const ESC_TALKS = [1, 5];
const ESC_TESTS = [0, 5, 9];
const TENSION_MIN = 1;
const TENSION_MAX = 22;
const GOLDSTEIN = [-7, -7.2, 9, -4, 4, -7, -7, 10]; // raise mobilise de-escalate freeze reopen test-short test-long halt

/** `countPaths`: also fingerprint each rollout's moves and count paths, as the compiled engine does. */
function handRollouts(runs: number, depth: number, seed: number, countPaths: boolean): Stats {
  const sums = TENSION_MAX + 1;
  const values = Array.from({ length: sums }, (_v, s) => ((s - TENSION_MIN) / (TENSION_MAX - TENSION_MIN)) * 100);
  const tension = new Float64Array((depth + 1) * sums);
  const outcomes = new Float64Array((depth + 1) * 2);
  const goldstein = new Float64Array((depth + 1) * 2);
  const cum = new Float64Array(6);
  const code = new Int32Array(6);
  const paths = new PathCounts(countPaths ? runs : 0);
  for (let r = 0; r < runs; r++) {
    const rng = rolloutStream(seed, r);
    let laneA = FINGERPRINT_A;
    let laneB = FINGERPRINT_B;
    let moves = 0;
    let ended = 0;
    let s = 0;
    let actor = 1; // the last mover: at the root, x (0) moves first
    let g0 = 0;
    let g1 = 0;
    for (let turn = 0; turn <= depth; turn++) {
      let a = s % 3;
      let t = ((s / 3) | 0) % 2;
      let k = (s / 6) | 0;
      if (turn > 0 && k === 2 && ended === 0) ended = 1;
      if (turn > 0 && k !== 2) {
        const mover = actor === 0 ? 1 : 0;
        let n = 0;
        let total = 0;
        if (mover === 0) {
          if (a === 0) { total += k >= 1 ? 4 : 2; cum[n] = total; code[n++] = 0; }
          if (a === 1) { total += 1; cum[n] = total; code[n++] = 1; }
          if (a >= 1) { total += t === 0 ? 2 : 1; cum[n] = total; code[n++] = 2; }
          if (t === 0) { total += 1; cum[n] = total; code[n++] = 3; }
          if (t === 1) { total += 1; cum[n] = total; code[n++] = 4; }
        } else {
          if (k === 0) { total += 2; cum[n] = total; code[n++] = 5; }
          if (k === 1) { total += a === 2 ? 0.5 : 1; cum[n] = total; code[n++] = 6; }
          if (k >= 1) { total += t === 0 ? 3 : 1; cum[n] = total; code[n++] = 7; }
        }
        total += 1; cum[n] = total; code[n++] = -1 - mover;
        const target = uniformFloat64(rng) * total;
        let i = 0;
        while (i < n - 1 && !(target < (cum[i] as number))) i++;
        const c = code[i] as number;
        if (c === 0) a = 1;
        else if (c === 1) a = 2;
        else if (c === 2) a = 0;
        else if (c === 3) t = 1;
        else if (c === 4) t = 0;
        else if (c === 5) k = 1;
        else if (c === 6) k = 2;
        else if (c === 7) k = 0;
        if (countPaths) {
          laneA = foldA(laneA, c);
          laneB = foldB(laneB, c);
          moves++;
        }
        if (c >= 0) {
          if (mover === 0) g0 += GOLDSTEIN[c] as number;
          else g1 += GOLDSTEIN[c] as number;
        }
        s = a + 3 * t + 6 * k;
        actor = mover;
      }
      const sum = (ESC_ALERT[a] as number) + (ESC_TALKS[t] as number) + (ESC_TESTS[k] as number);
      tension[turn * sums + sum] = (tension[turn * sums + sum] as number) + 1;
      if (a === 2 && k >= 1) outcomes[turn * 2] = (outcomes[turn * 2] as number) + 1;
      if (k === 2) outcomes[turn * 2 + 1] = (outcomes[turn * 2 + 1] as number) + 1;
      goldstein[turn * 2] = (goldstein[turn * 2] as number) + g0;
      goldstein[turn * 2 + 1] = (goldstein[turn * 2 + 1] as number) + g1;
    }
    if (countPaths) paths.record(r, laneA, laneB, moves, ended);
  }
  const present = values.map((_v, i) => i).filter((i) => Array.from({ length: depth + 1 }, (_t, turn) => tension[turn * sums + i] as number).some((c) => c > 0));
  const counts = new Float64Array((depth + 1) * present.length);
  for (let turn = 0; turn <= depth; turn++) present.forEach((i, j) => (counts[turn * present.length + j] = tension[turn * sums + i] as number));
  return {
    fan: fanFromCounts(present.map((i) => values[i] as number), counts, runs, depth),
    outcomes: Array.from({ length: depth + 1 }, (_t, turn) => [outcomes[turn * 2] as number, outcomes[turn * 2 + 1] as number]),
    ...(countPaths ? { paths: pathStats(paths.summary(runs, TOP_PATHS)) } : {}),
  };
}

function pathStats(summary: { distinct: number; top: readonly { count: number }[] }): Stats['paths'] {
  return { distinct: summary.distinct, top: summary.top.map((p) => p.count) };
}

// ---------------------------------------------------------------------------------------------
// The XState path: the machine decides which moves are open and applies them; weights from the
// scenario's propensities; the same draws.
function xstateRollouts(scenario: Scenario, runs: number, depth: number, seed: number): Stats {
  const machine = buildMachine(scenario);
  const order = scenario.turns.order ?? scenario.actors.map((a) => a.id);
  const values: number[] = [];
  const index = new Map<number, number>();
  const tension: number[][] = [];
  const outcomes = Array.from({ length: depth + 1 }, () => scenario.outcomes.map(() => 0));
  const terminal = scenario.outcomes.filter((o) => o.terminal);
  const record = (turn: number, postures: PostureState) => {
    const v = tensionOf(scenario, postures);
    let i = index.get(v);
    if (i === undefined) {
      i = values.length;
      values.push(v);
      index.set(v, i);
      tension.push(new Array<number>(depth + 1).fill(0));
    }
    (tension[i] as number[])[turn] = ((tension[i] as number[])[turn] as number) + 1;
    scenario.outcomes.forEach((o, j) => {
      if (conditionHolds(scenario, o.when, postures)) (outcomes[turn] as number[])[j] = ((outcomes[turn] as number[])[j] as number) + 1;
    });
  };
  for (let r = 0; r < runs; r++) {
    const rng = rolloutStream(seed, r);
    let [snapshot] = initialTransition(machine);
    let last: string | null = null;
    record(0, snapshot.value as PostureState);
    for (let turn = 1; turn <= depth; turn++) {
      const postures = snapshot.value as PostureState;
      if (!terminal.some((o) => conditionHolds(scenario, o.when, postures))) {
        const actor: string = last === null ? (order[0] as string) : (order[(order.indexOf(last) + 1) % order.length] as string);
        const options: { move: string; w: number }[] = [];
        for (const m of scenario.moves) {
          if (m.actor !== actor || !snapshot.can({ type: 'move', actor, move: m.id })) continue;
          let w = m.propensity.base;
          for (const mod of m.propensity.modifiers) if (conditionHolds(scenario, mod.when, postures)) w *= mod.factor;
          options.push({ move: m.id, w });
        }
        if (scenario.turns.pass.allowed) options.push({ move: PASS, w: scenario.turns.pass.weight });
        const total = options.reduce((s, o) => s + o.w, 0);
        if (total > 0) {
          const target = uniformFloat64(rng) * total;
          let acc = 0;
          let pick = options[options.length - 1] as { move: string };
          for (const o of options) {
            acc += o.w;
            if (target < acc) {
              pick = o;
              break;
            }
          }
          [snapshot] = transition(machine, snapshot, { type: 'move', actor, move: pick.move });
          last = actor;
        }
      }
      record(turn, snapshot.value as PostureState);
    }
  }
  const counts = new Float64Array((depth + 1) * values.length);
  for (let turn = 0; turn <= depth; turn++) values.forEach((_v, i) => (counts[turn * values.length + i] = (tension[i] as number[])[turn] as number));
  return { fan: fanFromCounts(values, counts, runs, depth), outcomes };
}

function same(a: Stats, b: Stats): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const cpuNow = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

function timed<T>(run: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = cpuNow();
  const t = performance.now();
  const value = run();
  return { value, ms: performance.now() - t, cpuMs: cpuNow() - cpu };
}

/**
 * Interleaved timing of several contenders, `times` rounds after `warmups`: each round runs every
 * contender once, so a burst of load on this shared machine hits them alike. Median per contender.
 */
function interleaved(warmups: number, times: number, contenders: readonly (() => unknown)[]): { ms: number; all: number[] }[] {
  for (let i = 0; i < warmups; i++) for (const run of contenders) run();
  const rounds = Array.from({ length: times }, () => contenders.map((run) => timed(run).ms));
  return contenders.map((_run, k) => {
    const all = rounds.map((round) => round[k] as number).sort((a, b) => a - b);
    return { ms: all[Math.floor(times / 2)] as number, all };
  });
}

/** CPU time of this thread alone (Linux), which other processes' load inflates far less than wall time. */
function threadCpuMs(): number {
  const file = `/proc/self/task/${process.pid}/schedstat`;
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split(' ')[0]) / 1e6 : Number.NaN;
}

const MARCH = 'scenarios/march-2019.yaml';
const MARCH_OPTIONS = { runs: 10_000, depth: 20, seed: SEED };

interface Cold {
  readonly ms: number;
  /** All threads (compiler and GC helpers too). */
  readonly cpuMs: number;
  readonly mainMs: number;
}

/** One cold run, in this (fresh) process: compile, model, rollouts and statistics; loading and the start point are not timed. */
function coldRun(): Cold {
  const march = load(MARCH);
  const start = rolloutStartAt(startTimeline(march), 0);
  const main = threadCpuMs();
  const { ms, cpuMs } = timed(() => runRollouts(compileScenario(march), start, MARCH_OPTIONS));
  return { ms, cpuMs, mainMs: threadCpuMs() - main };
}

/** Cold runs in fresh child processes (the first call in each). */
function coldRuns(processes: number): Cold[] {
  return Array.from({ length: processes }, () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--cold'], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`cold run failed: ${child.stderr}`);
    return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '') as Cold;
  });
}

export function runRolloutBench(): { ok: boolean } {
  const f = (n: number) => Math.round(n).toLocaleString('en-US');
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(`\nrollouts (issue 6) · node ${process.version} · seed ${SEED}`);

  const load1 = loadavg()[0] ?? 0;
  console.log(`  machine: ${availableParallelism()} cores, load average ${load1.toFixed(1)}${load1 > availableParallelism() / 2 ? ' (busy: wall times are inflated; the main-thread CPU time much less so)' : ''}`);
  const COLD_PROCESSES = 9;
  const cold = coldRuns(COLD_PROCESSES);
  const mid = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const coldMs = mid(cold.map((c) => c.ms));
  const march = load(MARCH);
  const marchCompiled = compileScenario(march);
  const marchStart = rolloutStartAt(startTimeline(march), 0);
  let seed = SEED;
  const [warm] = interleaved(3, 9, [() => runRollouts(marchCompiled, marchStart, { ...MARCH_OPTIONS, seed: ++seed })]);
  const verdict = (x: number) => (x < 200 ? `met, ${(200 / x).toFixed(1)}× margin` : 'MISSED');
  const range = (xs: readonly number[]) => `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`;
  console.log(`  march-2019 10,000 × 20 (target < 200 ms):`);
  console.log(
    `    cold  ${ms(coldMs)} median of ${COLD_PROCESSES} fresh processes (range ${range(cold.map((c) => c.ms))}; main-thread CPU ${ms(mid(cold.map((c) => c.mainMs)))}, all threads ${ms(mid(cold.map((c) => c.cpuMs)))}) · first call: compile + model + rollouts + statistics · ${verdict(coldMs)}`,
  );
  console.log(`    warm  ${ms(warm?.ms ?? 0)} median of 9 after 3 warm-ups (range ${range(warm?.all ?? [])})`);

  const scenario = load('tests/fixtures/rollout-bench.yaml');
  const compiled = compileScenario(scenario);
  const start = rolloutStartAt(startTimeline(scenario), 0);
  const RUNS = 20_000;
  const DEPTH = 20;
  const steps = RUNS * DEPTH;
  const runCompiled = () => runRollouts(compiled, start, { runs: RUNS, depth: DEPTH, seed: SEED, topPaths: TOP_PATHS });
  const [compiledTime, handPathsTime, handTime] = interleaved(3, 11, [runCompiled, () => handRollouts(RUNS, DEPTH, SEED, true), () => handRollouts(RUNS, DEPTH, SEED, false)]);
  const compiledRun = { value: runCompiled(), ms: compiledTime?.ms ?? Number.NaN };
  const handPaths = { value: handRollouts(RUNS, DEPTH, SEED, true), ms: handPathsTime?.ms ?? Number.NaN };
  const hand = { value: handRollouts(RUNS, DEPTH, SEED, false), ms: handTime?.ms ?? Number.NaN };
  const XS_RUNS = 200;
  const xs = timed(() => xstateRollouts(scenario, XS_RUNS, DEPTH, SEED));
  const compiledShort = statsOf(runRollouts(compiled, start, { runs: XS_RUNS, depth: DEPTH, seed: SEED }), false);
  const handAgrees = same(statsOf(compiledRun.value, true), handPaths.value) && same(statsOf(compiledRun.value, false), hand.value);
  const xstateAgrees = same(compiledShort, xs.value);
  const perS = (n: number, t: number) => n / (t / 1000);
  const likeForLike = compiledRun.ms / handPaths.ms;
  const unlike = compiledRun.ms / hand.ms;
  console.log(`  rollout-bench ${f(RUNS)} × ${DEPTH} (median of 11 interleaved rounds after 3 warm-ups), steps/s:`);
  console.log(`    compiled engine            ${f(perS(steps, compiledRun.ms)).padStart(11)}  (${compiledRun.ms.toFixed(1)} ms; fan, outcomes, Goldstein, paths)`);
  console.log(
    `    hand-written, with paths   ${f(perS(steps, handPaths.ms)).padStart(11)}  (${handPaths.ms.toFixed(1)} ms; the same work) · like for like: compiled takes ${likeForLike.toFixed(2)}× its time  (target ≤ 2×: ${likeForLike <= 2 ? 'met' : 'MISSED'})`,
  );
  console.log(`    hand-written, no paths     ${f(perS(steps, hand.ms)).padStart(11)}  (${hand.ms.toFixed(1)} ms; fan, outcomes, Goldstein) · compiled (with paths) takes ${unlike.toFixed(2)}× its time`);
  console.log(`    XState                     ${f(perS(XS_RUNS * DEPTH, xs.ms)).padStart(11)}  (${XS_RUNS} × ${DEPTH} in ${xs.ms.toFixed(0)} ms) · compiled is ${f(perS(steps, compiledRun.ms) / perS(XS_RUNS * DEPTH, xs.ms))}× faster`);
  console.log(`    same statistics (and paths): hand-written ${handAgrees ? 'yes' : 'NO'} · XState ${xstateAgrees ? 'yes' : 'NO'}`);
  return { ok: handAgrees && xstateAgrees };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--cold')) console.log(JSON.stringify(coldRun()));
  else {
    const { ok } = runRolloutBench();
    if (!ok) process.exitCode = 1;
  }
}
