/**
 * The charts of the charts panel, in tab (and print) order. The panel and its tabs iterate this list.
 *
 * Where to add a chart: make a folder beside tension/ with its
 *   - `<name>-data.ts`: a pure builder from (timeline, current node) to what the chart draws;
 *   - `<name>-table.ts`: its table model (the on-screen table and the CSV, see shared/chart-table.ts);
 *   - `<name>-summary.ts`: its one-paragraph summary in words;
 *   - `<name>-frame.ts`: its PNG legend (and an optional note under the chart);
 *   - `<name>-chart.tsx`: the Recharts component, taking `ChartProps<YourData>`;
 * then add its title and tab text to the catalogue (lib/words/catalogues/en.json, under "charts.")
 * and one `defineChart({...})` entry below (the fields are documented in shared/define-chart.tsx).
 * The frame, tabs, table toggle, PNG and CSV downloads come with it. Import this file only from the
 * lazy charts panel: it brings in Recharts.
 */
import { defineChart, type RegisteredChart } from './shared/define-chart.tsx';
import { allTensionSeries, MAX_BRANCH_SERIES, tensionData } from './tension/tension-data.ts';
import { tensionTable } from './tension/tension-table.ts';
import { tensionSummary } from './tension/tension-summary.ts';
import { tensionLegend, tensionNote } from './tension/tension-frame.ts';
import { TensionChart } from './tension/tension-chart.tsx';
import { goldsteinRows } from './goldstein/goldstein-data.ts';
import { goldsteinTable } from './goldstein/goldstein-table.ts';
import { goldsteinSummary } from './goldstein/goldstein-summary.ts';
import { goldsteinLegend, goldsteinNote } from './goldstein/goldstein-frame.ts';
import { GoldsteinChart } from './goldstein/goldstein-chart.tsx';
import { cumulativeData } from './cumulative/cumulative-data.ts';
import { cumulativeTable } from './cumulative/cumulative-table.ts';
import { cumulativeSummary } from './cumulative/cumulative-summary.ts';
import { cumulativeLegend } from './cumulative/cumulative-frame.ts';
import { CumulativeChart } from './cumulative/cumulative-chart.tsx';

export const CHARTS: readonly RegisteredChart[] = [
  defineChart({
    id: 'tension',
    title: 'charts.tension.title',
    tab: 'charts.tab.tension',
    fileStem: 'tension',
    toggle: 'charts.peak.toggle',
    data: (words, timeline, current, peak) => tensionData(words, timeline, current, MAX_BRANCH_SERIES, peak),
    table: (words, d) => tensionTable(words, d.drawn),
    summary: tensionSummary,
    legend: (_words, d) => tensionLegend(d),
    note: tensionNote,
    csv: (words, timeline, current, peak) => tensionTable(words, allTensionSeries(words, timeline, current, peak)),
    Chart: TensionChart,
  }),
  defineChart({
    id: 'goldstein',
    title: 'charts.goldstein.title',
    tab: 'charts.tab.goldstein',
    fileStem: 'goldstein',
    data: goldsteinRows,
    table: goldsteinTable,
    summary: goldsteinSummary,
    legend: goldsteinLegend,
    note: goldsteinNote,
    Chart: GoldsteinChart,
  }),
  defineChart({
    id: 'cumulative',
    title: 'charts.cumulative.title',
    tab: 'charts.tab.cumulative',
    fileStem: 'cumulative-goldstein',
    data: cumulativeData,
    table: (words, d) => cumulativeTable(words, d.rows, d.actors),
    summary: (words, d) => cumulativeSummary(words, d.rows, d.actors),
    legend: (_words, d) => cumulativeLegend(d),
    Chart: CumulativeChart,
  }),
];
