/**
 * What a rollout is asked for, the same in the CLI, the panel and the worker: where it starts (as the
 * command line spells it) and its options within their bounds. spec-cli.ts writes and reads it as
 * `whn rollout` flags; start.ts resolves the start to a timeline node.
 */
import { EngineError } from '../errors.ts';
import { PASS, type NodeId, type Timeline, type TimelineNode } from '../types.ts';
import type { Scenario } from '../../scenario/types.ts';
import type { RolloutOptions, WhatIf } from './types.ts';

export const MIN_RUNS = 1;
export const MAX_RUNS = 1_000_000;
export const DEFAULT_RUNS = 10_000;
export const MIN_DEPTH = 1;
export const MAX_DEPTH = 200;
export const DEFAULT_DEPTH = 12;
export const MIN_SEED = 0;
export const MAX_SEED = 0xffff_ffff;
export const DEFAULT_SEED = 1;
export const DEFAULT_TOP_PATHS = 10;
export const MAX_TOP_PATHS = 1000;
/** The largest what-if factor: hawkishness, a move's factor, the pass factor. */
export const MAX_FACTOR = 1000;

/**
 * A start point: after the replay step(s) dated `replayDate` (the root when omitted), then `moves` in
 * order. Move ids as in the scenario; "pass" passes for the actor to move, "pass:<actor>" for one actor.
 */
export interface RolloutFrom {
  readonly replayDate?: string;
  readonly moves?: readonly string[];
}

/** Throws EngineError when an option is out of bounds; with the scenario, also when a what-if names no actor or move of it. */
export function checkOptions(options: RolloutOptions, scenario?: Scenario): void {
  const { runs, depth, seed } = options;
  if (!Number.isInteger(runs) || runs < MIN_RUNS || runs > MAX_RUNS) {
    throw new EngineError('malformed', `The number of runs is ${runs}; it must be a whole number from ${MIN_RUNS} to ${MAX_RUNS.toLocaleString('en-US')}.`);
  }
  if (!Number.isInteger(depth) || depth < MIN_DEPTH || depth > MAX_DEPTH) {
    throw new EngineError('malformed', `The depth is ${depth}; it must be a whole number of turns from ${MIN_DEPTH} to ${MAX_DEPTH}.`);
  }
  if (!Number.isInteger(seed) || seed < MIN_SEED || seed > MAX_SEED) {
    throw new EngineError('malformed', `The seed is ${seed}; it must be a whole number from ${MIN_SEED} to ${MAX_SEED}.`);
  }
  const k = options.topPaths ?? DEFAULT_TOP_PATHS;
  if (!Number.isInteger(k) || k < 0 || k > MAX_TOP_PATHS) {
    throw new EngineError('malformed', `The number of top paths is ${k}; it must be a whole number from 0 to ${MAX_TOP_PATHS}.`);
  }
  if (scenario) checkWhatIf(options.whatIf ?? {}, scenario);
}

/**
 * A what-if's keys name the scenario's actors and moves (own keys only: "__proto__" or
 * "constructor" from a command line is an unknown name like any other), and its factors are in bounds.
 */
export function checkWhatIf(whatIf: WhatIf, scenario: Scenario): void {
  const actors = scenario.actors.map((a) => a.id);
  for (const [actor, h] of Object.entries(whatIf.hawkishness ?? {})) {
    if (!actors.includes(actor)) throw new EngineError('unknown-actor', `What-if hawkishness names an unknown actor "${actor}" (actors: ${actors.join(', ')}).`);
    checkFactor(`hawkishness of ${actor}`, h, false);
  }
  for (const [move, f] of Object.entries(whatIf.moveFactors ?? {})) {
    if (!scenario.moves.some((m) => m.id === move)) throw new EngineError('unknown-move', `What-if move factor names an unknown move "${move}".`);
    checkFactor(`factor of move ${move}`, f, true);
  }
  checkFactor('pass factor', whatIf.passFactor ?? 1, true);
}

function checkFactor(what: string, value: number, zeroAllowed: boolean): void {
  const ok = Number.isFinite(value) && value <= MAX_FACTOR && (zeroAllowed ? value >= 0 : value > 0);
  if (!ok) {
    throw new EngineError('malformed', `The what-if ${what} is ${value}; it must be a number ${zeroAllowed ? 'from 0' : 'above 0'} up to ${MAX_FACTOR}.`);
  }
}

/** What on a path a start point cannot spell, as a code (the app's words layer writes it). */
export type Inexpressible = 'override' | 'injected' | 'not-a-move';

/**
 * Why no start point can name `node`, or null when one can: a start plays moves in turn order from
 * the root, so a facilitator's posture override or an out-of-turn injected move on the path has no
 * spelling. (The panel's rollouts still start from the node's postures.)
 */
export function inexpressible(timeline: Timeline, node: NodeId): Inexpressible | null {
  return whyInexpressible(timeline.pathTo(node).map((id) => timeline.node(id)));
}

function whyInexpressible(nodes: readonly TimelineNode[]): Inexpressible | null {
  if (nodes.some((n) => n.override !== null)) return 'override';
  if (nodes.some((n) => n.injected)) return 'injected';
  if (nodes.some((n) => n.parent !== null && n.move === null)) return 'not-a-move';
  return null;
}

/** The start point that reaches `node` (startPoint's inverse), or null when there is none (see `inexpressible`). One walk along the path. */
export function rolloutFrom(timeline: Timeline, node: NodeId): RolloutFrom | null {
  const path = timeline.pathTo(node).map((id) => timeline.node(id));
  if (whyInexpressible(path) !== null) return null;
  const nodes = path.slice(1);
  const track = timeline.replayTrack();
  // A replay date starts after the last replay step of that date: cut at the deepest such node of the
  // path's leading replay nodes, and play the rest as moves.
  let cut = -1;
  for (let i = 0; i < nodes.length && nodes[i]?.origin === 'replay'; i++) {
    const next = track[track.indexOf(nodes[i]?.id as NodeId) + 1];
    if (next === undefined || timeline.node(next).date !== nodes[i]?.date) cut = i;
  }
  const moves = nodes.slice(cut + 1).flatMap((n) => {
    const { move } = n;
    if (move === null) return [];
    if (move.move !== PASS) return move.move;
    return timeline.nextActors(n.parent ?? 0).length === 1 ? PASS : `${PASS}:${move.actor}`;
  });
  return { ...(cut >= 0 ? { replayDate: nodes[cut]?.date as string } : {}), ...(moves.length > 0 ? { moves } : {}) };
}
