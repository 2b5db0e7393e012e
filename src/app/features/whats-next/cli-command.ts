/**
 * The `whn rollout` command that reproduces the panel's numbers (the same start, N, D, seed and
 * what-if), written by the engine's rollout spec in the grammar the CLI reads. Shown in the panel and
 * saved with the JSON download.
 */
import type { NodeId, Timeline } from '../../../engine/index.ts';
import { movesFileText, movesNeedFile, rolloutArgs, rolloutFrom, type RolloutOptions } from '../../../engine/rollout/index.ts';

/** The file a long path's moves go in; the command names it with --moves-file and the panel offers it. */
export const MOVES_FILE = 'moves.txt';

/** The command, or null when the start cannot be expressed on the command line (see inexpressible). */
export function cliCommand(file: string, timeline: Timeline, current: NodeId, options: RolloutOptions): string | null {
  const from = rolloutFrom(timeline, current);
  return from === null ? null : ['npx whn rollout', ...rolloutArgs(file, from, options, MOVES_FILE)].join(' ');
}

/**
 * The moves of MOVES_FILE when the command names it (its moves are over MAX_INLINE_MOVES
 * characters, too long for one argument in a 20,000-move session), else null.
 */
export function movesFileFor(timeline: Timeline, current: NodeId): { readonly text: string; readonly count: number } | null {
  const from = rolloutFrom(timeline, current);
  return from?.moves && movesNeedFile(from) ? { text: movesFileText(from.moves), count: from.moves.length } : null;
}
