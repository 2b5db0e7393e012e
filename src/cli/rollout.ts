/** `whn rollout <file> …`: Monte Carlo futures from a point of a scenario, as JSON or CSV. */
import { EngineError, engineFor, toCsv } from '../engine/index.ts';
import {
  DEFAULT_DEPTH,
  DEFAULT_RUNS,
  DEFAULT_SEED,
  rolloutCsv,
  rolloutStartAt,
  runRollouts,
  SensitivityJob,
  startPoint,
} from '../engine/rollout/index.ts';
import type { Io } from './io.ts';
import { readScenarioFile } from './read-scenario.ts';

const USAGE = `usage: whn rollout <file> [--from-replay DATE | --moves id,id,…] [--runs N] [--depth D] [--seed S] [--format json|csv]

Simulates N futures of D turns from a point of the scenario, each actor choosing its moves by
propensity with a seeded random generator (the browser gives the same numbers for the same inputs).

options:
  --from-replay DATE   start after the replay step(s) of that date (default: the scenario's start)
  --moves id,id,…      moves to play first (after --from-replay, if given); "pass" passes for the
                       actor to move, "pass:<actor>" for a given actor
  --runs N             number of rollouts (default ${DEFAULT_RUNS})
  --depth D            turns per rollout (default ${DEFAULT_DEPTH})
  --seed S             random seed, 0 to 4294967295 (default ${DEFAULT_SEED})
  --format json|csv    json (default): {runs, depth, seed, fan, outcomes, topPaths, goldstein, …};
                       csv: one row per turn with the fan and each outcome's probability
  --top K              number of most likely paths to list (default 10)
  --hawkishness a=h,…  what-if: scale actor a's conflict moves up and cooperative moves down by h
  --factor move=f,…    what-if: multiply a move's propensity by f
  --pass-factor f      what-if: multiply the propensity of passing by f
  --sensitivity ID     instead: rank the propensity changes (×2 and ÷2) by their effect on outcome ID
  -h, --help           show this help

exit status: 0 done, 1 the scenario is invalid or a date/move does not fit, 2 usage error`;

interface Parsed {
  file: string;
  replayDate?: string;
  moves?: string[];
  runs: number;
  depth: number;
  seed: number;
  format: 'json' | 'csv';
  top: number;
  whatIf: { hawkishness: Record<string, number>; moveFactors: Record<string, number>; passFactor?: number };
  sensitivity?: string;
}

class UsageError extends Error {}

const VALUE_FLAGS = new Set(['--from-replay', '--moves', '--runs', '--depth', '--seed', '--format', '--top', '--hawkishness', '--factor', '--pass-factor', '--sensitivity']);

export function runRollout(args: readonly string[], io: Io): number {
  let parsed: Parsed | 'help';
  try {
    parsed = parse(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`whn rollout: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed === 'help') {
    io.stdout(USAGE);
    return 0;
  }

  const scenario = readScenarioFile(parsed.file, io, 'rollout');
  if (!scenario) return 1;
  try {
    const { timeline, node } = startPoint(scenario, { replayDate: parsed.replayDate, moves: parsed.moves });
    const { compiled } = engineFor(scenario);
    const start = rolloutStartAt(timeline, node);
    const options = { runs: parsed.runs, depth: parsed.depth, seed: parsed.seed, topPaths: parsed.top, whatIf: parsed.whatIf };
    if (parsed.sensitivity !== undefined) {
      const job = new SensitivityJob(compiled, start, options, parsed.sensitivity);
      job.advance(job.total);
      const result = job.result();
      if (parsed.format === 'json') io.stdout(JSON.stringify(result, null, 2));
      else {
        const rows = result.entries.map((e) => [e.kind, e.id, e.label, e.up, e.upError, e.down, e.downError]);
        io.stdout(toCsv(['kind', 'id', 'label', 'up', 'up_se', 'down', 'down_se'], rows, { newline: '\n' }));
      }
      return 0;
    }
    const result = runRollouts(compiled, start, options);
    if (parsed.format === 'csv') io.stdout(rolloutCsv(result));
    else {
      const n = timeline.node(node);
      const from = { moves: timeline.pathTo(node).slice(1).map((id) => timeline.node(id).move?.move), date: n.date, turn: n.turn };
      io.stdout(JSON.stringify({ ...result, scenario: { id: scenario.meta.id, hash: scenario.hash }, from }, null, 2));
    }
    return 0;
  } catch (error) {
    if (error instanceof EngineError) {
      io.stderr(`whn rollout: ${parsed.file}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

function parse(args: readonly string[]): Parsed | 'help' {
  const values = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const flag = eq >= 0 ? arg.slice(0, eq) : arg;
      if (!VALUE_FLAGS.has(flag)) throw new UsageError(`unknown option "${flag}"`);
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      if (values.has(flag)) throw new UsageError(`${flag} is given twice`);
      values.set(flag, value);
    } else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'name one scenario file' : `name one scenario file, not ${files.length}`);
  const format = values.get('--format') ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, not "${format}"`);
  const replayDate = values.get('--from-replay');
  if (replayDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(replayDate)) throw new UsageError(`--from-replay needs a date written YYYY-MM-DD, not "${replayDate}"`);
  const moves = values.get('--moves')?.split(',').map((m) => m.trim());
  if (moves?.some((m) => m === '')) throw new UsageError('--moves needs move ids separated by commas, with none empty');
  const passFactor = values.has('--pass-factor') ? number('--pass-factor', values.get('--pass-factor') as string) : undefined;
  return {
    file: files[0] as string,
    replayDate,
    moves,
    runs: integer('--runs', values.get('--runs'), DEFAULT_RUNS),
    depth: integer('--depth', values.get('--depth'), DEFAULT_DEPTH),
    seed: integer('--seed', values.get('--seed'), DEFAULT_SEED),
    top: integer('--top', values.get('--top'), 10),
    format,
    whatIf: { hawkishness: pairs('--hawkishness', values.get('--hawkishness')), moveFactors: pairs('--factor', values.get('--factor')), ...(passFactor === undefined ? {} : { passFactor }) },
    sensitivity: values.get('--sensitivity'),
  };
}

function integer(flag: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} needs a whole number, not "${text}"`);
  return Number(text);
}

function number(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new UsageError(`${flag} needs a number, not "${text}"`);
  return value;
}

function pairs(flag: string, text: string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of text?.split(',') ?? []) {
    const [key, value, extra] = part.split('=');
    if (!key || value === undefined || extra !== undefined) throw new UsageError(`${flag} needs id=number pairs separated by commas, not "${part}"`);
    out[key.trim()] = number(flag, value);
  }
  return out;
}

