/**
 * The `whn rollout` command that reproduces the panel's numbers (the same start, N, D, seed and
 * what-if), written by the engine's rollout spec in the grammar the CLI reads. Shown in the panel and
 * saved with the JSON download.
 */
import type { NodeId, Timeline } from '../../../engine/index.ts';
import { rolloutArgs, rolloutFrom, type RolloutOptions } from '../../../engine/rollout/index.ts';

/** The command, or null when the start cannot be expressed on the command line (see inexpressible). */
export function cliCommand(file: string, timeline: Timeline, current: NodeId, options: RolloutOptions): string | null {
  const from = rolloutFrom(timeline, current);
  return from === null ? null : ['npx whn rollout', ...rolloutArgs(file, from, options)].join(' ');
}
