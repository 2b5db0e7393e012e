/** What the tension chart's frame shows beside the chart: its legend, and how many branches are left out. */
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

export function tensionNote(tension: TensionData): string | null {
  return tension.omitted > 0
    ? `${tension.omitted} more ${tension.omitted === 1 ? 'branch is' : 'branches are'} not drawn, to keep the chart readable; the CSV has every branch.`
    : null;
}
