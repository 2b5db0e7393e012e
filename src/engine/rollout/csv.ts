/** A rollout result as CSV: one row per turn with the fan and each outcome's probability (paths: use JSON). */
import type { RolloutResult } from './types.ts';

export function rolloutCsv(result: RolloutResult): string {
  const header = ['turn', 'date', 'p5', 'p25', 'p50', 'p75', 'p95', 'mean', ...result.outcomes.flatMap((o) => [o.id, `${o.id}_se`])];
  const rows = result.fan.map((f) => [
    f.turn,
    f.date,
    f.p5,
    f.p25,
    f.p50,
    f.p75,
    f.p95,
    f.mean,
    ...result.outcomes.flatMap((o) => [o.byTurn[f.turn] ?? '', o.standardErrorByTurn[f.turn] ?? '']),
  ]);
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\n') + '\n';
}

function cell(value: string | number): string {
  const text = typeof value === 'number' ? String(Number(value.toFixed(6))) : value;
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
