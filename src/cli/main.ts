/** Entry point of the `whn` command line: dispatches to one command per file, and never lets an error out as a stack trace. */
import { io, type Io } from './io.ts';
import { unexpectedError } from './unexpected-error.ts';

const USAGE = `usage: whn <command> [options]

commands:
  validate <file…> [--json] [--explain]
                              check scenario files; exit 1 if any is invalid (--explain:
                              each move's CAMEO code in words, with its Goldstein weight)
  rollout <file> [options]    Monte Carlo futures from a point of a scenario (JSON or CSV)
  explore <file> [--json]     reachable states, unreachable levels, never-open moves, dead ends
  replay <file> [--format F]  the historical track with indicators (table, csv or json)

Run "whn <command> --help" for a command's options.`;

export type Command = (args: string[], out: Io) => Promise<number> | number;

// Each command loads its own code when it runs: `whn --help` reads no engine, `whn validate` no rollouts.
const COMMANDS: Readonly<Record<string, Command>> = {
  validate: async (args, out) => (await import('./validate.ts')).runValidate(args, out),
  rollout: async (args, out) => (await import('./rollout.ts')).runRollout(args, out),
  explore: async (args, out) => (await import('./explore.ts')).runExplore(args, out),
  replay: async (args, out) => (await import('./replay.ts')).runReplay(args, out),
};

/** Runs `whn argv…`; `commands` is the table to dispatch to (tests add one that fails). */
export async function main(argv: string[], out: Io = io, commands: Readonly<Record<string, Command>> = COMMANDS): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? out.stdout : out.stderr)(USAGE);
    return name ? 0 : 2;
  }
  // Own keys only: "constructor" or "__proto__" is an unknown command, not Object's.
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    out.stderr(`whn: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  // The last file the command opened is the one to name if it fails.
  const opened: string[] = [];
  const watched: Io = {
    ...out,
    readFile: (path, limit) => {
      opened.push(path);
      return out.readFile(path, limit);
    },
  };
  try {
    return await command(rest, watched);
  } catch (error) {
    out.stderr(unexpectedError(argv, opened[opened.length - 1], error));
    return 1;
  }
}
