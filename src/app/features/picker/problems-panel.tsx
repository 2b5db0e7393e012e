import type { Problem } from '../../../scenario/index.ts';
import { useWords } from '../../lib/words/index.ts';
import { problemPlace } from './read-scenario-file.ts';
import './problems-panel.css';

export interface ProblemsPanelProps {
  readonly file: string;
  readonly problems: readonly Problem[];
  readonly onDismiss: () => void;
}

/** Every problem of a rejected file, each with its place, so the author can fix them all in one pass. */
export function ProblemsPanel({ file, problems, onDismiss }: ProblemsPanelProps) {
  const { t } = useWords();
  return (
    <section className="problems" role="alert" aria-labelledby="problems-title">
      <header className="problems__header">
        <h3 id="problems-title">
          {t('picker.problems.title', { file, count: problems.length })}
        </h3>
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {t('picker.problems.dismiss')}
        </button>
      </header>
      <p className="problems__note">{t('picker.problems.note')}</p>
      {/* Focusable so keyboard users can scroll a long list. */}
      <ol className="problems__list" tabIndex={0} aria-label={t('picker.problems.list', { file })}>
        {problems.map((p, i) => (
          <li key={i} className="problems__item">
            {/* Spaces between the parts: without them place, path and message are one word that cannot wrap. */}
            <code className="problems__place">{problemPlace(p)}</code>{' '}
            {p.path && <code className="problems__path">{p.path}</code>}{' '}
            <span className="problems__message">
              {p.message}
              {p.hint ? t('picker.problems.hint', { hint: p.hint }) : ''}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
