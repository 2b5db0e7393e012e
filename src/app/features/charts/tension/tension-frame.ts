/** What the tension chart's frame shows beside the chart: its legend, and how many branches are left out. */
import type { Words } from '../../../lib/words/index.ts';
import type { LegendItem } from '../shared/chart-export.ts';
import { CURRENT_STYLE, seriesStyles } from '../shared/series-style.ts';
import type { TensionData } from './tension-data.ts';

export function tensionLegend(tension: TensionData): readonly LegendItem[] {
  const styles = seriesStyles(tension.drawn);
  return tension.drawn.map((s) => {
    const st = styles.get(s.key) ?? CURRENT_STYLE;
    return { label: s.label, colour: st.colour, dash: st.dash };
  });
}

export function tensionNote(words: Words, tension: TensionData): string | null {
  return tension.omitted > 0 ? words.t('charts.tension.omitted', { count: tension.omitted }) : null;
}
