/**
 * `npm run bench:sessions`: big sessions inside the limits, and hostile ones, in Node (not a test).
 *
 *   open: share link → decodeShareLink → restoreSession (what a reload does), in ms;
 *   per move: the session reducer's step for a move at the current node plus what the screen
 *   derives from it (the branch tree's window, the three charts' data, the move list), median and
 *   p95 over MOVES moves at random nodes;
 *   hostile: crafted links and files, each refused or opened in ≤ 2 s, with the longest synchronous
 *   piece of work (none may take over 200 ms on the main thread).
 *
 * Shapes: March 2019 random trees of 2,000 and 20,000 nodes (seeded), a 10,000-move chain, 20,000
 * branches (also with one branch named near the root) and 10,000 nested branches (the grid scenario). `BENCH_MOVES=n` changes the move count.
 */
import { readFileSync } from 'node:fs';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { loadScenario } from '../src/scenario/load.ts';
import type { Scenario } from '../src/scenario/types.ts';
import type { NodeId, Timeline } from '../src/engine/index.ts';
import { restoreSession, toSessionFile, type SessionFile } from '../src/engine/session/index.ts';
import { decodeShareLink, encodeShareLink } from '../src/app/stores/persistence/share-link.ts';
import { appSession, appSessionReducer, type AppSession } from '../src/app/stores/session/session-reducer.ts';
import { screenWork } from './screen-work.ts';
import { randomTree } from './random-tree.ts';
import { hostileCases } from './hostile-sessions.ts';
import { chain, comb, gridForShapes, nested, sessionOf } from '../tests/unit/engine/session/session-shapes.ts';

const MOVES = Number(process.env.BENCH_MOVES ?? 40);

function load(file: string): Scenario {
  const r = loadScenario(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(`${file} does not load`);
  return r.scenario;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] as number;
const ms = (x: number) => `${x.toFixed(1)} ms`;

function timeIt<T>(run: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = run();
  return { value, ms: performance.now() - t0 };
}

function open(file: SessionFile, scenarios: readonly Scenario[]): { state: AppSession; ms: number; linkKb: number } {
  const link = encodeShareLink(file);
  const { value, ms: took } = timeIt(() => {
    const decoded = decodeShareLink(link);
    if (!decoded.ok) throw new Error(decoded.error.message);
    const restored = restoreSession(decoded.session, scenarios);
    if (!restored.ok) throw new Error(restored.error.message);
    return appSession(restored.init);
  });
  return { state: value, ms: took, linkKb: link.length / 1000 };
}

/** Moves at random nodes: go there, play an open move, derive the screen; the time of the play and the derivation. */
function perMove(start: AppSession, seed: number): { step: number[]; screen: number[] } {
  let rng = xoroshiro128plus(seed);
  let state = start;
  const step: number[] = [];
  const screen: number[] = [];
  const ids: NodeId[] = [];
  for (let id = 0; ids.length < 5_000 && id < 1_000_000; id++) if (state.timeline.has(id)) ids.push(id);
  for (let i = 0; i < MOVES; i++) {
    rng = xoroshiro128plus(seed + i);
    const at = ids[uniformInt(rng, 0, ids.length - 1)] as NodeId;
    state = appSessionReducer(state, { type: 'node.go', id: at });
    const option = state.timeline.moves(state.current).find((m) => m.open);
    if (!option) continue;
    const played = timeIt(() => appSessionReducer(state, { type: 'move.play', move: { actor: option.actor, move: option.move.id } }));
    state = played.value;
    step.push(played.ms);
    screen.push(timeIt(() => screenWork(state)).ms);
  }
  return { step, screen };
}

function report(label: string, file: SessionFile, scenarios: readonly Scenario[]) {
  const opened = open(file, scenarios);
  const { step, screen } = perMove(opened.state, 7);
  const total = step.map((s, i) => s + (screen[i] as number));
  console.log(
    `${label.padEnd(28)} link ${opened.linkKb.toFixed(0).padStart(5)} kB  open ${ms(opened.ms).padStart(10)}  ` +
      `move: step ${ms(median(step))} · screen ${ms(median(screen))} · total median ${ms(median(total))} p95 ${ms(p95(total))}`,
  );
}

const march = load('scenarios/march-2019.yaml');
const grid = gridForShapes();
const scenarios = [march, grid];
const NOW = () => '2024-05-01T10:00:00.000Z';
const asFile = (timeline: Timeline) => toSessionFile({ timeline, current: timeline.root, mode: 'free', name: 'Bench', now: NOW });

console.log(`Sessions inside the limits (${MOVES} moves each):`);
report('March 2019, 2,000 nodes', asFile(randomTree(march, 2_000, 1)), scenarios);
report('March 2019, 20,000 nodes', asFile(randomTree(march, 20_000, 2)), scenarios);
report('10,000-move chain', sessionOf(grid, chain(10_000), { current: 1 }), scenarios);
report('20,000 branches', sessionOf(grid, comb(20_000), { current: 1 }), scenarios);
// A name near the root: every leaf below it inherits it (nameOf once walked to the root per leaf).
const named = sessionOf(grid, comb(20_000), { current: 1 });
report('20,000 branches, one named', { ...named, timeline: { ...named.timeline, names: { '1': 'Named early' } } }, scenarios);
report('10,000 nested branches', sessionOf(grid, nested(10_000), { current: 1 }), scenarios);

console.log('\nHostile links and files (each must answer in ≤ 2 s; longest synchronous piece ≤ 200 ms):');
for (const c of hostileCases(grid, scenarios)) {
  const { value, ms: took } = timeIt(c.run);
  console.log(`${c.label.padEnd(44)} ${ms(took).padStart(10)}  ${value}`);
}
