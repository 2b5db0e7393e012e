/**
 * The charts panel: tension per branch (with the historical record as a ghost line), the
 * Goldstein weight of each move, and each actor's cumulative Goldstein. Heavy (Recharts):
 * load it lazily through `ChartsPanel` in index.ts, never import this file statically.
 */
import { memo, useState } from 'react';
import type { NodeId, Timeline } from '../../../engine/types.ts';
import { ChartTabs, type ChartTab } from './chart-tabs.tsx';
import { CumulativeFrame, GoldsteinFrame, TensionFrame, type ChartFrameInputs } from './chart-frames.tsx';
import './charts.css';

export interface ChartsPanelProps {
  readonly timeline: Timeline;
  readonly current: NodeId;
  /** Called when the user picks a point (chart dot or table row) to go to that node. */
  readonly onSelectNode?: (id: NodeId) => void;
  /** Heading level of each chart's title, to fit the page outline (default 3, under an h2 "Charts"). */
  readonly headingLevel?: 2 | 3 | 4;
  /**
   * "stack" shows the three charts one under the other (a printed debrief); "tabs" shows one at a
   * time behind a tab list, so each move redraws one chart and stays quick (the live simulator).
   */
  readonly layout?: 'stack' | 'tabs';
}

type ChartKey = 'tension' | 'goldstein' | 'cumulative';

const TABS: readonly ChartTab<ChartKey>[] = [
  { key: 'tension', label: 'Tension' },
  { key: 'goldstein', label: 'Goldstein per move' },
  { key: 'cumulative', label: 'Cumulative Goldstein' },
];

function ChartsPanelImpl({ layout = 'stack', ...inputs }: ChartsPanelProps) {
  const [selected, setSelected] = useState<ChartKey>('tension');
  if (layout === 'stack') {
    return (
      <section className="charts-panel" aria-label="Charts">
        <TensionFrame {...inputs} />
        <GoldsteinFrame {...inputs} />
        <CumulativeFrame {...inputs} />
      </section>
    );
  }
  return (
    <section className="charts-panel charts-panel--tabs" aria-label="Charts">
      <ChartTabs label="Chart" tabs={TABS} selected={selected} onSelect={setSelected}>
        <SelectedFrame chart={selected} {...inputs} />
      </ChartTabs>
    </section>
  );
}

function SelectedFrame({ chart, ...inputs }: ChartFrameInputs & { readonly chart: ChartKey }) {
  if (chart === 'goldstein') return <GoldsteinFrame {...inputs} />;
  if (chart === 'cumulative') return <CumulativeFrame {...inputs} />;
  return <TensionFrame {...inputs} />;
}

/** Re-renders only when the timeline, the current node or the handler change. */
export const ChartsPanel = memo(ChartsPanelImpl);
export default ChartsPanel;
