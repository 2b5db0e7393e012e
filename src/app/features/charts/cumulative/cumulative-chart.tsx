import { memo, useCallback, useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { ActorInfo, CumulativeData, CumulativeRow } from './cumulative-data.ts';
import { useWords } from '../../../lib/words/index.ts';
import { AXIS_TICK, CHART_MARGIN, CHART_STYLE, legendText, weightTick } from '../shared/chart-theme.tsx';
import { actorStyle } from '../shared/series-style.ts';
import type { ChartProps } from '../shared/define-chart.tsx';
import { thinOut } from '../shared/thin-out.ts';

// Props Recharts compares on every render: kept as constants so an unchanged part is not redrawn.
const LEGEND_STYLE = { fontSize: 15, paddingBottom: 4 };
const STEP_DOMAIN = ['dataMin', 'dataMax'];

function CumulativeChartImpl({ data: { rows: all, actors } }: ChartProps<CumulativeData>) {
  // A long path is thinned for drawing (each side's highs and lows kept); the x axis then counts
  // steps as numbers, so the kept steps stay where they are.
  const rows = useMemo(() => thinOut(all, (r) => actors.map((a) => r.values[a.id] ?? 0)), [all, actors]);
  const thinned = rows !== all;
  const words = useWords();
  const { t } = words;
  const axisLabel = useMemo(() => ({ value: t('charts.axis.move'), position: 'insideBottom', offset: -2, style: AXIS_TICK }) as const, [t]);
  const yTick = useMemo(() => weightTick(words), [words]);
  // A symmetric domain keeps 0 in the middle, so "above the line" always means cooperative.
  let extent = 10;
  for (const r of rows) for (const a of actors) extent = Math.max(extent, Math.abs(r.values[a.id] ?? 0));
  const bound = Math.ceil(extent / 10) * 10;
  const yDomain = useMemo(() => [-bound, bound], [bound]);
  const ticks = useMemo(() => [-bound, -bound / 2, 0, bound / 2, bound], [bound]);
  const dotted = rows.length <= 40;
  // One stable accessor and style per actor: new functions on every render would make Recharts redo each line.
  const lines = useMemo(
    () =>
      actors.map((a, i) => {
        const st = actorStyle(a.colour, i);
        return { actor: a, style: st, value: (r: CumulativeRow) => r.values[a.id] ?? 0, dot: { r: 4, fill: st.colour, strokeWidth: 0 } };
      }),
    [actors],
  );
  const renderTooltip = useCallback((props: TooltipContentProps) => <CumulativeTooltip active={props.active} payload={props.payload} actors={actors} />, [actors]);
  return (
    <LineChart responsive style={CHART_STYLE} margin={CHART_MARGIN} data={rows as CumulativeRow[]} title={t('charts.cumulative.title')}>
      <CartesianGrid stroke="#d9dde3" />
      <XAxis dataKey="step" type={thinned ? 'number' : 'category'} domain={thinned ? STEP_DOMAIN : undefined} allowDecimals={false} tick={AXIS_TICK} label={axisLabel} height={48} />
      <YAxis type="number" domain={yDomain} ticks={ticks} tick={AXIS_TICK} width={52} tickFormatter={yTick} />
      <ReferenceLine y={0} stroke="#333333" strokeWidth={1.5} />
      <Tooltip content={renderTooltip} />
      <Legend verticalAlign="top" wrapperStyle={LEGEND_STYLE} formatter={legendText} />
      {lines.map(({ actor, style, value, dot }) => (
        <Line
          key={actor.id}
          dataKey={value}
          name={actor.name.includes(actor.short) ? actor.name : t('charts.actorName', { short: actor.short, name: actor.name })}
          type="linear"
          stroke={style.colour}
          strokeWidth={style.width}
          strokeDasharray={style.dash}
          dot={dotted ? dot : false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}

/** Re-renders only when its data (rows and actors) change. */
export const CumulativeChart = memo(CumulativeChartImpl);

function CumulativeTooltip({ active, payload, actors }: Pick<TooltipContentProps, 'active' | 'payload'> & { actors: readonly ActorInfo[] }) {
  const words = useWords();
  const { t } = words;
  const row = payload?.[0]?.payload as CumulativeRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p>
        <strong>{t('charts.tooltip.step', { step: row.step, move: row.move.actorShort ? t('moves.actorMove', { actor: row.move.actorShort, move: row.move.label }) : row.move.label })}</strong>
        <br />
        {words.format.date(row.date)}
      </p>
      <ul>
        {actors.map((a) => (
          <li key={a.id}>{t('charts.tooltip.actorValue', { actor: a.short, value: words.format.signed(row.values[a.id] ?? 0) })}</li>
        ))}
      </ul>
    </div>
  );
}
