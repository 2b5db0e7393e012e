/**
 * The charts panel: every chart of registry.ts (tension per branch with the historical record as a
 * ghost line, the Goldstein weight of each move, each actor's cumulative Goldstein). Heavy (Recharts):
 * load it lazily through `ChartsPanel` in index.ts, never import this file statically.
 */
import { memo, useMemo, useState } from 'react';
import type { NodeId, Timeline } from '../../../engine/types.ts';
import { ChartTabs, type ChartTab } from './chart-tabs.tsx';
import { CHARTS } from './registry.ts';
import { useLazyWords } from '../../lib/words/index.ts';
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

function ChartsPanelImpl({ layout = 'stack', ...inputs }: ChartsPanelProps) {
  const { t } = useLazyWords();
  const [selected, setSelected] = useState(CHARTS[0]?.id ?? '');
  const tabs = useMemo<readonly ChartTab<string>[]>(() => CHARTS.map((c) => ({ key: c.id, label: t(c.tab) })), [t]);
  if (layout === 'stack') {
    return (
      <section className="charts-panel" aria-label={t('charts.title')}>
        {CHARTS.map(({ id, Frame }) => (
          <Frame key={id} {...inputs} />
        ))}
      </section>
    );
  }
  const Selected = CHARTS.find((c) => c.id === selected)?.Frame;
  return (
    <section className="charts-panel charts-panel--tabs" aria-label={t('charts.title')}>
      <ChartTabs label={t('charts.tabs')} tabs={tabs} selected={selected} onSelect={setSelected}>
        {Selected ? <Selected {...inputs} /> : null}
      </ChartTabs>
    </section>
  );
}

/** Re-renders only when the timeline, the current node or the handler change. */
export const ChartsPanel = memo(ChartsPanelImpl);
export default ChartsPanel;
