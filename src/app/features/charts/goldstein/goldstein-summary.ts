/** The Goldstein chart in one paragraph: the words a teacher would say, and what a screen reader hears. */
import type { Words } from '../../../lib/words/index.ts';
import type { GoldsteinRow } from './goldstein-data.ts';

export function goldsteinSummary(words: Words, rows: readonly GoldsteinRow[]): string {
  const { t, format } = words;
  if (rows.length === 0) return t('charts.summary.noGoldstein');
  const count = (k: GoldsteinRow['kind']) => rows.filter((r) => r.kind === k).length;
  const conflict = count('conflict');
  const cooperation = count('cooperation');
  const parts = [t('charts.summary.goldstein', { moves: rows.length, conflict, cooperation, rest: rows.length - conflict - cooperation })];
  const weighed = rows.filter((r): r is GoldsteinRow & { goldstein: number } => r.goldstein !== null);
  const describe = (r: GoldsteinRow & { goldstein: number }) =>
    t('charts.summary.move', { actor: r.move.actorShort, move: r.move.label, weight: format.signed(r.goldstein), date: format.date(r.date) });
  const worst = weighed.reduce<(GoldsteinRow & { goldstein: number }) | null>((m, r) => (r.goldstein < 0 && (!m || r.goldstein < m.goldstein) ? r : m), null);
  const best = weighed.reduce<(GoldsteinRow & { goldstein: number }) | null>((m, r) => (r.goldstein > 0 && (!m || r.goldstein > m.goldstein) ? r : m), null);
  if (worst) parts.push(t('summary.mostConflictual', { decision: describe(worst) }));
  if (best) parts.push(t('summary.mostCooperative', { decision: describe(best) }));
  parts.push(t('charts.summary.net', { net: format.signed(weighed.reduce((n, r) => n + r.goldstein, 0)) }));
  return parts.join(' ');
}
