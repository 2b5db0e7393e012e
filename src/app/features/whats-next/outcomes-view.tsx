/** Outcome probabilities at the horizon (with 95% intervals) and turn by turn (chart or table). */
import { TableScroll } from '../../components/index.ts';
import { memo, useId, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { OutcomeResult } from '../../../engine/rollout/index.ts';
import { useWords } from '../../lib/words/index.ts';
import { percentWithError } from './format.ts';

const PALETTE = ['#1d4f91', '#a8231b', '#17693a', '#7a5200', '#6b2c91', '#0f6f78', '#4a5360', '#b8431b'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '', '6 3', '2 3', '8 3 2 3'];
/** More lines than this stop being readable: the rest are in the table. */
const MAX_LINES = 8;

/** Memoised: progress ticks re-render the panel, and a chart redraw costs tens of milliseconds. */
export const OutcomesView = memo(function OutcomesView({ outcomes, depth, summary }: { readonly outcomes: readonly OutcomeResult[]; readonly depth: number; readonly summary: string }) {
  const words = useWords();
  const { t, format } = words;
  const [table, setTable] = useState(false);
  const summaryId = useId();
  if (outcomes.length === 0) return <p className="muted">{t('whatsNext.outcomes.none')}</p>;
  // The likeliest lines are drawn, but each outcome keeps its scenario-order colour and legend place,
  // so two runs can be compared by eye.
  const likeliest = new Set([...outcomes].sort((a, b) => b.ever - a.ever).slice(0, MAX_LINES).map((o) => o.id));
  const drawn = outcomes.map((o, i) => ({ o, i })).filter(({ o }) => likeliest.has(o.id));
  const data = Array.from({ length: depth + 1 }, (_v, turn) => Object.fromEntries([['turn', turn], ...drawn.map(({ o }) => [o.id, (o.byTurn[turn] ?? 0) * 100])]));
  return (
    <section className="whn-section" aria-labelledby={`${summaryId}-h`}>
      <h4 id={`${summaryId}-h`}>{t('whatsNext.outcomes.title')}</h4>
      <p id={summaryId} className="whn-summary">
        {summary}
      </p>
      <TableScroll label={t('whatsNext.outcomes.title')}>
        <table className="table whn-table" aria-describedby={summaryId}>
          <thead>
            <tr>
              <th scope="col">{t('whatsNext.col.outcome')}</th>
              <th scope="col">{t('whatsNext.col.atTurn', { depth })}</th>
              <th scope="col">{t('whatsNext.col.anyTurn')}</th>
            </tr>
          </thead>
          <tbody>
            {outcomes.map((o) => (
              <tr key={o.id}>
                <th scope="row">
                  {o.label}
                  {o.terminal && <span className="tag whn-tag">{t('whatsNext.outcomes.ends')}</span>}
                </th>
                <td>
                  <span className="whn-bar" aria-hidden="true">
                    <span style={{ width: `${o.probability * 100}%` }} />
                  </span>
                  {percentWithError(words, o.probability, o.standardError)}
                </td>
                <td>{format.percent(o.ever)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="muted whn-note">{t('whatsNext.outcomes.interval')}</p>
      <figure className="whn-figure">
        <figcaption className="whn-figure__head">
          <h5>{t('whatsNext.outcomes.byTurn')}</h5>
          <button type="button" className="button button--small" aria-pressed={table} onClick={() => setTable((v) => !v)}>
            {table ? t('whatsNext.showChart') : t('charts.showTable')}
          </button>
        </figcaption>
        {table ? (
          <TableScroll label={t('whatsNext.outcomes.caption')}>
            <table className="table whn-table">
              <caption className="visually-hidden">{t('whatsNext.outcomes.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('whatsNext.col.turn')}</th>
                  {outcomes.map((o) => (
                    <th scope="col" key={o.id}>
                      {o.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {Array.from({ length: depth + 1 }, (_v, turn) => (
                  <tr key={turn}>
                    <th scope="row">{turn}</th>
                    {outcomes.map((o) => (
                      <td key={o.id}>{percentWithError(words, o.byTurn[turn] ?? 0, o.standardErrorByTurn[turn] ?? 0)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : (
          <div className="whn-chart" role="img" aria-label={t('whatsNext.outcomes.chart', { summary })}>
            <ResponsiveContainer width="100%" height={260}>
              <LineChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
                <CartesianGrid stroke="#d5d9e0" strokeDasharray="3 3" />
                <XAxis dataKey="turn" tick={{ fontSize: 14 }} />
                <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 14 }} width={48} />
                <Tooltip formatter={(v) => format.percent(Number(v) / 100)} labelFormatter={(turn) => t('whatsNext.turn', { turn: String(turn) })} />
                <Legend wrapperStyle={{ fontSize: 14 }} itemSorter={null} />
                {drawn.map(({ o, i }) => (
                  <Line
                    key={o.id}
                    dataKey={o.id}
                    name={o.label}
                    stroke={PALETTE[i % PALETTE.length]}
                    strokeDasharray={DASHES[i % DASHES.length]}
                    strokeWidth={2}
                    dot={false}
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
            {outcomes.length > drawn.length && <p className="muted">{t('whatsNext.outcomes.rarer', { count: outcomes.length - drawn.length })}</p>}
          </div>
        )}
      </figure>
    </section>
  );
});
