import type { CsvCell as Cell } from '../../../../engine/index.ts';
import type { TableModel } from '../shared/chart-table.ts';
import type { TensionSeries } from './tension-data.ts';

export function tensionTable(series: readonly TensionSeries[]): TableModel {
  const rows: Cell[][] = [];
  const nodes: number[] = [];
  for (const s of series) {
    s.points.forEach((p, i) => {
      rows.push([s.label, i, p.date, p.move.actorShort || null, p.move.label, Math.round(p.tension)]);
      nodes.push(p.node);
    });
  }
  return { caption: 'Tension index (0–100) at each move, per branch', columns: ['Branch', 'Step', 'Date', 'Actor', 'Move', 'Tension'],
    formats: ['text', 'number', 'text', 'text', 'text', 'number'],
    rows, nodes };
}
