import { useWords } from '../../lib/words/index.ts';
import type { PlacedProblem } from './diagnostics.ts';

export interface ProblemsListProps {
  readonly problems: readonly PlacedProblem[];
  readonly onGo: (line: number, column: number) => void;
}

/** Every problem of the draft at once, each a button that puts the cursor at its place. */
export function ProblemsList({ problems, onGo }: ProblemsListProps) {
  const { t } = useWords();
  if (problems.length === 0) return null;
  return (
    <ol className="editor__problems" aria-label={t('editor.problems.list')}>
      {problems.map((p, i) => (
        <li key={i} className={`editor__problem editor__problem--${p.severity}`}>
          <button type="button" className="button button--quiet editor__place" onClick={() => onGo(p.line, p.column)} aria-label={t('editor.problems.go', { line: p.line, column: p.column, severity: p.severity })}>
            {t('editor.problems.place', { line: p.line, column: p.column })}
          </button>
          <span>{p.message}</span>
        </li>
      ))}
    </ol>
  );
}
