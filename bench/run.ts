/**
 * `npm run bench`: the engine's speed and size, for every shipped scenario and engine fixture.
 * Run with --expose-gc (the npm script does) so retained memory can be measured after a collection.
 *
 *   events/s through XState's pure `transition` vs the compiled engine, on one seeded sequence of
 *   legal moves; legal-move listing (`snapshot.can` vs `openMoves`); a full exploration; and the
 *   retained bytes per timeline node. Targets: compiled ≥ 300× XState; exploring March 2019 < 100 ms;
 *   ≤ 64 bytes per node.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { initialTransition, transition } from 'xstate';
import { buildMachine } from '../src/engine/build-machine.ts';
import { compileScenario } from '../src/engine/compile.ts';
import { explore, timelineFromJSON, type TimelineJson } from '../src/engine/index.ts';
import { nextActorIds } from '../src/engine/turns.ts';
import { loadScenario } from '../src/scenario/load.ts';
import type { Scenario } from '../src/scenario/types.ts';

const SEED = 20190228;
const gc = (globalThis as { gc?: () => void }).gc;

function files(): string[] {
  const shipped = existsSync('scenarios') ? readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).map((f) => `scenarios/${f}`) : [];
  const fixtures = readdirSync('tests/fixtures').filter((f) => /^engine-.*\.yaml$/.test(f)).map((f) => `tests/fixtures/${f}`);
  return [...shipped, ...fixtures];
}

/** A seeded sequence of legal moves (move indices; -1 = back to the start when nothing is open or the game ended). */
function legalSequence(scenario: Scenario, length: number): number[] {
  const c = compileScenario(scenario);
  const rng = xoroshiro128plus(SEED);
  const out: number[] = [];
  let state = c.initial;
  let depth = 0;
  while (out.length < length) {
    const open: number[] = [];
    for (let m = 0; m < scenario.moves.length; m++) if (c.isOpen(state, m)) open.push(m);
    if (open.length === 0 || depth >= 30) {
      out.push(-1);
      state = c.initial;
      depth = 0;
      continue;
    }
    const m = open[uniformInt(rng, 0, open.length - 1)] as number;
    out.push(m);
    state = c.apply(state, m);
    depth++;
  }
  return out;
}

function timeIt(run: () => void, minMs = 200): number {
  let reps = 0;
  const start = performance.now();
  do {
    run();
    reps++;
  } while (performance.now() - start < minMs);
  return (performance.now() - start) / reps;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** A session-like tree of legal moves (honouring turns), as JSON, built with the compiled form. */
function bigTimelineJson(scenario: Scenario, nodes: number): TimelineJson {
  const c = compileScenario(scenario);
  const rng = xoroshiro128plus(SEED + 1);
  const state = [c.initial];
  const last: (string | null)[] = [null];
  const depth = [0];
  const entries: [number, number, number, number][] = [];
  const start = Date.parse(`${scenario.turns.start}T00:00:00Z`);
  const from = Date.parse(`${scenario.meta.span.from}T00:00:00Z`);
  const startDay = Math.round((start - from) / 86_400_000);
  let attempts = 0;
  while (entries.length < nodes && attempts++ < nodes * 20) {
    // Mostly extend a recent node, sometimes branch from an older one.
    const size = state.length;
    const parent = uniformInt(rng, 0, 9) < 8 ? size - 1 - uniformInt(rng, 0, Math.min(3, size - 1)) : uniformInt(rng, 0, size - 1);
    const s = state[parent] as number;
    const actors = nextActorIds(scenario, last[parent] ?? null, c.isTerminal(s));
    if (actors.length === 0) continue;
    const actor = actors[uniformInt(rng, 0, actors.length - 1)] as string;
    const a = c.actorIds.indexOf(actor);
    const open = c.openMoves(s, a);
    const choices = [...open, ...(c.canPass(s) ? [-1 - a] : [])];
    if (choices.length === 0) continue;
    const code = choices[uniformInt(rng, 0, choices.length - 1)] as number;
    const day = parent === 0 ? startDay : (entries[parent - 1]?.[3] ?? 0) + scenario.meta.daysPerTurn;
    entries.push([parent, code, 2, day]);
    state.push(code >= 0 ? c.apply(s, code) : s);
    last.push(actor);
    depth.push((depth[parent] ?? 0) + 1);
  }
  return { format: 1, scenario: { id: scenario.meta.id, hash: scenario.hash }, nodes: entries, names: {} };
}

function retainedBytesPerNode(scenario: Scenario, nodes: number): { bytes: number; nodes: number; store: number } {
  const json = bigTimelineJson(scenario, nodes);
  const used = () => {
    gc?.();
    gc?.();
    const m = process.memoryUsage();
    // `external` already includes `arrayBuffers` (the typed arrays of the node store).
    return m.heapUsed + m.external;
  };
  const before = used();
  const loaded = timelineFromJSON(scenario, json);
  if (!loaded.ok) throw new Error(loaded.error);
  const after = used();
  const timeline = loaded.timeline as typeof loaded.timeline & { storeBytes(): number };
  return { bytes: (after - before) / timeline.size, nodes: timeline.size, store: timeline.storeBytes() / timeline.size };
}

function benchScenario(file: string): void {
  const result = loadScenario(readFileSync(file, 'utf8'), file);
  if (!result.ok) {
    console.log(`${file}: invalid, skipped (${result.problems[0]?.message})`);
    return;
  }
  const scenario = result.scenario;
  const machine = buildMachine(scenario);
  const c = compileScenario(scenario);
  const events = scenario.moves.map((m) => ({ type: 'move' as const, actor: m.actor, move: m.id }));
  const sequence = legalSequence(scenario, 2_000);
  const moveCount = sequence.filter((m) => m >= 0).length;
  const [start] = initialTransition(machine);

  const xstateMs = timeIt(() => {
    let s = start;
    for (const m of sequence) s = m < 0 ? start : transition(machine, s, events[m] as (typeof events)[number])[0];
  }, 1_000);
  let sink = 0;
  const compiledMs = timeIt(() => {
    let s = c.initial;
    for (const m of sequence) s = m < 0 ? c.initial : c.apply(s, m);
    sink += s;
  });
  const xstatePerS = moveCount / (xstateMs / 1000);
  const compiledPerS = moveCount / (compiledMs / 1000);

  // Listing legal moves at the states of the sequence.
  const states: number[] = [];
  let s = c.initial;
  for (const m of sequence.slice(0, 200)) {
    s = m < 0 ? c.initial : c.apply(s, m);
    states.push(s);
  }
  const snapshots = states.map((st) => machine.resolveState({ value: c.unpack(st) as never, context: start.context }));
  const canMs = timeIt(() => {
    for (const snap of snapshots) for (const e of events) sink += snap.can(e) ? 1 : 0;
  });
  const openMs = timeIt(() => {
    for (const st of states) for (let a = 0; a < c.actorIds.length; a++) sink += c.openMoves(st, a).length;
  });

  explore(scenario); // warm up
  const exploreMs = median(Array.from({ length: 7 }, () => {
    const t = performance.now();
    explore(scenario);
    return performance.now() - t;
  }));
  const reachable = explore(scenario).reachableStates;
  const memory = retainedBytesPerNode(scenario, 100_000);

  const f = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log(`\n${file}  (${scenario.moves.length} moves, ${c.postures.length} postures, ${f(reachable)} reachable states)`);
  console.log(`  events/s  XState transition ${f(xstatePerS)} · compiled ${f(compiledPerS)} · ratio ${f(compiledPerS / xstatePerS)}×  (target ≥ 300×)`);
  console.log(`  legal-move lists/s  XState can ${f(states.length / (canMs / 1000))} · compiled ${f(states.length / (openMs / 1000))} · ratio ${f(canMs / openMs)}×`);
  console.log(`  full exploration  ${exploreMs.toFixed(1)} ms (median of 7)${file.includes('march-2019') ? '  (target < 100 ms)' : ''}`);
  console.log(`  timeline  ${memory.bytes.toFixed(1)} bytes retained per node over ${f(memory.nodes)} nodes (node store ${memory.store.toFixed(1)} B/node; target ≤ 64)`);
  if (sink === -1) console.log(sink);
}

if (!gc) console.log('note: run with node --expose-gc (npm run bench does) for a precise memory figure');
console.log(`engine bench · node ${process.version} · seed ${SEED}`);
for (const file of files()) benchScenario(file);

import { runRolloutBench } from './rollout.ts';
import { runScaleBench } from './scale.ts';
runRolloutBench();
runScaleBench();
