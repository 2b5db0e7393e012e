/** A rollout result as CSV: one row per turn with the fan and each outcome's probability (paths: use JSON). */
import { toCsv, type CsvCell } from '../csv.ts';
import type { RolloutResult } from './types.ts';

/** The header's words: the CLI writes these; the app passes them in the chosen language. */
export interface RolloutCsvColumns {
  readonly fixed: readonly [turn: string, date: string, p5: string, p25: string, p50: string, p75: string, p95: string, mean: string];
  /** The column of an outcome's standard error, from the outcome's id. */
  readonly standardError: (outcome: string) => string;
}

export const ROLLOUT_CSV_COLUMNS: RolloutCsvColumns = {
  fixed: ['turn', 'date', 'p5', 'p25', 'p50', 'p75', 'p95', 'mean'],
  standardError: (outcome) => `${outcome}_se`,
};

export function rolloutCsv(result: RolloutResult, columns: RolloutCsvColumns = ROLLOUT_CSV_COLUMNS): string {
  const header = [...columns.fixed, ...result.outcomes.flatMap((o) => [o.id, columns.standardError(o.id)])];
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
