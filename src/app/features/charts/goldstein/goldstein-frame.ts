/** What the Goldstein chart's frame shows beside the chart: its legend, and how many moves it leaves out. */
import type { Words } from '../../../lib/words/index.ts';
import type { LegendItem } from '../shared/chart-export.ts';
import { COOPERATION_COLOUR, CONFLICT_COLOUR } from '../shared/series-style.ts';
import { MAX_DRAWN_BARS, type GoldsteinRow } from './goldstein-data.ts';

export function goldsteinLegend({ t }: Words): readonly LegendItem[] {
  return [
    { label: t('charts.cooperation'), colour: COOPERATION_COLOUR },
    { label: t('charts.conflict'), colour: CONFLICT_COLOUR },
  ];
}

export function goldsteinNote(words: Words, rows: readonly GoldsteinRow[]): string | null {
  return rows.length > MAX_DRAWN_BARS ? words.t('charts.goldstein.lastMoves', { drawn: MAX_DRAWN_BARS, count: rows.length }) : null;
}
