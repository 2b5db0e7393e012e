/** A rollout result as CSV: one row per turn with the fan and each outcome's probability (paths: use JSON). */
import { toCsv, type CsvCell } from '../csv.ts';
import type { RolloutResult } from './types.ts';

export function rolloutCsv(result: RolloutResult): string {
  const header = ['turn', 'date', 'p5', 'p25', 'p50', 'p75', 'p95', 'mean', ...result.outcomes.flatMap((o) => [o.id, `${o.id}_se`])];
  const rows = result.fan.map((f) => [
    f.turn,
    f.date,
    ...[f.p5, f.p25, f.p50, f.p75, f.p95, f.mean].map(round6),
    ...result.outcomes.flatMap((o) => [round6(o.byTurn[f.turn]), round6(o.standardErrorByTurn[f.turn])]),
  ]);
  return toCsv(header, rows, { newline: '\n' });
}

/** Six decimals are far below Monte Carlo noise; they keep the files short and diffable. */
function round6(value: number | undefined): CsvCell {
  return value === undefined ? null : Number(value.toFixed(6));
}
