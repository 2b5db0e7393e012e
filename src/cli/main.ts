/** Entry point of the `whn` command line: dispatches to one command per file. */
import { runValidate } from './validate.ts';
import { runRollout } from './rollout.ts';
import { runExplore } from './explore.ts';
import { runReplay } from './replay.ts';
import { io, type Io } from './io.ts';

const USAGE = `usage: whn <command> [options]

commands:
  validate <file…> [--json]   check scenario files; exit 1 if any is invalid
  rollout <file> [options]    Monte Carlo futures from a point of a scenario (JSON or CSV)
  explore <file> [--json]     reachable states, unreachable levels, never-open moves, dead ends
  replay <file> [--format F]  the historical track with indicators (table, csv or json)

Run "whn <command> --help" for a command's options.`;

type Command = (args: string[], out: Io) => Promise<number> | number;

const COMMANDS: Record<string, Command> = {
  validate: runValidate,
  rollout: runRollout,
  explore: runExplore,
  replay: runReplay,
};

export async function main(argv: string[], out: Io = io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? out.stdout : out.stderr)(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    out.stderr(`whn: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  return command(rest, out);
}
