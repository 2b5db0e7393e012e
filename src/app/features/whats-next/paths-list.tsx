/** The most likely move sequences, with how often they came up. */
import { memo } from 'react';
import type { PathResult } from '../../../engine/rollout/index.ts';
import type { Scenario } from '../../../scenario/types.ts';
import { moveLabel, percent } from './format.ts';

/** Memoised: progress ticks re-render the panel, and a chart redraw costs tens of milliseconds. */
export const PathsList = memo(function PathsList({ scenario, paths, runs, distinct }: { readonly scenario: Scenario; readonly paths: readonly PathResult[]; readonly runs: number; readonly distinct: number }) {
  return (
    <section className="whn-section" aria-labelledby="whn-paths">
      <h4 id="whn-paths">Most likely paths</h4>
      <p className="whn-summary">
        {distinct.toLocaleString('en-US')} different move sequences came up in {runs.toLocaleString('en-US')} futures; the {paths.length} most frequent:
      </p>
      <ol className="whn-paths" aria-labelledby="whn-paths">
        {paths.map((p, i) => (
          <li key={i}>
            <strong>
              {percent(p.probability, 2)} <span className="muted">({p.count.toLocaleString('en-US')})</span>
            </strong>{' '}
            {p.moves.length === 0 ? <em>nobody could move</em> : p.moves.map((m) => moveLabel(scenario, m)).join(' → ')}
            {p.ended === 'terminal' && <span className="tag whn-tag">game over</span>}
            {p.ended === 'stalled' && <span className="tag whn-tag">nobody can move</span>}
          </li>
        ))}
      </ol>
    </section>
  );
});
