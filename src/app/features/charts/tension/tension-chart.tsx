import { memo, useCallback, useMemo, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { TensionData, TensionPoint, TensionSeries } from './tension-data.ts';
import { addDays } from '../../../../scenario/dates.ts';
import { useWords } from '../../../lib/words/index.ts';
import { tensionText } from '../../../lib/words/tension.ts';
import { CURRENT_STYLE, seriesStyles } from '../shared/series-style.ts';
import { reuseSeries } from './stable-series.ts';
import { thinOut } from '../shared/thin-out.ts';
import { AXIS_TICK, CHART_MARGIN, CHART_STYLE, legendText } from '../shared/chart-theme.tsx';
import type { ChartProps } from '../shared/define-chart.tsx';

// Props Recharts compares on every render: kept as constants so an unchanged part is not redrawn.
const Y_DOMAIN = [0, 100];
const Y_TICKS = [0, 25, 50, 75, 100];
const yLabel = (value: string) => ({ value, angle: -90, position: 'insideLeft', offset: 4, style: AXIS_TICK }) as const;
const LEGEND_STYLE = { fontSize: 15, paddingTop: 8 };
// Above the ring (below it near the top), with a white halo: beside the ring it sat on the line and
// was clipped by the y-axis at the first point.
const HERE_LABEL_STYLE = { fontSize: 15, fill: '#0b4f9c', fontWeight: 600, stroke: '#ffffff', strokeWidth: 4, paintOrder: 'stroke' } as const;

/** The "you are here" label: above the ring (below near the top), anchored so it never runs past either axis. */
function hereLabel(value: string, tension: number, at: number) {
  const anchor = at < 0.12 ? ({ textAnchor: 'start', dx: 2 } as const) : at > 0.88 ? ({ textAnchor: 'end', dx: -2 } as const) : ({ textAnchor: 'middle', dx: 0 } as const);
  return { value, position: tension > 80 ? 'bottom' : 'top', offset: 16, ...anchor, ...HERE_LABEL_STYLE } as const;
}

/**
 * Series equal in content to the previous render's keep their identity, so Recharts skips their
 * <Line>: a move redraws the current branch, not every branch (the state-from-props pattern).
 */
function useStableSeries(drawn: readonly TensionSeries[]): readonly TensionSeries[] {
  const [memo, setMemo] = useState({ source: drawn, stable: drawn });
  if (memo.source !== drawn) {
    const next = { source: drawn, stable: reuseSeries(memo.stable, drawn) };
    setMemo(next);
    return next.stable;
  }
  return memo.stable;
}

// One thinned copy per series object: a series that kept its identity keeps its drawn points too.
const thinned = new WeakMap<TensionSeries, readonly TensionPoint[]>();
function drawnPoints(series: TensionSeries): readonly TensionPoint[] {
  let points = thinned.get(series);
  if (!points) thinned.set(series, (points = thinOut(series.points, (p) => [p.tension])));
  return points;
}

function TensionChartImpl({ data, onSelectNode }: ChartProps<TensionData>) {
  const { t, format } = useWords();
  const drawn = useStableSeries(data.drawn);
  const current = drawn.find((s) => s.kind === 'current');
  const here = current?.points[current.points.length - 1];
  // The current branch is drawn last so it sits on top of the others.
  const order = useMemo(() => [...drawn.filter((s) => s.kind !== 'current'), ...drawn.filter((s) => s.kind === 'current')], [drawn]);
  const styles = useMemo(() => seriesStyles(drawn), [drawn]);
  // The legend reads in priority order: you, history, then the other branches.
  const legendSorter = useMemo(() => {
    const rank = new Map<string, number>(drawn.map((s, i) => [s.label, s.kind === 'current' ? -1 : i]));
    return (item: { value?: unknown }) => rank.get(String(item.value)) ?? 99;
  }, [drawn]);
  const [x0, x1] = data.xDomain;
  const xDomain = useMemo(() => [x0, x1], [x0, x1]);
  const hereTension = here?.tension ?? 0;
  const hereAt = here && x1 > x0 ? (here.x - x0) / (x1 - x0) : 0;
  const hereLabelProps = useMemo(() => hereLabel(t('charts.youAreHere'), hereTension, hereAt), [t, hereTension, hereAt]);
  const yAxisLabel = useMemo(() => yLabel(t('charts.col.tension')), [t]);
  const { spanStart } = data;
  const xTick = useCallback((x: number) => format.shortDate(addDays(spanStart, Math.floor(x))), [format, spanStart]);
  const activeDot = useMemo(
    () => ({
      r: 7,
      cursor: onSelectNode ? 'pointer' : undefined,
      onClick: onSelectNode ? (_e: unknown, payload: unknown) => selectFrom(payload, onSelectNode) : undefined,
    }),
    [onSelectNode],
  );
  return (
    <LineChart responsive style={CHART_STYLE} margin={CHART_MARGIN} title={t('charts.tension.chartTitle')}>
      <CartesianGrid stroke="#d9dde3" />
      <XAxis type="number" dataKey="x" domain={xDomain} allowDecimals={false} tickFormatter={xTick} tick={AXIS_TICK} minTickGap={24} />
      <YAxis type="number" domain={Y_DOMAIN} ticks={Y_TICKS} tick={AXIS_TICK} width={44} label={yAxisLabel} />
      <Tooltip content={renderTooltip} shared={false} />
      <Legend wrapperStyle={LEGEND_STYLE} formatter={legendText} itemSorter={legendSorter} />
      {order.map((s) => {
        const st = styles.get(s.key) ?? CURRENT_STYLE;
        // Markers only on the current branch: the others are told apart by colour and dash, and
        // dozens of marker elements per branch would make every move slower to draw.
        const dot = s.kind === 'current' && s.points.length <= 40 ? { r: 4, fill: st.colour, strokeWidth: 0 } : false;
        return (
          <Line
            // The current branch's line stays one element as "you" move: Recharts updates it instead of
            // removing one line and adding another (each is a round of its store's selectors).
            key={s.kind === 'current' ? 'current' : s.key}
            data={drawnPoints(s) as TensionPoint[]}
            dataKey="tension"
            name={s.label}
            type="linear"
            stroke={st.colour}
            strokeWidth={st.width}
            strokeDasharray={st.dash}
            dot={dot}
            activeDot={activeDot}
            isAnimationActive={false}
            legendType={s.kind === 'current' ? 'line' : 'plainline'}
          />
        );
      })}
      {here ? <ReferenceDot x={here.x} y={here.tension} r={9} fill="none" stroke="#0b4f9c" strokeWidth={3} label={hereLabelProps} /> : null}
    </LineChart>
  );
}

/** Re-renders only when the data or the handler change. */
export const TensionChart = memo(TensionChartImpl);

function selectFrom(payload: unknown, onSelectNode: (id: number) => void) {
  const point = (payload as { payload?: TensionPoint } | undefined)?.payload;
  if (point) onSelectNode(point.node);
}

function renderTooltip(props: TooltipContentProps) {
  return <TensionTooltip active={props.active} payload={props.payload} />;
}

function TensionTooltip({ active, payload }: Pick<TooltipContentProps, 'active' | 'payload'>) {
  const words = useWords();
  if (!active || !payload || payload.length === 0) return null;
  return (
    <div className="chart-tooltip">
      {payload.map((entry) => {
        const p = entry.payload as TensionPoint;
        return (
          <p key={String(entry.name)}>
            <strong>{entry.name}</strong>
            <br />
            {words.format.date(p.date)} · {p.move.actorShort ? words.t('moves.actorMove', { actor: p.move.actorShort, move: p.move.label }) : p.move.label}
            <br />
            {words.t('charts.tooltip.tension', { tension: tensionText(words, p.tension) })}
          </p>
        );
      })}
    </div>
  );
}
