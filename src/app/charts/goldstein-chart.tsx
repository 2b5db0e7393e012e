import { Bar, BarChart, CartesianGrid, LabelList, Legend, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { GoldsteinRow } from './chart-data.ts';
import { formatDate, formatSigned } from './chart-format.ts';
import { AXIS_TICK, CHART_HEIGHT, CHART_MARGIN, legendText } from './chart-theme.tsx';
import { CONFLICT_COLOUR, COOPERATION_COLOUR } from './series-style.ts';

/** Above this many bars the value labels would overlap; the table and tooltip still give the values. */
const MAX_LABELLED_BARS = 24;

export function GoldsteinChart({ rows }: { readonly rows: readonly GoldsteinRow[] }) {
  const labelled = rows.length <= MAX_LABELLED_BARS;
  return (
    <BarChart responsive style={{ width: '100%', height: CHART_HEIGHT }} margin={{ ...CHART_MARGIN, top: 24 }} data={rows as GoldsteinRow[]} title="Goldstein weight of each move" stackOffset="sign">
      <CartesianGrid stroke="#d9dde3" vertical={false} />
      <XAxis dataKey="step" tick={AXIS_TICK} tickFormatter={(step: number) => String(step)} label={{ value: 'Move on this path', position: 'insideBottom', offset: -2, style: AXIS_TICK }} height={48} />
      <YAxis type="number" domain={[-10, 10]} ticks={[-10, -5, 0, 5, 10]} tick={AXIS_TICK} width={44} tickFormatter={(v: number) => (v === 0 ? '0' : formatSigned(v).replace('.0', ''))} />
      <ReferenceLine y={0} stroke="#333333" strokeWidth={1.5} />
      <Tooltip content={(props) => <GoldsteinTooltip active={props.active} payload={props.payload} />} cursor={{ fill: 'rgba(0,0,0,0.06)' }} />
      <Legend verticalAlign="top" wrapperStyle={{ fontSize: 15, paddingBottom: 4 }} formatter={legendText} />
      <Bar dataKey="cooperation" name="Cooperation (+)" stackId="g" fill={COOPERATION_COLOUR} isAnimationActive={false} maxBarSize={48}>
        {labelled ? <LabelList dataKey="cooperation" content={(p) => <BarValue {...p} side="above" />} /> : null}
      </Bar>
      <Bar dataKey="conflict" name="Conflict (−)" stackId="g" fill={CONFLICT_COLOUR} isAnimationActive={false} maxBarSize={48}>
        {labelled ? <LabelList dataKey="conflict" content={(p) => <BarValue {...p} side="below" />} /> : null}
      </Bar>
    </BarChart>
  );
}

function GoldsteinTooltip({ active, payload }: Pick<TooltipContentProps, 'active' | 'payload'>) {
  const row = payload?.[0]?.payload as GoldsteinRow | undefined;
  if (!active || !row) return null;
  const kind = { cooperation: 'cooperation', conflict: 'conflict', neutral: 'neutral', pass: 'pass' }[row.kind];
  return (
    <div className="chart-tooltip">
      <p>
        <strong>
          {row.step}. {row.move.actorShort}: {row.move.label}
        </strong>
        <br />
        {formatDate(row.date)} · CAMEO {row.move.cameo ?? '—'}
        <br />
        Goldstein {row.goldstein === null ? '— (pass)' : `${formatSigned(row.goldstein)} (${kind})`}
      </p>
    </div>
  );
}

interface BarValueProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly width?: number | string;
  readonly height?: number | string;
  readonly value?: unknown;
  readonly side: 'above' | 'below';
}

/** The signed value at the outer end of a bar (above a positive bar, below a negative one). */
function BarValue({ x, y, width, height, value, side }: BarValueProps) {
  if (typeof value !== 'number') return null;
  const [bx, by, bw, bh] = [x, y, width, height].map(Number) as [number, number, number, number];
  const top = Math.min(by, by + bh);
  const bottom = Math.max(by, by + bh);
  return (
    <text x={bx + bw / 2} y={side === 'above' ? top - 6 : bottom + 17} textAnchor="middle" fontSize={14} fill="#111111">
      {formatSigned(value)}
    </text>
  );
}
