import type { Draft } from '../../stores/drafts/index.ts';
import { useWords } from '../../lib/words/index.ts';

export interface DraftsListProps {
  readonly drafts: readonly Draft[] | null;
  readonly currentId: string | null;
  readonly onOpen: (id: string) => void;
  readonly onDelete: (draft: Draft) => void;
}

/** The drafts kept in this browser, newest first. */
export function DraftsList({ drafts, currentId, onOpen, onDelete }: DraftsListProps) {
  const { t } = useWords();
  if (drafts === null) return <p aria-live="polite">{t('editor.drafts.loading')}</p>;
  if (drafts.length === 0) return <p className="muted">{t('editor.drafts.none')}</p>;
  return (
    <ul className="editor__drafts" data-testid="drafts-list">
      {drafts.map((draft) => (
        <li key={draft.id} className="editor__draft">
          <span className="editor__draft-name">
            {draft.name}
            <span className="muted"> {t('editor.drafts.updated', { when: draft.updated })}</span>
          </span>
          <span className="editor__draft-actions">
            {draft.id === currentId ? (
              <span className="muted">{t('editor.drafts.current')}</span>
            ) : (
              <button type="button" className="button" onClick={() => onOpen(draft.id)} aria-label={t('editor.drafts.openLabel', { name: draft.name })}>
                {t('editor.drafts.open')}
              </button>
            )}
            <button type="button" className="button button--quiet" onClick={() => onDelete(draft)} aria-label={t('editor.drafts.deleteLabel', { name: draft.name })}>
              {t('editor.drafts.delete')}
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}
