import type { Words } from '../../../lib/words/index.ts';
import { round1, type TableModel } from '../shared/chart-table.ts';
import type { ActorInfo, CumulativeRow } from './cumulative-data.ts';

export function cumulativeTable(words: Words, rows: readonly CumulativeRow[], actors: readonly ActorInfo[]): TableModel {
  const { t } = words;
  return {
    caption: t('charts.cumulative.caption'),
    columns: [t('charts.col.step'), t('charts.col.date'), t('charts.col.move'), ...actors.map((a) => a.short)],
    formats: ['number', 'text', 'text', ...actors.map(() => 'signed' as const)],
    rows: rows.map((r) => [r.step, r.date, r.move.actorShort ? t('moves.actorMove', { actor: r.move.actorShort, move: r.move.label }) : r.move.label, ...actors.map((a) => round1(r.values[a.id] ?? 0))]),
    nodes: rows.map((r) => r.node),
  };
}
