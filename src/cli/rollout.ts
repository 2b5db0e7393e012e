/** `whn rollout <file> …`: Monte Carlo futures from a point of a scenario, as JSON or CSV. */
import { EngineError, engineFor, toCsv } from '../engine/index.ts';
import {
  parseRolloutArgs,
  ROLLOUT_USAGE,
  rolloutCsv,
  rolloutStartAt,
  RolloutUsageError,
  runRollouts,
  SensitivityJob,
  startPoint,
  type RolloutCommand,
} from '../engine/rollout/index.ts';
import type { Io } from './io.ts';
import { readMovesFile } from './moves-file.ts';
import { readScenarioFile } from './read-scenario.ts';

export function runRollout(args: readonly string[], io: Io): number {
  let parsed: RolloutCommand | 'help';
  let where: ((index: number, id: string) => string) | undefined;
  try {
    parsed = parseRolloutArgs(args);
    if (parsed !== 'help' && parsed.movesFile !== undefined) {
      const file = parsed.movesFile;
      const { moves, lines } = readMovesFile(file, io);
      parsed = { ...parsed, from: { ...parsed.from, moves } };
      where = (i, id) => `${file} line ${lines[i]}: move ${i + 1} ("${id}")`;
    }
  } catch (error) {
    if (!(error instanceof RolloutUsageError)) throw error;
    io.stderr(`whn rollout: ${error.message}\n\n${ROLLOUT_USAGE}`);
    return 2;
  }
  if (parsed === 'help') {
    io.stdout(ROLLOUT_USAGE);
    return 0;
  }

  const scenario = readScenarioFile(parsed.file, io, 'rollout');
  if (!scenario) return 1;
  try {
    const { timeline, node } = startPoint(scenario, parsed.from, where);
    const { compiled } = engineFor(scenario);
    const start = rolloutStartAt(timeline, node);
    const { options } = parsed;
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
