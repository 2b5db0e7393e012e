/** The tension chart in one paragraph: the words a teacher would say, and what a screen reader hears. */
import type { TensionData } from './tension-data.ts';
import { formatDate, formatTension } from '../shared/chart-format.ts';


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
