/** The cumulative chart in one paragraph: the words a teacher would say, and what a screen reader hears. */
import type { ActorInfo, CumulativeRow } from './cumulative-data.ts';
import { formatDate, formatSigned } from '../shared/chart-format.ts';

export function cumulativeSummary(rows: readonly CumulativeRow[], actors: readonly ActorInfo[]): string {
  const last = rows[rows.length - 1];
  if (!last || rows.length === 1) return 'No moves yet: every actor stands at 0.';
  const values = actors.map((a) => ({ a, v: last.values[a.id] ?? 0 }));
  const list = values.map(({ a, v }) => `${a.short} ${formatSigned(v)}`).join(', ');
  const most = values.reduce((m, x) => (x.v < m.v ? x : m));
  const tail = most.v < 0 ? ` The most conflictual side so far is ${most.a.short}.` : ' No side has a conflictual balance so far.';
  return `By ${formatDate(last.date)}, cumulative Goldstein: ${list}.${tail}`;
}
