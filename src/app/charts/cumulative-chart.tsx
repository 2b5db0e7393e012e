import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { ActorInfo, CumulativeRow } from './chart-data.ts';
import { formatDate, formatSigned } from './chart-format.ts';
import { AXIS_TICK, CHART_HEIGHT, CHART_MARGIN, legendText } from './chart-theme.tsx';
import { actorStyle } from './series-style.ts';

export function CumulativeChart({ rows, actors }: { readonly rows: readonly CumulativeRow[]; readonly actors: readonly ActorInfo[] }) {
  // A symmetric domain keeps 0 in the middle, so "above the line" always means cooperative.
  let extent = 10;
  for (const r of rows) for (const a of actors) extent = Math.max(extent, Math.abs(r.values[a.id] ?? 0));
  const bound = Math.ceil(extent / 10) * 10;
  const ticks = [-bound, -bound / 2, 0, bound / 2, bound];
  return (
    <LineChart responsive style={{ width: '100%', height: CHART_HEIGHT }} margin={CHART_MARGIN} data={rows as CumulativeRow[]} title="Cumulative Goldstein per actor">
      <CartesianGrid stroke="#d9dde3" />
      <XAxis dataKey="step" tick={AXIS_TICK} label={{ value: 'Move on this path', position: 'insideBottom', offset: -2, style: AXIS_TICK }} height={48} />
      <YAxis type="number" domain={[-bound, bound]} ticks={ticks} tick={AXIS_TICK} width={52} tickFormatter={(v: number) => (v === 0 ? '0' : formatSigned(v).replace('.0', ''))} />
      <ReferenceLine y={0} stroke="#333333" strokeWidth={1.5} />
      <Tooltip content={(props) => <CumulativeTooltip active={props.active} payload={props.payload} actors={actors} />} />
      <Legend verticalAlign="top" wrapperStyle={{ fontSize: 15, paddingBottom: 4 }} formatter={legendText} />
      {actors.map((a, i) => {
        const st = actorStyle(a.colour, i);
        return (
          <Line
            key={a.id}
            dataKey={(r: CumulativeRow) => r.values[a.id] ?? 0}
            name={`${a.short} (${a.name})`}
            type="linear"
            stroke={st.colour}
            strokeWidth={st.width}
            strokeDasharray={st.dash}
            dot={rows.length <= 40 ? { r: 4, fill: st.colour, strokeWidth: 0 } : false}
            isAnimationActive={false}
          />
        );
      })}
    </LineChart>
  );
}

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
