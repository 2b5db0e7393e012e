/** What the Goldstein chart's frame shows beside the chart: its legend. */
import type { Words } from '../../../lib/words/index.ts';
import type { LegendItem } from '../shared/chart-export.ts';
import { COOPERATION_COLOUR, CONFLICT_COLOUR } from '../shared/series-style.ts';

export function goldsteinLegend({ t }: Words): readonly LegendItem[] {
  return [
    { label: t('charts.cooperation'), colour: COOPERATION_COLOUR },
    { label: t('charts.conflict'), colour: CONFLICT_COLOUR },
  ];
}
