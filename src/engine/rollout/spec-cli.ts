/**
 * The `whn rollout` flag grammar, both ways: the CLI reads its arguments with parseRolloutArgs, and the
 * panel writes the command that reproduces its numbers with rolloutArgs, so the two cannot drift apart
 * (a unit test round-trips them).
 */
import { DEFAULT_DEPTH, DEFAULT_RUNS, DEFAULT_SEED, DEFAULT_TOP_PATHS, MAX_SEED, MIN_SEED, type RolloutFrom } from './spec.ts';
import type { RolloutOptions } from './types.ts';
import { MAX_BYTES } from '../../scenario/decode.ts';

/** The largest --moves-file read, as large as a scenario file may be: 50,000 moves of 40 characters fit. */
export const MAX_MOVES_FILE_BYTES = MAX_BYTES;

export const ROLLOUT_USAGE = `usage: whn rollout <file> [--from-replay DATE] [--moves id,id,… | --moves-file FILE] [--runs N] [--depth D] [--seed S] [--format json|csv]

Simulates N futures of D turns from a point of the scenario, each actor choosing its moves by
propensity with a seeded random generator (the browser gives the same numbers for the same inputs).

options:
  --from-replay DATE   start after the replay step(s) of that date (default: the scenario's start)
  --moves id,id,…      moves to play first (after --from-replay, if given); "pass" passes for the
                       actor to move, "pass:<actor>" for a given actor
  --moves-file FILE    the same moves read from a text file, one per line or separated by commas
                       (for a long path: one argument may hold at most 128 kB); a regular file of
                       at most ${MAX_MOVES_FILE_BYTES / 1024 / 1024} MB, UTF-8
  --runs N             number of rollouts (default ${DEFAULT_RUNS})
  --depth D            turns per rollout (default ${DEFAULT_DEPTH})
  --seed S             random seed, ${MIN_SEED} to ${MAX_SEED} (default ${DEFAULT_SEED})
  --format json|csv    json (default): {runs, depth, seed, fan, outcomes, topPaths, goldstein, …};
                       csv: one row per turn with the fan and each outcome's probability
  --top K              number of most likely paths to list (default ${DEFAULT_TOP_PATHS})
  --hawkishness a=h,…  what-if: scale actor a's conflict moves up and cooperative moves down by h
  --factor move=f,…    what-if: multiply a move's propensity by f
  --pass-factor f      what-if: multiply the propensity of passing by f
  --sensitivity ID     instead: rank the propensity changes (×2 and ÷2) by their effect on outcome ID
  -h, --help           show this help

exit status: 0 done, 1 the scenario is invalid or a date/move does not fit, 2 usage error
(a moves file that cannot be read or has an empty move included)`;

/**
 * The longest --moves value a written command keeps inline; beyond it the command says
 * `--moves-file` and the moves go in that file (movesFileText). 4,000 characters keeps the whole
 * command under the 8,191 of a Windows command prompt, far under Linux's 128 kB for one argument,
 * and short enough to read and copy from the panel.
 */
export const MAX_INLINE_MOVES = 4000;

/** Whether a start's moves are too long to write inline (see MAX_INLINE_MOVES). */
export function movesNeedFile(from: RolloutFrom): boolean {
  return (from.moves?.join(',').length ?? 0) > MAX_INLINE_MOVES;
}

/** The text of a moves file: one move per line. */
export function movesFileText(moves: readonly string[]): string {
  return moves.map((m) => `${m}\n`).join('');
}

/**
 * The moves of a moves file's text, with the line each came from: one per line or separated by
 * commas; blank lines are skipped. Throws RolloutUsageError naming the file and line.
 */
export function movesFromText(text: string, file: string): { readonly moves: string[]; readonly lines: number[] } {
  const moves: string[] = [];
  const lines: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const parts = line.split(',').map((m) => m.trim());
    if (parts.some((m) => m === '')) throw new RolloutUsageError(`${file} line ${i + 1}: --moves-file needs move ids, one per line or separated by commas, with none empty`);
    for (const m of parts) {
      moves.push(m);
      lines.push(i + 1);
    }
  });
  if (moves.length === 0) throw new RolloutUsageError(`${file} names no move: write move ids, one per line or separated by commas`);
  return { moves, lines };
}

/** A `whn rollout` command line, read. */
export interface RolloutCommand {
  readonly file: string;
  readonly from: RolloutFrom;
  readonly options: RolloutOptions;
  readonly format: 'json' | 'csv';
  /** Rank the propensity changes by their effect on this outcome, instead of reporting the rollouts. */
  readonly sensitivity?: string;
  /** --moves-file: the file the moves to play first are read from (the CLI reads it; from.moves is then unset). */
  readonly movesFile?: string;
}

/** The arguments do not make a command: the CLI prints the message and the usage, and exits 2. */
export class RolloutUsageError extends Error {}

const VALUE_FLAGS = new Set(['--from-replay', '--moves', '--moves-file', '--runs', '--depth', '--seed', '--format', '--top', '--hawkishness', '--factor', '--pass-factor', '--sensitivity']);

/**
 * The arguments of the command that gives these numbers: the file, the start, then the options. N, D
 * and the seed are always written; other defaults and neutral (×1) what-if factors are left out.
 * Moves too long to write inline (movesNeedFile) are named by `--moves-file movesFile`.
 */
export function rolloutArgs(file: string, from: RolloutFrom, options: RolloutOptions, movesFile = 'moves.txt'): string[] {
  const args = [file];
  if (from.replayDate !== undefined) args.push('--from-replay', from.replayDate);
  if (from.moves !== undefined && from.moves.length > 0) args.push(...(movesNeedFile(from) ? ['--moves-file', movesFile] : ['--moves', from.moves.join(',')]));
  args.push('--runs', String(options.runs), '--depth', String(options.depth), '--seed', String(options.seed));
  const { hawkishness = {}, moveFactors = {}, passFactor } = options.whatIf ?? {};
  const pairs = (o: Readonly<Record<string, number>>) =>
    Object.entries(o)
      .filter(([, v]) => v !== 1)
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
  if (pairs(hawkishness)) args.push('--hawkishness', pairs(hawkishness));
  if (pairs(moveFactors)) args.push('--factor', pairs(moveFactors));
  if (passFactor !== undefined && passFactor !== 1) args.push('--pass-factor', String(passFactor));
  if (options.topPaths !== undefined && options.topPaths !== DEFAULT_TOP_PATHS) args.push('--top', String(options.topPaths));
  return args;
}

/** Reads `whn rollout`'s arguments; ranges are checked when the rollout starts (checkOptions), names against the scenario. */
export function parseRolloutArgs(args: readonly string[]): RolloutCommand | 'help' {
  const values = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const flag = eq >= 0 ? arg.slice(0, eq) : arg;
      if (!VALUE_FLAGS.has(flag)) throw new RolloutUsageError(`unknown option "${flag}"`);
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) throw new RolloutUsageError(`${flag} needs a value`);
      if (values.has(flag)) throw new RolloutUsageError(`${flag} is given twice`);
      values.set(flag, value);
    } else files.push(arg);
  }
  if (files.length !== 1) throw new RolloutUsageError(files.length === 0 ? 'name one scenario file' : `name one scenario file, not ${files.length}`);
  const format = values.get('--format') ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new RolloutUsageError(`--format must be json or csv, not "${format}"`);
  const replayDate = values.get('--from-replay');
  if (replayDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(replayDate)) throw new RolloutUsageError(`--from-replay needs a date written YYYY-MM-DD, not "${replayDate}"`);
  if (values.has('--moves') && values.has('--moves-file')) throw new RolloutUsageError('give the moves with --moves or --moves-file, not both');
  const movesFile = values.get('--moves-file');
  if (movesFile === '') throw new RolloutUsageError('--moves-file needs the path of a file');
  const moves = values.get('--moves')?.split(',').map((m) => m.trim());
  if (moves?.some((m) => m === '')) throw new RolloutUsageError('--moves needs move ids separated by commas, with none empty');
  const passFactor = values.has('--pass-factor') ? number('--pass-factor', values.get('--pass-factor') as string) : undefined;
  const runs = integer('--runs', values.get('--runs'), DEFAULT_RUNS);
  const depth = integer('--depth', values.get('--depth'), DEFAULT_DEPTH);
  const seed = integer('--seed', values.get('--seed'), DEFAULT_SEED);
  const topPaths = integer('--top', values.get('--top'), DEFAULT_TOP_PATHS);
  const whatIf = { hawkishness: pairs('--hawkishness', values.get('--hawkishness')), moveFactors: pairs('--factor', values.get('--factor')), ...(passFactor === undefined ? {} : { passFactor }) };
  const sensitivity = values.get('--sensitivity');
  return {
    file: files[0] as string,
    from: { ...(replayDate === undefined ? {} : { replayDate }), ...(moves === undefined ? {} : { moves }) },
    options: { runs, depth, seed, topPaths, whatIf },
    format,
    ...(sensitivity === undefined ? {} : { sensitivity }),
    ...(movesFile === undefined ? {} : { movesFile }),
  };
}

function integer(flag: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) throw new RolloutUsageError(`${flag} needs a whole number, not "${text}"`);
  return Number(text);
}

function number(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new RolloutUsageError(`${flag} needs a number, not "${text}"`);
  return value;
}

/** id=number pairs; the ids are checked against the scenario when the rollout starts (checkWhatIf). */
function pairs(flag: string, text: string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of text?.split(',') ?? []) {
    const [key, value, extra] = part.split('=');
    if (!key || value === undefined || extra !== undefined) throw new RolloutUsageError(`${flag} needs id=number pairs separated by commas, not "${part}"`);
    const id = key.trim();
    if (Object.hasOwn(out, id)) throw new RolloutUsageError(`${flag} gives "${id}" twice`);
    // defineProperty, not assignment: "__proto__" must stay a key (an unknown id), never set a prototype and vanish.
    Object.defineProperty(out, id, { value: number(flag, value), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

