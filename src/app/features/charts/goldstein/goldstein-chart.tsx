import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { drawnBars, type GoldsteinRow } from './goldstein-data.ts';
import { useWords } from '../../../lib/words/index.ts';
import { AXIS_TICK, CHART_MARGIN, CHART_STYLE, legendText, weightTick } from '../shared/chart-theme.tsx';
import { CONFLICT_COLOUR, COOPERATION_COLOUR } from '../shared/series-style.ts';
import type { ChartProps } from '../shared/define-chart.tsx';

/** Above this many bars the value labels would overlap; the table and tooltip still give the values. */
const MAX_LABELLED_BARS = 24;

// Props Recharts compares on every render: kept as constants so an unchanged part is not redrawn.
const MARGIN = { ...CHART_MARGIN, top: 24 };
const xLabel = (value: string) => ({ value, position: 'insideBottom', offset: -2, style: AXIS_TICK }) as const;
const Y_DOMAIN = [-10, 10];
const Y_TICKS = [-10, -5, 0, 5, 10];
const CURSOR = { fill: 'rgba(0,0,0,0.06)' };
const LEGEND_STYLE = { fontSize: 15, paddingBottom: 4 };
const stepTick = (step: number) => String(step);

const renderTooltip = (props: TooltipContentProps) => <GoldsteinTooltip active={props.active} payload={props.payload} />;
const labelAbove = (p: Omit<BarValueProps, 'side'>) => <BarValue {...p} side="above" />;
const labelBelow = (p: Omit<BarValueProps, 'side'>) => <BarValue {...p} side="below" />;

function GoldsteinChartImpl({ data }: ChartProps<readonly GoldsteinRow[]>) {
  const rows = useMemo(() => drawnBars(data), [data]);
  const words = useWords();
  const { t } = words;
  const labelled = rows.length <= MAX_LABELLED_BARS;
  const axisLabel = useMemo(() => xLabel(t('charts.axis.move')), [t]);
  const yTick = useMemo(() => weightTick(words), [words]);
  return (
    <BarChart responsive style={CHART_STYLE} margin={MARGIN} data={rows as GoldsteinRow[]} title={t('charts.goldstein.chartTitle')} stackOffset="sign">
      <CartesianGrid stroke="#d9dde3" vertical={false} />
      <XAxis dataKey="step" tick={AXIS_TICK} tickFormatter={stepTick} label={axisLabel} height={48} />
      <YAxis type="number" domain={Y_DOMAIN} ticks={Y_TICKS} tick={AXIS_TICK} width={44} tickFormatter={yTick} />
      <ReferenceLine y={0} stroke="#333333" strokeWidth={1.5} />
      <Tooltip content={renderTooltip} cursor={CURSOR} />
      <Legend verticalAlign="top" wrapperStyle={LEGEND_STYLE} formatter={legendText} />
      <Bar dataKey="cooperation" name={t('charts.cooperation')} stackId="g" fill={COOPERATION_COLOUR} isAnimationActive={false} maxBarSize={48}>
        {labelled ? <LabelList dataKey="cooperation" content={labelAbove} /> : null}
      </Bar>
      <Bar dataKey="conflict" name={t('charts.conflict')} stackId="g" fill={CONFLICT_COLOUR} isAnimationActive={false} maxBarSize={48}>
        {labelled ? <LabelList dataKey="conflict" content={labelBelow} /> : null}
      </Bar>
    </BarChart>
  );
}

/** Re-renders only when its rows change. */
export const GoldsteinChart = memo(GoldsteinChartImpl);

function GoldsteinTooltip({ active, payload }: Pick<TooltipContentProps, 'active' | 'payload'>) {
  const words = useWords();
  const { t } = words;
  const row = payload?.[0]?.payload as GoldsteinRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p>
        <strong>{t('charts.tooltip.step', { step: row.step, move: t('moves.actorMove', { actor: row.move.actorShort, move: row.move.label }) })}</strong>
        <br />
        {words.format.date(row.date)} · {t('charts.tooltip.cameo', { code: row.move.cameo ?? '—' })}
        <br />
        {row.goldstein === null ? t('charts.tooltip.goldsteinPass') : t('charts.tooltip.goldstein', { weight: words.format.signed(row.goldstein), kind: row.kind })}
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
  const words = useWords();
  if (typeof value !== 'number') return null;
  const [bx, by, bw, bh] = [x, y, width, height].map(Number) as [number, number, number, number];
  const top = Math.min(by, by + bh);
  const bottom = Math.max(by, by + bh);
  return (
    <text x={bx + bw / 2} y={side === 'above' ? top - 6 : bottom + 17} textAnchor="middle" fontSize={14} fill="#111111">
      {words.format.signed(value)}
    </text>
  );
}
