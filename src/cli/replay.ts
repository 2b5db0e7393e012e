/** `whn replay <file> [--format table|csv|json]`: the historical track played through the engine. */
import { EngineError, replayRows, toCsv, type CsvCell, type ReplayRow } from '../engine/index.ts';
import type { Io } from './io.ts';
import { oneScenario } from './read-scenario.ts';

const USAGE = `usage: whn replay <file> [--format table|csv|json]

Plays the scenario's replay track through the engine and prints each step with its date, actor,
move, CAMEO code, Goldstein weight, tension (0–100), outcomes that hold, and source addresses.

options:
  --format F   table (default), csv, or json: an array of
               {date, actor, move, label, cameo, goldstein, postures, tension, outcomes, sources}
  -h, --help   show this help

exit status: 0 ok, 1 unreadable/invalid file or a replay step closed at its point, 2 usage error`;

const FORMATS = ['table', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

export function runReplay(args: readonly string[], io: Io): number {
  let format: Format = 'table';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--help' || arg === '-h') {
      io.stdout(USAGE);
      return 0;
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice('--format='.length) : args[++i];
      if (!FORMATS.includes(value as Format)) {
        io.stderr(`whn replay: --format must be one of ${FORMATS.join(', ')}\n\n${USAGE}`);
        return 2;
      }
      format = value as Format;
    } else if (arg.startsWith('-')) {
      io.stderr(`whn replay: unknown option "${arg}"\n\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  const target = oneScenario(files, io, 'replay', USAGE);
  if (typeof target === 'number') return target;
  const { file, scenario } = target;
  let rows: ReplayRow[];
  try {
    rows = replayRows(scenario);
  } catch (error) {
    if (error instanceof EngineError) {
      io.stderr(`whn replay: ${file}: ${error.message}`);
      return 1;
    }
    throw error;
  }
  if (format === 'json') {
    const steps = rows.map(({ date, actor, move, label, cameo, goldstein, postures, tension, outcomes, sources }) => ({ date, actor, move, label, cameo, goldstein, postures, tension, outcomes, sources }));
    io.stdout(JSON.stringify(steps, null, 2));
  } else if (format === 'csv') io.stdout(replayCsv(rows));
  else io.stdout(rows.length === 0 ? `${file}: the scenario has no replay track` : toTable(rows));
  return 0;
}

const HEADER = ['date', 'actor', 'move', 'label', 'cameo', 'goldstein', 'tension', 'outcomes', 'postures', 'sources'];

function fields(r: ReplayRow): CsvCell[] {
  const postures = Object.entries(r.postures).flatMap(([a, ps]) => Object.entries(ps).map(([p, l]) => `${a}.${p}=${l}`)).join(' ');
  return [r.date, r.actor, r.move, r.label, r.cameo, r.goldstein, r.tension, r.outcomes.join(' '), postures, r.sources.join(' ')];
}

function replayCsv(rows: readonly ReplayRow[]): string {
  return toCsv(HEADER, rows.map(fields), { newline: '\n' });
}

function toTable(rows: readonly ReplayRow[]): string {
  const cells = [['date', 'actor', 'move', 'goldstein', 'tension', 'outcomes'], ...rows.map((r) => [r.date, r.actor, r.label, r.goldstein.toFixed(1), r.tension.toFixed(1), r.outcomes.join(', ')])];
  const widths = cells[0]?.map((_c, i) => Math.max(...cells.map((row) => (row[i] ?? '').length))) ?? [];
  return cells.map((row) => row.map((c, i) => (i === 3 || i === 4 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd()).join('\n');
}
