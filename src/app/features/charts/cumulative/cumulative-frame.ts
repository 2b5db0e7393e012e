/** What the cumulative chart's frame shows beside the chart: its legend, one entry per actor. */
import type { LegendItem } from '../shared/chart-export.ts';
import { actorStyle } from '../shared/series-style.ts';
import type { CumulativeData } from './cumulative-data.ts';

export function cumulativeLegend({ actors }: CumulativeData): readonly LegendItem[] {
  return actors.map((a, i) => {
    const st = actorStyle(a.colour, i);
    return { label: a.short, colour: st.colour, dash: st.dash };
  });
}
