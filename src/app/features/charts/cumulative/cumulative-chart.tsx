import { memo, useCallback, useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { ActorInfo, CumulativeData, CumulativeRow } from './cumulative-data.ts';
import { formatDate, formatSigned } from '../shared/chart-format.ts';
import { AXIS_TICK, CHART_MARGIN, CHART_STYLE, legendText } from '../shared/chart-theme.tsx';
import { actorStyle } from '../shared/series-style.ts';
import type { ChartProps } from '../shared/define-chart.tsx';

// Props Recharts compares on every render: kept as constants so an unchanged part is not redrawn.
const X_LABEL = { value: 'Move on this path', position: 'insideBottom', offset: -2, style: AXIS_TICK } as const;
const LEGEND_STYLE = { fontSize: 15, paddingBottom: 4 };
const weightTick = (v: number) => (v === 0 ? '0' : formatSigned(v).replace('.0', ''));

function CumulativeChartImpl({ data: { rows, actors } }: ChartProps<CumulativeData>) {
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
    <LineChart responsive style={CHART_STYLE} margin={CHART_MARGIN} data={rows as CumulativeRow[]} title="Cumulative Goldstein per actor">
      <CartesianGrid stroke="#d9dde3" />
      <XAxis dataKey="step" tick={AXIS_TICK} label={X_LABEL} height={48} />
      <YAxis type="number" domain={yDomain} ticks={ticks} tick={AXIS_TICK} width={52} tickFormatter={weightTick} />
      <ReferenceLine y={0} stroke="#333333" strokeWidth={1.5} />
      <Tooltip content={renderTooltip} />
      <Legend verticalAlign="top" wrapperStyle={LEGEND_STYLE} formatter={legendText} />
      {lines.map(({ actor, style, value, dot }) => (
        <Line
          key={actor.id}
          dataKey={value}
          name={actor.name.includes(actor.short) ? actor.name : `${actor.short} (${actor.name})`}
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
  const row = payload?.[0]?.payload as CumulativeRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p>
        <strong>
          {row.step}. {row.move.actorShort ? `${row.move.actorShort}: ` : ''}
          {row.move.label}
        </strong>
        <br />
        {formatDate(row.date)}
      </p>
      <ul>
        {actors.map((a) => (
          <li key={a.id}>
            {a.short}: {formatSigned(row.values[a.id] ?? 0)}
          </li>
        ))}
      </ul>
    </div>
  );
}
