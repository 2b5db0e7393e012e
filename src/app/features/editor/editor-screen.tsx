/**
 * The scenario editor's screen: the draft named in the address (or the drafts list when none is),
 * New, Open a file and the drafts kept in this browser. The app passes in how to play a draft,
 * how to preview it and how to leave.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Scenario } from '../../../scenario/index.ts';
import { createDraft, draftStore, type Draft } from '../../stores/drafts/index.ts';
import { readNewScenarioTemplate } from '../../lib/scenarios.ts';
import { useLazyWords } from '../../lib/words/index.ts';
import { DraftEditor } from './draft-editor.tsx';
import { DraftsList } from './drafts-list.tsx';
import './editor.css';

/** As for "Load your own": no scenario needs more, and a larger file would freeze the tab. */
const MAX_DRAFT_BYTES = 2 * 1024 * 1024;

export interface EditorScreenProps {
  /** The draft to edit; null shows the drafts list. */
  readonly draftId: string | null;
  readonly onOpenDraft: (id: string | null) => void;
  readonly onPlay: (scenario: Scenario, text: string) => void;
  readonly onBack: () => void;
  readonly preview: (scenario: Scenario, text: string) => ReactNode;
  /** The language picker and anything else the app shows in every header. */
  readonly headerExtra?: ReactNode;
}

type Current = { readonly kind: 'loading' } | { readonly kind: 'missing' } | { readonly kind: 'open'; readonly draft: Draft } | { readonly kind: 'none' };

function currentOf(draftId: string | null, loaded: { readonly id: string; readonly draft: Draft | undefined } | null): Current {
  if (draftId === null) return { kind: 'none' };
  if (loaded?.id !== draftId) return { kind: 'loading' };
  return loaded.draft ? { kind: 'open', draft: loaded.draft } : { kind: 'missing' };
}

export function EditorScreen({ draftId, onOpenDraft, onPlay, onBack, preview, headerExtra }: EditorScreenProps) {
  const { t } = useLazyWords();
  const [drafts, setDrafts] = useState<readonly Draft[] | null>(null);
  const [loaded, setLoaded] = useState<{ readonly id: string; readonly draft: Draft | undefined } | null>(null);
  const current = currentOf(draftId, loaded);
  const [problem, setProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(() => void draftStore().then((store) => store.list()).then(setDrafts), []);
  useEffect(() => {
    let live = true;
    if (draftId !== null) {
      void draftStore()
        .then((store) => store.get(draftId))
        .then((draft) => live && setLoaded({ id: draftId, draft }));
    }
    refresh();
    return () => {
      live = false;
    };
  }, [draftId, refresh]);

  const startNew = async () => {
    const draft = await createDraft(await readNewScenarioTemplate(), t('editor.untitled'));
    onOpenDraft(draft.id);
  };
  const openFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_DRAFT_BYTES) return setProblem(t('editor.file.tooLarge', { name: file.name }));
    try {
      const draft = await createDraft(await file.text(), file.name.replace(/\.ya?ml$/i, '') || t('editor.untitled'));
      setProblem(null);
      onOpenDraft(draft.id);
    } catch {
      setProblem(t('editor.file.unreadable', { name: file.name }));
    }
  };
  const remove = async (draft: Draft) => {
    if (!window.confirm(t('editor.drafts.confirmDelete', { name: draft.name }))) return;
    await (await draftStore()).delete(draft.id);
    if (draft.id === draftId) onOpenDraft(null);
    else refresh();
  };
  const onSaved = useCallback((draft: Draft) => setDrafts((list) => (list ? [draft, ...list.filter((d) => d.id !== draft.id)] : list)), []);

  return (
    <div className="editor">
      <header className="editor__header">
        <h1 className="editor__heading">{t('editor.heading')}</h1>
        <nav className="editor__actions" aria-label={t('editor.actions')}>
          <button type="button" className="button" onClick={onBack}>
            {t('editor.back')}
          </button>
          <button type="button" className="button" onClick={() => void startNew()}>
            {t('editor.new')}
          </button>
          <button type="button" className="button" onClick={() => fileInput.current?.click()}>
            {t('editor.openFile')}
          </button>
          <input
            ref={fileInput}
            className="visually-hidden"
            tabIndex={-1}
            type="file"
            aria-label={t('editor.file.label')}
            accept=".yaml,.yml,text/yaml,application/yaml"
            data-testid="editor-file"
            onChange={(event) => {
              void openFile(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
          {headerExtra}
        </nav>
      </header>
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      <main className="editor__main">
        {current.kind === 'open' && <DraftEditor key={current.draft.id} draft={current.draft} onSaved={onSaved} onPlay={onPlay} preview={preview} />}
        {current.kind === 'loading' && <p aria-live="polite">{t('editor.drafts.loading')}</p>}
        {current.kind === 'missing' && <p role="alert">{t('editor.drafts.missing')}</p>}
        {current.kind === 'none' && <p>{t('editor.intro')}</p>}
        <section className="editor__drafts-panel" aria-labelledby="editor-drafts-title">
          <h2 id="editor-drafts-title" className="editor__title">
            {t('editor.drafts.title')}
          </h2>
          <DraftsList drafts={drafts} currentId={current.kind === 'open' ? current.draft.id : null} onOpen={onOpenDraft} onDelete={(draft) => void remove(draft)} />
        </section>
      </main>
    </div>
  );
}
