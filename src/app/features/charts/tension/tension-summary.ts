/** The tension chart in one paragraph: the words a teacher would say, and what a screen reader hears. */
import type { Words } from '../../../lib/words/index.ts';
import { tensionText } from '../../../lib/words/tension.ts';
import type { TensionData } from './tension-data.ts';

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
