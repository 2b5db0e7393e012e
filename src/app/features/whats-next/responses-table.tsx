/** The next move's likely responses: probability and Goldstein weight, as written and under the what-if. */
import { useState } from 'react';
import type { RolloutResponse } from '../../../engine/rollout/index.ts';
import type { Scenario } from '../../../scenario/types.ts';
import { GoldsteinTag, TableScroll } from '../../components/index.ts';
import { useWords } from '../../lib/words/index.ts';
import { moveLabel } from './format.ts';

const SHOWN = 6;

export interface ResponsesTableProps {
  readonly scenario: Scenario;
  readonly base: readonly RolloutResponse[];
  readonly scaled: readonly RolloutResponse[];
  readonly whatIfActive: boolean;
}

export function ResponsesTable({ scenario, base, scaled, whatIfActive }: ResponsesTableProps) {
  const words = useWords();
  const { t, format } = words;
  const [all, setAll] = useState(false);
  if (scaled.length === 0) return <p className="whn-summary">{t('whatsNext.responses.over')}</p>;
  const free = scenario.turns.mode === 'free';
  const actors = [...new Set(scaled.map((r) => r.actor))].map((id) => scenario.actors.find((a) => a.id === id)?.short ?? id);
  const rows = all ? scaled : scaled.slice(0, SHOWN);
  const before = (r: RolloutResponse) => base.find((b) => b.actor === r.actor && b.move === r.move)?.next ?? 0;
  return (
    <section className="whn-section" aria-labelledby="whn-responses">
      <h4 id="whn-responses">{t('whatsNext.responses.title')}</h4>
      <p className="whn-summary">
        {free ? t('whatsNext.responses.free') : t('whatsNext.responses.next', { actors: actors.join(t('list.comma')) })}{' '}
        {t('whatsNext.responses.likeliest', { move: moveLabel(words, scenario, scaled[0]?.move ?? '', scaled[0]?.actor), share: format.percent(scaled[0]?.next ?? 0) })}
      </p>
      <TableScroll label={t('whatsNext.responses.title')}>
        <table className="table whn-table">
          <thead>
            <tr>
              <th scope="col">{t('whatsNext.col.move')}</th>
              <th scope="col">{whatIfActive ? t('whatsNext.col.probabilityWhatIf') : t('whatsNext.col.probability')}</th>
              {whatIfActive && <th scope="col">{t('whatsNext.col.asWritten')}</th>}
              <th scope="col">{t('whatsNext.col.goldstein')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.actor}/${r.move}`}>
                <th scope="row">{moveLabel(words, scenario, r.move, r.actor)}</th>
                <td>
                  <span className="whn-bar" aria-hidden="true">
                    <span style={{ width: `${r.next * 100}%` }} />
                  </span>
                  {format.percent(r.next)}
                </td>
                {whatIfActive && <td>{format.percent(before(r))}</td>}
                <td>
                  <GoldsteinTag value={r.goldstein} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {scaled.length > SHOWN && (
        <button type="button" className="button button--small" aria-expanded={all} onClick={() => setAll((a) => !a)}>
          {all ? t('whatsNext.responses.top', { count: SHOWN }) : t('whatsNext.responses.all', { count: scaled.length })}
        </button>
      )}
    </section>
  );
}
