/** The fan: tension percentiles per turn as two shaded bands and a median line (never one line per rollout). */
import { TableScroll } from '../../components/index.ts';
import { memo, useId, useState } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { FanPoint } from '../../../engine/rollout/index.ts';
import { useWords, type Words } from '../../lib/words/index.ts';

/** Memoised: progress ticks re-render the panel, and a chart redraw costs tens of milliseconds. */
export const FanChart = memo(function FanChart({ fan, summary }: { readonly fan: readonly FanPoint[]; readonly summary: string }) {
  const words = useWords();
  const { t, format } = words;
  const [table, setTable] = useState(false);
  const summaryId = useId();
  const data = fan.map((f) => ({ turn: f.turn, outer: [f.p5, f.p95], inner: [f.p25, f.p75], median: f.p50 }));
  return (
    <figure className="whn-figure" aria-describedby={summaryId}>
      <figcaption className="whn-figure__head">
        <h4>{t('whatsNext.fan.title')}</h4>
        <button type="button" className="button button--small" aria-pressed={table} onClick={() => setTable((v) => !v)}>
          {table ? t('whatsNext.showChart') : t('charts.showTable')}
        </button>
      </figcaption>
      <p id={summaryId} className="whn-summary">
        {summary}
      </p>
      {table ? (
        <TableScroll label={t('whatsNext.fan.caption')}>
          <table className="table whn-table">
            <caption className="visually-hidden">{t('whatsNext.fan.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('whatsNext.col.turn')}</th>
                <th scope="col">{t('whatsNext.col.date')}</th>
                <th scope="col">{t('whatsNext.col.p5')}</th>
                <th scope="col">{t('whatsNext.col.p25')}</th>
                <th scope="col">{t('whatsNext.col.median')}</th>
                <th scope="col">{t('whatsNext.col.p75')}</th>
                <th scope="col">{t('whatsNext.col.p95')}</th>
              </tr>
            </thead>
            <tbody>
              {fan.map((f) => (
                <tr key={f.turn}>
                  <th scope="row">{f.turn}</th>
                  <td>{format.date(f.date)}</td>
                  {[f.p5, f.p25, f.p50, f.p75, f.p95].map((v, i) => (
                    <td key={i}>{format.number(v, 1)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <div className="whn-chart" role="img" aria-label={t('whatsNext.fan.chart', { turns: fan.length - 1, summary })}>
          <ResponsiveContainer width="100%" height={260}>
            <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 20, left: 0 }}>
              <CartesianGrid stroke="#d5d9e0" strokeDasharray="3 3" />
              <XAxis dataKey="turn" label={{ value: t('whatsNext.fan.axis'), position: 'insideBottom', offset: -12 }} tick={{ fontSize: 14 }} />
              <YAxis domain={[0, 100]} tick={{ fontSize: 14 }} width={40} />
              <Tooltip formatter={(value) => tooltipValue(words, value)} labelFormatter={(turn) => t('whatsNext.turn', { turn: String(turn) })} />
              <Area type="stepAfter" dataKey="outer" name={t('whatsNext.fan.outer')} stroke="none" fill="#1d4f91" fillOpacity={0.18} isAnimationActive={false} />
              <Area type="stepAfter" dataKey="inner" name={t('whatsNext.fan.inner')} stroke="none" fill="#1d4f91" fillOpacity={0.38} isAnimationActive={false} />
              <Line type="stepAfter" dataKey="median" name={t('whatsNext.fan.median')} stroke="#1b1f24" strokeWidth={2.5} dot={false} isAnimationActive={false} />
            </ComposedChart>
          </ResponsiveContainer>
          <p className="whn-legend" aria-hidden="true">
            <span className="whn-swatch whn-swatch--outer" /> {t('whatsNext.fan.outer')} <span className="whn-swatch whn-swatch--inner" /> {t('whatsNext.fan.innerShort')}{' '}
            <span className="whn-swatch whn-swatch--median" /> {t('whatsNext.fan.median')}
          </p>
        </div>
      )}
    </figure>
  );
});

function tooltipValue(words: Words, value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => words.format.number(Number(v), 1)).join(' – ');
  return words.format.number(Number(value), 1);
}
