/** The cumulative chart in one paragraph: the words a teacher would say, and what a screen reader hears. */
import type { Words } from '../../../lib/words/index.ts';
import type { ActorInfo, CumulativeRow } from './cumulative-data.ts';

export function cumulativeSummary(words: Words, rows: readonly CumulativeRow[], actors: readonly ActorInfo[]): string {
  const { t, format } = words;
  const last = rows[rows.length - 1];
  if (!last || rows.length === 1) return t('charts.summary.noCumulative');
  const values = actors.map((a) => ({ a, v: last.values[a.id] ?? 0 }));
  const list = values.map(({ a, v }) => t('charts.summary.actorValue', { actor: a.short, value: format.signed(v) })).join(t('list.comma'));
  const most = values.reduce((m, x) => (x.v < m.v ? x : m));
  const tail = most.v < 0 ? t('charts.summary.mostConflictualSide', { actor: most.a.short }) : t('charts.summary.noConflictualSide');
  return `${t('charts.summary.cumulative', { date: format.date(last.date), list })} ${tail}`;
}
