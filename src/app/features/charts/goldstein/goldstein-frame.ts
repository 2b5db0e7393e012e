/** What the Goldstein chart's frame shows beside the chart: its legend. */
import type { LegendItem } from '../shared/chart-export.ts';
import { COOPERATION_COLOUR, CONFLICT_COLOUR } from '../shared/series-style.ts';

const GOLDSTEIN_LEGEND: readonly LegendItem[] = [
  { label: 'Cooperation (+)', colour: COOPERATION_COLOUR },
  { label: 'Conflict (−)', colour: CONFLICT_COLOUR },
];

export const goldsteinLegend = (): readonly LegendItem[] => GOLDSTEIN_LEGEND;
