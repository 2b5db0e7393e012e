/**
 * The `whn rollout` command that reproduces the panel's numbers: the same start (a replay date and/or
 * moves from the root), N, D, seed and what-if. Shown in the panel and saved with the JSON download.
 */
import { PASS, type NodeId, type Timeline } from '../../../engine/index.ts';
import type { RolloutOptions } from '../../../engine/rollout/index.ts';

/** What on a path the command line cannot spell. */
export type Inexpressible = 'override' | 'injected' | 'not-a-move';

/**
 * Why no `whn rollout` command can start at `current`, or null when one can: the CLI plays moves in
 * turn order from the root, so a facilitator's posture override or out-of-turn injected move on the
 * path has no spelling. The rollout itself still starts from the node's postures.
 */
export function inexpressible(timeline: Timeline, current: NodeId): Inexpressible | null {
  const nodes = timeline.pathTo(current).map((id) => timeline.node(id));
  if (nodes.some((n) => n.override !== null)) return 'override';
  if (nodes.some((n) => n.injected)) return 'injected';
  if (nodes.some((n) => n.parent !== null && n.move === null)) return 'not-a-move';
  return null;
}

/** The start arguments for `whn rollout`, or null when the path cannot be expressed (see `inexpressible`). */
export function startArgs(timeline: Timeline, current: NodeId): string[] | null {
  if (inexpressible(timeline, current) !== null) return null;
  const nodes = timeline.pathTo(current).slice(1).map((id) => timeline.node(id));
  const track = timeline.replayTrack();
  // --from-replay starts after the last replay step of a date: cut at the deepest such node of the
  // path's leading replay nodes, and play the rest as moves.
  let cut = -1;
  for (let i = 0; i < nodes.length && nodes[i]?.origin === 'replay'; i++) {
    const next = track[track.indexOf(nodes[i]?.id as NodeId) + 1];
    if (next === undefined || timeline.node(next).date !== nodes[i]?.date) cut = i;
  }
  const args: string[] = [];
  if (cut >= 0) args.push('--from-replay', nodes[cut]?.date as string);
  const moves = nodes.slice(cut + 1).flatMap((n) => {
    const { move } = n;
    if (move === null) return [];
    if (move.move !== PASS) return move.move;
    return timeline.nextActors(n.parent ?? 0).length === 1 ? PASS : `${PASS}:${move.actor}`;
  });
  if (moves.length > 0) args.push('--moves', moves.join(','));
  return args;
}

export function optionArgs(options: RolloutOptions): string[] {
  const args = ['--runs', String(options.runs), '--depth', String(options.depth), '--seed', String(options.seed)];
  const { hawkishness = {}, moveFactors = {}, passFactor } = options.whatIf ?? {};
  const pairs = (o: Readonly<Record<string, number>>) =>
    Object.entries(o)
      .filter(([, v]) => v !== 1)
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
  if (pairs(hawkishness)) args.push('--hawkishness', pairs(hawkishness));
  if (pairs(moveFactors)) args.push('--factor', pairs(moveFactors));
  if (passFactor !== undefined && passFactor !== 1) args.push('--pass-factor', String(passFactor));
  return args;
}

/** The command, or null when the start cannot be expressed on the command line. */
export function cliCommand(file: string, timeline: Timeline, current: NodeId, options: RolloutOptions): string | null {
  const start = startArgs(timeline, current);
  return start === null ? null : ['npx whn rollout', file, ...start, ...optionArgs(options)].join(' ');
}
