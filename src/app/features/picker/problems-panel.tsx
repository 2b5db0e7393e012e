import type { Problem } from '../../../scenario/index.ts';
import { problemPlace } from './read-scenario-file.ts';
import './problems-panel.css';

export interface ProblemsPanelProps {
  readonly file: string;
  readonly problems: readonly Problem[];
  readonly onDismiss: () => void;
}

/** Every problem of a rejected file, each with its place, so the author can fix them all in one pass. */
export function ProblemsPanel({ file, problems, onDismiss }: ProblemsPanelProps) {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return (
    <section className="problems" role="alert" aria-labelledby="problems-title">
      <header className="problems__header">
        <h3 id="problems-title">
          {file} was not loaded: {count}
        </h3>
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          Dismiss
        </button>
      </header>
      <p className="problems__note">Your current session is unchanged. Fix the file and load it again.</p>
      {/* Focusable so keyboard users can scroll a long list. */}
      <ol className="problems__list" tabIndex={0} aria-label={`Problems in ${file}`}>
        {problems.map((p, i) => (
          <li key={i} className="problems__item">
            <code className="problems__place">{problemPlace(p)}</code>
            {p.path && <code className="problems__path">{p.path}</code>}
            <span className="problems__message">
              {p.message}
              {p.hint ? ` — ${p.hint}` : ''}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
