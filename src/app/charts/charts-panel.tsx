/**
 * The charts panel: tension per branch (with the historical record as a ghost line), the
 * Goldstein weight of each move, and each actor's cumulative Goldstein. Heavy (Recharts):
 * load it lazily through `ChartsPanel` in index.ts, never import this file statically.
 */
import { memo, useMemo } from 'react';
import type { NodeId, Timeline } from '../../engine/types.ts';
import { actorsOf, allTensionSeries, cumulativeRows, goldsteinRows, tensionData } from './chart-data.ts';
import { cumulativeSummary, goldsteinSummary, tensionSummary } from './chart-summary.ts';
import { cumulativeTable, goldsteinTable, tensionTable } from './chart-tables.ts';
import { ChartFrame } from './chart-frame.tsx';
import { TensionChart } from './tension-chart.tsx';
import { GoldsteinChart } from './goldstein-chart.tsx';
import { CumulativeChart } from './cumulative-chart.tsx';
import { seriesStyles, actorStyle, CURRENT_STYLE, COOPERATION_COLOUR, CONFLICT_COLOUR } from './series-style.ts';
import './charts.css';

export interface ChartsPanelProps {
  readonly timeline: Timeline;
  readonly current: NodeId;
  /** Called when the user picks a point (chart dot or table row) to go to that node. */
  readonly onSelectNode?: (id: NodeId) => void;
  /** Heading level of each chart's title, to fit the page outline (default 3, under an h2 "Charts"). */
  readonly headingLevel?: 2 | 3 | 4;
}

function ChartsPanelImpl({ timeline, current, onSelectNode, headingLevel }: ChartsPanelProps) {
  const tension = useMemo(() => tensionData(timeline, current), [timeline, current]);
  const goldstein = useMemo(() => goldsteinRows(timeline, current), [timeline, current]);
  const cumulative = useMemo(() => cumulativeRows(timeline, current), [timeline, current]);
  const actors = useMemo(() => actorsOf(timeline), [timeline]);
  const scenarioId = timeline.scenario.meta.id;
  const date = timeline.node(current).date;
  const note =
    tension.omitted > 0
      ? `${tension.omitted} more ${tension.omitted === 1 ? 'branch is' : 'branches are'} not drawn, to keep the chart readable; the CSV has every branch.`
      : null;

  return (
    <section className="charts-panel" aria-label="Charts">
      <ChartFrame
        title="Tension index per branch"
        summary={tensionSummary(tension)}
        table={tensionTable(tension.drawn)}
        csvTable={() => tensionTable(allTensionSeries(timeline, current))}
        fileBase={`tension-${scenarioId}-${date}`}
        legend={tension.drawn.map((s, _i, drawn) => {
          const st = seriesStyles(drawn).get(s.key) ?? CURRENT_STYLE;
          return { label: s.label, colour: st.colour, dash: st.dash };
        })}
        note={note}
        onSelectNode={onSelectNode}
        currentNode={current}
        headingLevel={headingLevel}
      >
        <TensionChart data={tension} onSelectNode={onSelectNode} />
      </ChartFrame>
      <ChartFrame
        title="Goldstein weight per move"
        summary={goldsteinSummary(goldstein)}
        table={goldsteinTable(goldstein)}
        fileBase={`goldstein-${scenarioId}-${date}`}
        legend={[
          { label: 'Cooperation (+)', colour: COOPERATION_COLOUR },
          { label: 'Conflict (−)', colour: CONFLICT_COLOUR },
        ]}
        onSelectNode={onSelectNode}
        currentNode={current}
        headingLevel={headingLevel}
      >
        <GoldsteinChart rows={goldstein} />
      </ChartFrame>
      <ChartFrame
        title="Cumulative Goldstein per actor"
        summary={cumulativeSummary(cumulative, actors)}
        table={cumulativeTable(cumulative, actors)}
        fileBase={`cumulative-goldstein-${scenarioId}-${date}`}
        legend={actors.map((a, i) => {
          const st = actorStyle(a.colour, i);
          return { label: a.short, colour: st.colour, dash: st.dash };
        })}
        onSelectNode={onSelectNode}
        currentNode={current}
        headingLevel={headingLevel}
      >
        <CumulativeChart rows={cumulative} actors={actors} />
      </ChartFrame>
    </section>
  );
}

/** Re-renders only when the timeline, the current node or the handler change. */
export const ChartsPanel = memo(ChartsPanelImpl);
export default ChartsPanel;
