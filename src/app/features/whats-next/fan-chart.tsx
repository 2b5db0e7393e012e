/** The fan: tension percentiles per turn as two shaded bands and a median line (never one line per rollout). */
import { memo, useId, useState } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { FanPoint } from '../../../engine/rollout/index.ts';
import { formatDate } from '../../lib/format.ts';

/** Memoised: progress ticks re-render the panel, and a chart redraw costs tens of milliseconds. */
export const FanChart = memo(function FanChart({ fan, summary }: { readonly fan: readonly FanPoint[]; readonly summary: string }) {
  const [table, setTable] = useState(false);
  const summaryId = useId();
  const data = fan.map((f) => ({ turn: f.turn, outer: [f.p5, f.p95], inner: [f.p25, f.p75], median: f.p50 }));
  return (
    <figure className="whn-figure" aria-describedby={summaryId}>
      <figcaption className="whn-figure__head">
        <h4>Tension fan</h4>
        <button type="button" className="button button--small" aria-pressed={table} onClick={() => setTable((t) => !t)}>
          {table ? 'Show chart' : 'Show table'}
        </button>
      </figcaption>
      <p id={summaryId} className="whn-summary">
        {summary}
      </p>
      {table ? (
        <table className="table whn-table">
          <caption className="visually-hidden">Tension percentiles by turn</caption>
          <thead>
            <tr>
              <th scope="col">Turn</th>
              <th scope="col">Date</th>
              <th scope="col">5th</th>
              <th scope="col">25th</th>
              <th scope="col">Median</th>
              <th scope="col">75th</th>
              <th scope="col">95th</th>
            </tr>
          </thead>
          <tbody>
            {fan.map((f) => (
              <tr key={f.turn}>
                <th scope="row">{f.turn}</th>
                <td>{formatDate(f.date)}</td>
                {[f.p5, f.p25, f.p50, f.p75, f.p95].map((v, i) => (
                  <td key={i}>{v.toFixed(1)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div className="whn-chart" role="img" aria-label={`Fan chart of tension over ${fan.length - 1} turns. ${summary}`}>
          <ResponsiveContainer width="100%" height={260}>
            <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 20, left: 0 }}>
              <CartesianGrid stroke="#d5d9e0" strokeDasharray="3 3" />
              <XAxis dataKey="turn" label={{ value: 'turn', position: 'insideBottom', offset: -12 }} tick={{ fontSize: 14 }} />
              <YAxis domain={[0, 100]} tick={{ fontSize: 14 }} width={40} />
              <Tooltip formatter={tooltipValue} labelFormatter={(t) => `Turn ${String(t)}`} />
              <Area type="stepAfter" dataKey="outer" name="5th–95th percentile" stroke="none" fill="#1d4f91" fillOpacity={0.18} isAnimationActive={false} />
              <Area type="stepAfter" dataKey="inner" name="25th–75th percentile" stroke="none" fill="#1d4f91" fillOpacity={0.38} isAnimationActive={false} />
              <Line type="stepAfter" dataKey="median" name="median" stroke="#1b1f24" strokeWidth={2.5} dot={false} isAnimationActive={false} />
            </ComposedChart>
          </ResponsiveContainer>
          <p className="whn-legend" aria-hidden="true">
            <span className="whn-swatch whn-swatch--outer" /> 5th–95th percentile <span className="whn-swatch whn-swatch--inner" /> 25th–75th{' '}
            <span className="whn-swatch whn-swatch--median" /> median
          </p>
        </div>
      )}
    </figure>
  );
});

function tooltipValue(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => Number(v).toFixed(1)).join(' – ');
  return Number(value).toFixed(1);
}
