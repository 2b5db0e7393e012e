/**
 * The "peak so far" line: at each point of the current branch, the highest tension reached on the
 * path up to it. Levels are current, so a calmer posture after a test lowers tension at once; the
 * peak keeps the worst moment in view (docs/indicators.md, "Peak so far").
 */
import type { Words } from '../../../lib/words/index.ts';
import type { TensionSeries } from './tension-data.ts';

export function peakSeries(words: Words, current: TensionSeries): TensionSeries {
  let peak = -Infinity;
  const points = current.points.map((p) => {
    peak = Math.max(peak, p.tension);
    return { ...p, tension: peak };
  });
  return { key: 'peak', label: words.t('charts.peak.series'), kind: 'peak', end: current.end, points };
}
