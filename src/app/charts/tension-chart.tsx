import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { TensionData, TensionPoint } from './chart-data.ts';
import { addDays, formatDate, formatShortDate, formatTension } from './chart-format.ts';
import { CURRENT_STYLE, seriesStyles } from './series-style.ts';
import { AXIS_TICK, CHART_HEIGHT, CHART_MARGIN, legendText } from './chart-theme.tsx';

export interface TensionChartProps {
  readonly data: TensionData;
  readonly onSelectNode?: (id: number) => void;
}

export function TensionChart({ data, onSelectNode }: TensionChartProps) {
  const current = data.drawn.find((s) => s.kind === 'current');
  const here = current?.points[current.points.length - 1];
  // The current branch is drawn last so it sits on top of the others.
  const order = [...data.drawn.filter((s) => s.kind !== 'current'), ...(current ? [current] : [])];
  const styles = seriesStyles(data.drawn);
  // The legend reads in priority order: you, history, then the other branches.
  const legendRank = new Map<string, number>(data.drawn.map((s, i) => [s.label, s.kind === 'current' ? -1 : i]));
  return (
    <LineChart responsive style={{ width: '100%', height: CHART_HEIGHT }} margin={CHART_MARGIN} title="Tension index per branch over time">
      <CartesianGrid stroke="#d9dde3" />
      <XAxis
        type="number"
        dataKey="x"
        domain={[data.xDomain[0], data.xDomain[1]]}
        allowDecimals={false}
        tickFormatter={(x: number) => formatShortDate(addDays(data.spanStart, Math.floor(x)))}
        tick={AXIS_TICK}
        minTickGap={24}
      />
      <YAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={AXIS_TICK} width={44} label={{ value: 'Tension', angle: -90, position: 'insideLeft', offset: 4, style: AXIS_TICK }} />
      <Tooltip content={(props) => <TensionTooltip active={props.active} payload={props.payload} />} shared={false} />
      <Legend wrapperStyle={{ fontSize: 15, paddingTop: 8 }} formatter={legendText} itemSorter={(item) => legendRank.get(String(item.value)) ?? 99} />
      {order.map((s) => {
        const st = styles.get(s.key) ?? CURRENT_STYLE;
        return (
          <Line
            key={s.key}
            data={s.points as TensionPoint[]}
            dataKey="tension"
            name={s.label}
            type="linear"
            stroke={st.colour}
            strokeWidth={st.width}
            strokeDasharray={st.dash}
            dot={s.kind !== 'replay' && s.points.length <= 40 ? { r: s.kind === 'current' ? 4 : 3, fill: st.colour, strokeWidth: 0 } : false}
            activeDot={{
              r: 7,
              cursor: onSelectNode ? 'pointer' : undefined,
              onClick: onSelectNode ? (_e: unknown, payload: unknown) => selectFrom(payload, onSelectNode) : undefined,
            }}
            isAnimationActive={false}
            legendType={s.kind === 'replay' ? 'plainline' : 'line'}
          />
        );
      })}
      {here ? <ReferenceDot x={here.x} y={here.tension} r={9} fill="none" stroke="#0b4f9c" strokeWidth={3} label={{ value: 'here', position: 'left', offset: 12, fontSize: 15, fill: '#0b4f9c', fontWeight: 600 }} /> : null}
    </LineChart>
  );
}

function selectFrom(payload: unknown, onSelectNode: (id: number) => void) {
  const point = (payload as { payload?: TensionPoint } | undefined)?.payload;
  if (point) onSelectNode(point.node);
}

function TensionTooltip({ active, payload }: Pick<TooltipContentProps, 'active' | 'payload'>) {
  if (!active || !payload || payload.length === 0) return null;
  return (
    <div className="chart-tooltip">
      {payload.map((entry) => {
        const p = entry.payload as TensionPoint;
        return (
          <p key={String(entry.name)}>
            <strong>{entry.name}</strong>
            <br />
            {formatDate(p.date)} · {p.move.actorShort ? `${p.move.actorShort}: ` : ''}
            {p.move.label}
            <br />
            Tension {formatTension(p.tension)}
          </p>
        );
      })}
    </div>
  );
}
