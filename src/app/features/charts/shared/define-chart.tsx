/**
 * What a chart is made of (see registry.ts), and the one frame component that turns that into
 * a chart in its frame with its summary, table, downloads and legend. Each chart builds its own
 * data, so a panel that shows one chart at a time does the work of that one only.
 */
import { memo, useCallback, useMemo, useState, type ComponentType } from 'react';
import type { NodeId, Timeline } from '../../../../engine/types.ts';
import { useWords, type Key, type Words } from '../../../lib/words/index.ts';
import { ChartFrame } from './chart-frame.tsx';
import type { LegendItem } from './chart-export.ts';
import type { TableModel } from './chart-table.ts';

export interface ChartFrameInputs {
  readonly timeline: Timeline;
  readonly current: NodeId;
  readonly onSelectNode?: (id: NodeId) => void;
  readonly headingLevel?: 2 | 3 | 4;
}

/** The props of a chart component (the Recharts part). */
export interface ChartProps<D> {
  readonly data: D;
  readonly onSelectNode?: (id: number) => void;
}

export interface ChartDefinition<D> {
  /** Stable key of the chart's tab. */
  readonly id: string;
  /** Heading, and the name in its buttons ("Download Tension index per branch as PNG"): a catalogue key. */
  readonly title: Key;
  /** Short text on its tab: a catalogue key. */
  readonly tab: Key;
  /** Downloads are named `<fileStem>-<scenario id>-<date of the current node>.png/.csv`. */
  readonly fileStem: string;
  /** A line the reader may add to the chart (a toggle button in the frame, off at first): its name, a catalogue key. */
  readonly toggle?: Key;
  /** What the chart draws, from the timeline and the current node (and whether the toggle is on). Pure; recomputed on each move. */
  readonly data: (words: Words, timeline: Timeline, current: NodeId, toggled: boolean) => D;
  /** The on-screen table (the accessible alternative), also the CSV unless `csv` is given. */
  readonly table: (words: Words, data: D) => TableModel;
  /** One paragraph in words: what a teacher would say, and what a screen reader hears. */
  readonly summary: (words: Words, data: D) => string;
  /** The legend drawn into the PNG. */
  readonly legend: (words: Words, data: D) => readonly LegendItem[];
  /** A line under the chart, e.g. what is not drawn. */
  readonly note?: (words: Words, data: D) => string | null;
  /** The CSV when it holds more than the table; computed only when downloaded. */
  readonly csv?: (words: Words, timeline: Timeline, current: NodeId, toggled: boolean) => TableModel;
  readonly Chart: ComponentType<ChartProps<D>>;
}

/** A chart as the panel sees it: its tab and its framed component, whatever its data. */
export interface RegisteredChart {
  readonly id: string;
  readonly title: Key;
  readonly tab: Key;
  readonly Frame: ComponentType<ChartFrameInputs>;
}

export function defineChart<D>(def: ChartDefinition<D>): RegisteredChart {
  const { title, fileStem, Chart } = def;
  function DefinedFrame({ timeline, current, onSelectNode, headingLevel }: ChartFrameInputs) {
    const words = useWords();
    const [toggled, setToggled] = useState(false);
    const data = useMemo(() => def.data(words, timeline, current, toggled), [words, timeline, current, toggled]);
    const summary = useMemo(() => def.summary(words, data), [words, data]);
    const table = useCallback(() => def.table(words, data), [words, data]);
    const legend = useMemo(() => def.legend(words, data), [words, data]);
    const { csv } = def;
    return (
      <ChartFrame
        title={words.t(title)}
        summary={summary}
        table={table}
        csvTable={csv ? () => csv(words, timeline, current, toggled) : undefined}
        toggle={def.toggle ? { label: words.t(def.toggle), on: toggled, onChange: setToggled } : undefined}
        fileBase={`${fileStem}-${timeline.scenario.meta.id}-${timeline.node(current).date}`}
        legend={legend}
        note={def.note?.(words, data) ?? null}
        onSelectNode={onSelectNode}
        currentNode={current}
        headingLevel={headingLevel}
      >
        <Chart data={data} onSelectNode={onSelectNode} />
      </ChartFrame>
    );
  }
  DefinedFrame.displayName = `${def.id}Frame`;
  return { id: def.id, title, tab: def.tab, Frame: memo(DefinedFrame) };
}
