import type { CsvCell as Cell } from '../../../../engine/index.ts';
import type { Words } from '../../../lib/words/index.ts';
import type { TableModel } from '../shared/chart-table.ts';
import type { TensionSeries } from './tension-data.ts';

export function tensionTable(words: Words, series: readonly TensionSeries[]): TableModel {
  const { t } = words;
  const rows: Cell[][] = [];
  const nodes: number[] = [];
  for (const s of series) {
    s.points.forEach((p, i) => {
      rows.push([s.label, i, p.date, p.move.actorShort || null, p.move.label, Math.round(p.tension)]);
      nodes.push(p.node);
    });
  }
  return {
    caption: t('charts.tension.caption'),
    columns: [t('charts.col.branch'), t('charts.col.step'), t('charts.col.date'), t('charts.col.actor'), t('charts.col.move'), t('charts.col.tension')],
    formats: ['text', 'number', 'text', 'text', 'text', 'number'],
    rows,
    nodes,
  };
}
