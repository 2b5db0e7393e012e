/** One-paragraph text summaries of each chart: the words a teacher would say, and what a screen reader hears. */
import type { ActorInfo, CumulativeRow, GoldsteinRow, TensionData } from './chart-data.ts';
import { formatDate, formatSigned, formatTension } from './chart-format.ts';

export function tensionSummary(data: TensionData): string {
  const current = data.drawn.find((s) => s.kind === 'current');
  const parts: string[] = [];
  if (current) {
    const pts = current.points;
    const first = pts[0];
    const last = pts[pts.length - 1];
    if (first && last) {
      if (pts.length === 1) {
        parts.push(`No moves yet: tension stands at ${formatTension(first.tension)}.`);
      } else {
        const a = formatTension(first.tension);
        const b = formatTension(last.tension);
        const verb = Math.round(last.tension) > Math.round(first.tension) ? `rose from ${a} to ${b}` : Math.round(last.tension) < Math.round(first.tension) ? `fell from ${a} to ${b}` : `ended where it started, at ${b}`;
        let peak = first;
        for (const p of pts) if (p.tension > peak.tension) peak = p;
        const moves = pts.length - 1;
        parts.push(
          `On this branch tension ${verb} over ${moves} ${moves === 1 ? 'move' : 'moves'} (${formatDate(first.date)} to ${formatDate(last.date)}); peak ${formatTension(peak.tension)} on ${formatDate(peak.date)}.`,
        );
      }
    }
  }
  const ghost = data.drawn.find((s) => s.kind === 'replay');
  const ghostEnd = ghost?.points[ghost.points.length - 1];
  if (ghostEnd) parts.push(`The historical record ends at ${formatTension(ghostEnd.tension)} on ${formatDate(ghostEnd.date)}.`);
  const others = data.drawn.filter((s) => s.kind === 'branch');
  if (others.length > 0) {
    const ends = others.map((s) => s.points[s.points.length - 1]?.tension ?? 0);
    const lo = formatTension(Math.min(...ends));
    const hi = formatTension(Math.max(...ends));
    parts.push(
      others.length === 1
        ? `One other branch is drawn; it ends at ${hi}.`
        : `${others.length} other branches are drawn; they end between ${lo} and ${hi}.`,
    );
  }
  if (data.omitted > 0) parts.push(`${data.omitted} more ${data.omitted === 1 ? 'branch is' : 'branches are'} not drawn (in the CSV).`);
  return parts.join(' ');
}

export function goldsteinSummary(rows: readonly GoldsteinRow[]): string {
  if (rows.length === 0) return 'No moves yet on this path.';
  const count = (k: GoldsteinRow['kind']) => rows.filter((r) => r.kind === k).length;
  const conflict = count('conflict');
  const cooperation = count('cooperation');
  const rest = rows.length - conflict - cooperation;
  const parts = [
    `${rows.length} ${rows.length === 1 ? 'move' : 'moves'} on this path: ${conflict} conflictual, ${cooperation} cooperative${rest > 0 ? `, ${rest} neutral or passed` : ''}.`,
  ];
  const weighed = rows.filter((r): r is GoldsteinRow & { goldstein: number } => r.goldstein !== null);
  const describe = (r: GoldsteinRow & { goldstein: number }) => `${r.move.actorShort} ${r.move.label} (${formatSigned(r.goldstein)}, ${formatDate(r.date)})`;
  const worst = weighed.reduce<(GoldsteinRow & { goldstein: number }) | null>((m, r) => (r.goldstein < 0 && (!m || r.goldstein < m.goldstein) ? r : m), null);
  const best = weighed.reduce<(GoldsteinRow & { goldstein: number }) | null>((m, r) => (r.goldstein > 0 && (!m || r.goldstein > m.goldstein) ? r : m), null);
  if (worst) parts.push(`Most conflictual: ${describe(worst)}.`);
  if (best) parts.push(`Most cooperative: ${describe(best)}.`);
  parts.push(`Net weight ${formatSigned(weighed.reduce((n, r) => n + r.goldstein, 0))}.`);
  return parts.join(' ');
}

export function cumulativeSummary(rows: readonly CumulativeRow[], actors: readonly ActorInfo[]): string {
  const last = rows[rows.length - 1];
  if (!last || rows.length === 1) return 'No moves yet: every actor stands at 0.';
  const values = actors.map((a) => ({ a, v: last.values[a.id] ?? 0 }));
  const list = values.map(({ a, v }) => `${a.short} ${formatSigned(v)}`).join(', ');
  const most = values.reduce((m, x) => (x.v < m.v ? x : m));
  const tail = most.v < 0 ? ` The most conflictual side so far is ${most.a.short}.` : ' No side has a conflictual balance so far.';
  return `By ${formatDate(last.date)}, cumulative Goldstein: ${list}.${tail}`;
}
