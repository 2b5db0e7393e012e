/**
 * The three charts, each in its frame with its summary, table, downloads and legend. Each one
 * builds its own data, so a panel that shows one chart at a time does the work of that one only.
 */
import { memo, useMemo } from 'react';
import type { NodeId, Timeline } from '../../../engine/types.ts';
import { actorsOf, allTensionSeries, cumulativeRows, goldsteinRows, tensionData } from './chart-data.ts';
import { cumulativeSummary, goldsteinSummary, tensionSummary } from './chart-summary.ts';
import { cumulativeTable, goldsteinTable, tensionTable } from './chart-tables.ts';
import { ChartFrame } from './chart-frame.tsx';
import { TensionChart } from './tension-chart.tsx';
import { GoldsteinChart } from './goldstein-chart.tsx';
import { CumulativeChart } from './cumulative-chart.tsx';
import { seriesStyles, actorStyle, CURRENT_STYLE, COOPERATION_COLOUR, CONFLICT_COLOUR } from './series-style.ts';
import { useWords } from '../../lib/words/index.ts';

export interface ChartFrameInputs {
  readonly timeline: Timeline;
  readonly current: NodeId;
  readonly onSelectNode?: (id: NodeId) => void;
  readonly headingLevel?: 2 | 3 | 4;
}

function TensionFrameImpl({ timeline, current, onSelectNode, headingLevel }: ChartFrameInputs) {
  const words = useWords();
  const { t } = words;
  const tension = useMemo(() => tensionData(words, timeline, current), [words, timeline, current]);
  const summary = useMemo(() => tensionSummary(words, tension), [words, tension]);
  const table = useMemo(() => tensionTable(words, tension.drawn), [words, tension]);
  const legend = useMemo(() => {
    const styles = seriesStyles(tension.drawn);
    return tension.drawn.map((s) => {
      const st = styles.get(s.key) ?? CURRENT_STYLE;
      return { label: s.label, colour: st.colour, dash: st.dash };
    });
  }, [tension]);
  const note = tension.omitted > 0 ? t('charts.tension.omitted', { count: tension.omitted }) : null;
  return (
    <ChartFrame
      title={t('charts.tension.title')}
      summary={summary}
      table={table}
      csvTable={() => tensionTable(words, allTensionSeries(words, timeline, current))}
      fileBase={`tension-${timeline.scenario.meta.id}-${timeline.node(current).date}`}
      legend={legend}
      note={note}
      onSelectNode={onSelectNode}
      currentNode={current}
      headingLevel={headingLevel}
    >
      <TensionChart data={tension} onSelectNode={onSelectNode} />
    </ChartFrame>
  );
}

function GoldsteinFrameImpl({ timeline, current, onSelectNode, headingLevel }: ChartFrameInputs) {
  const words = useWords();
  const { t } = words;
  const rows = useMemo(() => goldsteinRows(words, timeline, current), [words, timeline, current]);
  const summary = useMemo(() => goldsteinSummary(words, rows), [words, rows]);
  const table = useMemo(() => goldsteinTable(words, rows), [words, rows]);
  const legend = useMemo(
    () => [
      { label: t('charts.cooperation'), colour: COOPERATION_COLOUR },
      { label: t('charts.conflict'), colour: CONFLICT_COLOUR },
    ],
    [t],
  );
  return (
    <ChartFrame
      title={t('charts.goldstein.title')}
      summary={summary}
      table={table}
      fileBase={`goldstein-${timeline.scenario.meta.id}-${timeline.node(current).date}`}
      legend={legend}
      onSelectNode={onSelectNode}
      currentNode={current}
      headingLevel={headingLevel}
    >
      <GoldsteinChart rows={rows} />
    </ChartFrame>
  );
}

function CumulativeFrameImpl({ timeline, current, onSelectNode, headingLevel }: ChartFrameInputs) {
  const words = useWords();
  const rows = useMemo(() => cumulativeRows(words, timeline, current), [words, timeline, current]);
  // Keyed on the scenario, not the timeline: the actors' lines keep their identity across moves.
  const { scenario } = timeline;
  const actors = useMemo(() => actorsOf({ scenario }), [scenario]);
  const summary = useMemo(() => cumulativeSummary(words, rows, actors), [words, rows, actors]);
  const table = useMemo(() => cumulativeTable(words, rows, actors), [words, rows, actors]);
  const legend = useMemo(
    () =>
      actors.map((a, i) => {
        const st = actorStyle(a.colour, i);
        return { label: a.short, colour: st.colour, dash: st.dash };
      }),
    [actors],
  );
  return (
    <ChartFrame
      title={words.t('charts.cumulative.title')}
      summary={summary}
      table={table}
      fileBase={`cumulative-goldstein-${scenario.meta.id}-${timeline.node(current).date}`}
      legend={legend}
      onSelectNode={onSelectNode}
      currentNode={current}
      headingLevel={headingLevel}
    >
      <CumulativeChart rows={rows} actors={actors} />
    </ChartFrame>
  );
}

export const TensionFrame = memo(TensionFrameImpl);
export const GoldsteinFrame = memo(GoldsteinFrameImpl);
export const CumulativeFrame = memo(CumulativeFrameImpl);
