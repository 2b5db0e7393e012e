import { round1, type TableModel } from '../shared/chart-table.ts';
import type { ActorInfo, CumulativeRow } from './cumulative-data.ts';

export function cumulativeTable(rows: readonly CumulativeRow[], actors: readonly ActorInfo[]): TableModel {
  return {
    caption: 'Cumulative Goldstein sum of each actor along the current path',
    columns: ['Step', 'Date', 'Move', ...actors.map((a) => a.short)],
    formats: ['number', 'text', 'text', ...actors.map(() => 'signed' as const)],
    rows: rows.map((r) => [r.step, r.date, r.move.actorShort ? `${r.move.actorShort}: ${r.move.label}` : r.move.label, ...actors.map((a) => round1(r.values[a.id] ?? 0))]),
    nodes: rows.map((r) => r.node),
  };
}
