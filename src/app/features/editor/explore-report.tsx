import type { DraftExplore } from '../../stores/scenario-check/draft-details.ts';
import { useWords } from '../../lib/words/index.ts';

export interface ExploreReportProps {
  /** The report of the last valid text; null until the draft has been valid once (nothing to explore yet). */
  readonly explore: DraftExplore | null;
  /** The draft has problems now: the report is of its last valid version, and says so. */
  readonly ofLastValid?: boolean;
}

function Finding({ title, all, unexpected }: { readonly title: string; readonly all: readonly string[]; readonly unexpected: readonly string[] }) {
  const { t } = useWords();
  return (
    <div className="explore__finding">
      <h4>{title}</h4>
      {all.length === 0 ? (
        <p className="muted">{t('editor.explore.none')}</p>
      ) : (
        <ul>
          {all.map((item) => (
            <li key={item}>
              <code translate="no">{item}</code> <span className={unexpected.includes(item) ? 'explore__unexpected' : 'muted'}>{t(unexpected.includes(item) ? 'editor.explore.unexpected' : 'editor.explore.expected')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** What `whn explore` says of the draft: reachable states, levels never reached, moves never open, dead ends. */
export function ExploreReport({ explore, ofLastValid = false }: ExploreReportProps) {
  const { t } = useWords();
  return (
    <section className="panel explore" aria-labelledby="editor-explore-title">
      <h3 id="editor-explore-title">{t('editor.explore.title')}</h3>
      {ofLastValid && explore !== null && <p className="notice explore__notice">{t('editor.explore.lastValid')}</p>}
      {explore === null ? (
        <p className="muted">{t('editor.explore.waiting')}</p>
      ) : explore.kind === 'stopped' ? (
        <p>{t('editor.explore.stopped', { message: explore.message })}</p>
      ) : (
        <>
          <p data-testid="explore-states">{t('editor.explore.states', { states: explore.report.reachableStates, terminal: explore.report.terminalStates })}</p>
          {explore.report.searchedStates !== undefined && <p className="muted">{t('editor.explore.lapses', { searched: explore.report.searchedStates })}</p>}
          <Finding title={t('editor.explore.levels')} all={explore.report.unreachableLevels.all} unexpected={explore.report.unreachableLevels.unexpected} />
          <Finding title={t('editor.explore.moves')} all={explore.report.neverOpenMoves.all} unexpected={explore.report.neverOpenMoves.unexpected} />
          <div className="explore__finding">
            <h4>{t('editor.explore.deadEnds')}</h4>
            <p>
              {t('editor.explore.deadEndCount', { count: explore.report.deadEnds.count })}{' '}
              {explore.report.deadEnds.count > 0 && <span className={explore.report.deadEnds.expected ? 'muted' : 'explore__unexpected'}>{t(explore.report.deadEnds.expected ? 'editor.explore.expected' : 'editor.explore.unexpected')}</span>}
            </p>
          </div>
          {explore.report.staleExpectations.map((note) => (
            <p key={note} className="muted">
              {t('editor.explore.stale', { note })}
            </p>
          ))}
        </>
      )}
    </section>
  );
}
