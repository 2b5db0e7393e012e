/**
 * The `whn rollout` command that reproduces the panel's numbers (the same start, N, D, seed and
 * what-if), written by the engine's rollout spec in the grammar the CLI reads. Shown in the panel and
 * saved with the JSON download.
 */
import type { NodeId, Timeline } from '../../../engine/index.ts';
import { movesFileText, movesNeedFile, rolloutArgs, rolloutFrom, type RolloutOptions } from '../../../engine/rollout/index.ts';

/** The file a long path's moves go in; the command names it with --moves-file and the panel offers it. */
export const MOVES_FILE = 'moves.txt';

/** The command, and the moves file it names when the path is long (else null). */
export interface CliReproduction {
  readonly command: string;
  /** The moves of MOVES_FILE when the command names it (its moves are over MAX_INLINE_MOVES characters, too long for one argument in a 20,000-move session). */
  readonly movesFile: { readonly text: string; readonly count: number } | null;
}

/** The command and its moves file, from one walk of the path; null when the start cannot be expressed on the command line (see inexpressible). */
export function cliReproduction(file: string, timeline: Timeline, current: NodeId, options: RolloutOptions): CliReproduction | null {
  const from = rolloutFrom(timeline, current);
  if (from === null) return null;
  const command = ['npx whn rollout', ...rolloutArgs(file, from, options, MOVES_FILE)].join(' ');
  return { command, movesFile: from.moves && movesNeedFile(from) ? { text: movesFileText(from.moves), count: from.moves.length } : null };
}

/** The command alone (cliReproduction). */
export function cliCommand(file: string, timeline: Timeline, current: NodeId, options: RolloutOptions): string | null {
  return cliReproduction(file, timeline, current, options)?.command ?? null;
}
