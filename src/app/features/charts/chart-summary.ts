/** One-paragraph text summaries of each chart: the words a teacher would say, and what a screen reader hears. */
import type { ActorInfo, CumulativeRow, GoldsteinRow, TensionData } from './chart-data.ts';
import type { Words } from '../../lib/words/index.ts';
import { tensionText } from '../../lib/words/tension.ts';

export function tensionSummary(words: Words, data: TensionData): string {
  const { t, format } = words;
  const tension = (value: number) => tensionText(words, value);
  const current = data.drawn.find((s) => s.kind === 'current');
  const parts: string[] = [];
  if (current) {
    const pts = current.points;
    const first = pts[0];
    const last = pts[pts.length - 1];
    if (first && last) {
      if (pts.length === 1) {
        parts.push(t('charts.summary.noMoves', { tension: tension(first.tension) }));
      } else {
        const a = tension(first.tension);
        const b = tension(last.tension);
        const trend = Math.round(last.tension) > Math.round(first.tension) ? 'rose' : Math.round(last.tension) < Math.round(first.tension) ? 'fell' : 'same';
        let peak = first;
        for (const p of pts) if (p.tension > peak.tension) peak = p;
        parts.push(
          t('charts.summary.branch', {
            trend,
            from: a,
            to: b,
            moves: pts.length - 1,
            first: format.date(first.date),
            last: format.date(last.date),
            peak: tension(peak.tension),
            peakDate: format.date(peak.date),
          }),
        );
      }
    }
  }
  const ghost = data.drawn.find((s) => s.kind === 'replay');
  const ghostEnd = ghost?.points[ghost.points.length - 1];
  if (ghostEnd) parts.push(t('charts.summary.record', { tension: tension(ghostEnd.tension), date: format.date(ghostEnd.date) }));
  const others = data.drawn.filter((s) => s.kind === 'branch');
  if (others.length > 0) {
    const ends = others.map((s) => s.points[s.points.length - 1]?.tension ?? 0);
    parts.push(t('charts.summary.others', { count: others.length, low: tension(Math.min(...ends)), high: tension(Math.max(...ends)) }));
  }
  if (data.omitted > 0) parts.push(t('charts.summary.omitted', { count: data.omitted }));
  return parts.join(' ');
}

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
