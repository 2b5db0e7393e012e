/** Each actor's cumulative Goldstein sum at the horizon: where its conduct ends up, cooperative (+) or conflictual (−). */
import { TableScroll } from '../../components/index.ts';
import { memo } from 'react';
import type { GoldsteinResult } from '../../../engine/rollout/index.ts';
import type { Scenario } from '../../../scenario/types.ts';
import { useWords } from '../../lib/words/index.ts';

/** Memoised: progress ticks re-render the panel, and a chart redraw costs tens of milliseconds. */
export const GoldsteinTable = memo(function GoldsteinTable({ scenario, rows, depth }: { readonly scenario: Scenario; readonly rows: readonly GoldsteinResult[]; readonly depth: number }) {
  const { t, format } = useWords();
  return (
    <section className="whn-section" aria-labelledby="whn-goldstein">
      <h4 id="whn-goldstein">{t('whatsNext.goldstein.title', { depth })}</h4>
      <TableScroll label={t('whatsNext.goldstein.title', { depth })}>
        <table className="table whn-table">
          <thead>
            <tr>
              <th scope="col">{t('whatsNext.col.actor')}</th>
              <th scope="col">{t('whatsNext.col.now')}</th>
              <th scope="col">{t('whatsNext.col.mean')}</th>
              <th scope="col">{t('whatsNext.col.p5')}</th>
              <th scope="col">{t('whatsNext.col.median')}</th>
              <th scope="col">{t('whatsNext.col.p95')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((g) => (
              <tr key={g.actor}>
                <th scope="row">{scenario.actors.find((a) => a.id === g.actor)?.short ?? g.actor}</th>
                {[g.start, g.mean, g.p5, g.p50, g.p95].map((v, i) => (
                  <td key={i}>{format.signed(v)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
});
