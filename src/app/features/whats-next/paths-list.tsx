/** The most likely move sequences, with how often they came up. */
import { memo } from 'react';
import type { PathResult } from '../../../engine/rollout/index.ts';
import type { Scenario } from '../../../scenario/types.ts';
import { useWords } from '../../lib/words/index.ts';
import { moveLabel } from './format.ts';

/** Memoised: progress ticks re-render the panel, and a chart redraw costs tens of milliseconds. */
export const PathsList = memo(function PathsList({ scenario, paths, runs, distinct }: { readonly scenario: Scenario; readonly paths: readonly PathResult[]; readonly runs: number; readonly distinct: number }) {
  const words = useWords();
  const { t, format } = words;
  return (
    <section className="whn-section" aria-labelledby="whn-paths">
      <h4 id="whn-paths">{t('whatsNext.paths.title')}</h4>
      <p className="whn-summary">{t('whatsNext.paths.summary', { distinct: format.number(distinct), runs: format.number(runs), shown: paths.length })}</p>
      <ol className="whn-paths" aria-labelledby="whn-paths">
        {paths.map((p, i) => (
          <li key={i}>
            <strong>
              {format.percent(p.probability, 2)} <span className="muted">({format.number(p.count)})</span>
            </strong>{' '}
            {p.moves.length === 0 ? <em>{t('whatsNext.paths.nobody')}</em> : p.moves.map((m) => moveLabel(words, scenario, m)).join(t('whatsNext.paths.then'))}
            {p.ended === 'terminal' && <span className="tag whn-tag">{t('whatsNext.paths.gameOver')}</span>}
            {p.ended === 'stalled' && <span className="tag whn-tag">{t('whatsNext.paths.stalled')}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
});
