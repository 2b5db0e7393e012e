/**
 * The `whn rollout` command that reproduces the panel's numbers: the same start (a replay date and/or
 * moves from the root), N, D, seed and what-if. Shown in the panel and saved with the JSON download.
 */
import { PASS, type NodeId, type Timeline } from '../../engine/index.ts';
import type { RolloutOptions } from '../../engine/rollout/index.ts';

export function startArgs(timeline: Timeline, current: NodeId): string[] {
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
  const moves = nodes.slice(cut + 1).map((n) => {
    const move = n.move as { actor: string; move: string };
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

export function cliCommand(file: string, timeline: Timeline, current: NodeId, options: RolloutOptions): string {
  return ['npx whn rollout', file, ...startArgs(timeline, current), ...optionArgs(options)].join(' ');
}
