/** The next move's likely responses: probability and Goldstein weight, as written and under the what-if. */
import { useState } from 'react';
import type { RolloutResponse } from '../../../engine/rollout/index.ts';
import type { Scenario } from '../../../scenario/types.ts';
import { GoldsteinTag } from '../../components/index.ts';
import { moveLabel, percent } from './format.ts';

const SHOWN = 6;

export interface ResponsesTableProps {
  readonly scenario: Scenario;
  readonly base: readonly RolloutResponse[];
  readonly scaled: readonly RolloutResponse[];
  readonly whatIfActive: boolean;
}

export function ResponsesTable({ scenario, base, scaled, whatIfActive }: ResponsesTableProps) {
  const [all, setAll] = useState(false);
  if (scaled.length === 0) return <p className="whn-summary">Nobody moves from here: the game is over.</p>;
  const free = scenario.turns.mode === 'free';
  const actors = [...new Set(scaled.map((r) => r.actor))].map((id) => scenario.actors.find((a) => a.id === id)?.short ?? id);
  const rows = all ? scaled : scaled.slice(0, SHOWN);
  const before = (r: RolloutResponse) => base.find((b) => b.actor === r.actor && b.move === r.move)?.next ?? 0;
  return (
    <section className="whn-section" aria-labelledby="whn-responses">
      <h4 id="whn-responses">Likely next moves</h4>
      <p className="whn-summary">
        {free
          ? 'Free play: any side may move next; each side with something to do is equally likely to be the one, then picks by propensity.'
          : `${actors.join(', ')} moves next.`}{' '}
        The most likely: {moveLabel(scenario, scaled[0]?.move ?? '', scaled[0]?.actor)} ({percent(scaled[0]?.next ?? 0)}).
      </p>
      <table className="table whn-table">
        <thead>
          <tr>
            <th scope="col">Move</th>
            <th scope="col">Probability{whatIfActive ? ' (what-if)' : ''}</th>
            {whatIfActive && <th scope="col">As written</th>}
            <th scope="col">Goldstein</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.actor}/${r.move}`}>
              <th scope="row">{moveLabel(scenario, r.move, r.actor)}</th>
              <td>
                <span className="whn-bar" aria-hidden="true">
                  <span style={{ width: `${r.next * 100}%` }} />
                </span>
                {percent(r.next)}
              </td>
              {whatIfActive && <td>{percent(before(r))}</td>}
              <td>
                <GoldsteinTag value={r.goldstein} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {scaled.length > SHOWN && (
        <button type="button" className="button button--small" aria-expanded={all} onClick={() => setAll((a) => !a)}>
          {all ? 'Show the top 6' : `Show all ${scaled.length}`}
        </button>
      )}
    </section>
  );
}
