import type { Words } from '../../../lib/words/index.ts';
import { round1, type TableModel } from '../shared/chart-table.ts';
import type { GoldsteinRow } from './goldstein-data.ts';

export function goldsteinTable(words: Words, rows: readonly GoldsteinRow[]): TableModel {
  const { t } = words;
  return {
    caption: t('charts.goldstein.caption'),
    columns: [t('charts.col.step'), t('charts.col.date'), t('charts.col.actor'), t('charts.col.move'), t('charts.col.cameo'), t('charts.col.goldstein'), t('charts.col.kind')],
    formats: ['number', 'text', 'text', 'text', 'text', 'signed', 'text'],
    rows: rows.map((r) => [r.step, r.date, r.move.actorShort, r.move.label, r.move.cameo, r.goldstein === null ? null : round1(r.goldstein), t('charts.kind', { kind: r.kind })]),
    nodes: rows.map((r) => r.node),
  };
}
